// Mention, not use, in code and config syntax (issue 15, technical-fresh): a word that is an injection
// cue in prose is a name when it is a config key (`instructions:`, `"ignore_case":`), a CLI flag
// (`--ignore-scripts`, `-override`), an identifier (`system_prompt`, `ignorar_mayusculas`), a keyword
// argument (`system=`) or a dotted path (`client.messages.create`). The classifier scores the text
// with these names blanked to spaces (same length, so offsets hold); values, comments and prose stay,
// so an instruction written in a config value or a comment is still read. Rules see the text as is.
//
// Only names that hold an injection cue word are blanked: other keys ("note", "description") are where
// tool results carry injections and stay as the model learned them, and a setting named for a safety
// control (`filters=false`, `ethics: off`) is itself the attack's object. The cue words are found
// first and each one's surrounding token is judged (blankCodeNamesByCues); blankCodeNames reads only the
// tokens at code syntax characters, with the same result.

const CUE =
  /ignor|instru[cç]|anweis|consign|system|prompt|overrid|jailbr|bypass|disregard|forget|persona|assistant|asistente|developer|directive|rules/gi;

const isNameChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Whether text[s, e) (a run of letters, digits, `_`, `.`, `-`) is a name in code or config syntax. */
function isCodeName(text: string, s: number, e: number): boolean {
  const name = text.slice(s, e);
  const prev = text[s - 1];
  const next = text[e];
  // A flag: "--ignore-scripts", "-override" (not "e-mail": it starts with a letter).
  if (/^--?[A-Za-z]/.test(name)) return s === 0 || isSpace(prev) || '([`\'"|,'.includes(prev ?? ' ');
  // An identifier with an underscore, a dotted path of lower-case identifiers, a keyword argument.
  if (/^[A-Za-z][A-Za-z0-9]*_\w/.test(name) || /^[a-z_]\w*(?:\.[a-z_]\w*)+$/.test(name)) return true;
  if (next === '=' && text[e + 1] !== '=') return true;
  // A JSON key: `{"instructions": …` or `, "system_prompt": …`.
  if (prev === '"' && next === '"' && /^\s*:/.test(text.slice(e + 1, e + 4)))
    return /[{,]\s*$/.test(text.slice(Math.max(0, s - 9), s - 1));
  // A lower-case YAML key at the start of its line ("  instructions: …", "- ignore: true"); a capitalised
  // turn label ("System: …") stays.
  if (next === ':' && /^[a-z_]/.test(name) && (e + 1 >= text.length || isSpace(text[e + 1]))) {
    const line = text.lastIndexOf('\n', s - 1) + 1;
    return /^[ \t]*(?:-[ \t]+)?"?$/.test(text.slice(line, s));
  }
  return false;
}

/** Blanks text[s, e), a run of name characters, when it holds a cue word and is a code name; `e` is the run's end. */
function blankRun(text: string, out: string | null, s: number, e: number): string | null {
  // A sentence's full stop or a dash after the word is not part of a name.
  while (e > s && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
  if (e <= s || !isCodeName(text, s, e)) return out;
  return (out ?? text).slice(0, s) + ' '.repeat(e - s) + (out ?? text).slice(e);
}

/**
 * The text with config keys, flags, identifiers and dotted paths that name a cue word blanked (same length).
 * Every name `isCodeName` accepts holds "_", an inner "." or a leading "-", or has '"' right before it or
 * "=" or ":" right after it (after its trailing "." or "-" are cut, the next character is one of them): only
 * the runs of name characters at those characters are read, found with one-character `indexOf` scans, not
 * a cue-word regex over the whole text (32 KB: 68 → about 20 µs). Same result as `blankCodeNamesByCues`.
 */
export function blankCodeNames(text: string): string {
  // "instruç": the one cue with a letter that is not a name character (its run is not one run).
  if (text.indexOf('ç') >= 0 || text.indexOf('Ç') >= 0) return blankCodeNamesByCues(text);
  const starts: number[] = [];
  const runAt = (i: number) => {
    if (i < 0 || i >= text.length || !isNameChar(text.charCodeAt(i))) return;
    while (i > 0 && isNameChar(text.charCodeAt(i - 1))) i--;
    starts.push(i);
  };
  for (let i = text.indexOf('_'); i >= 0; i = text.indexOf('_', i + 1)) runAt(i);
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) runAt(i + 1);
  for (let i = text.indexOf('='); i >= 0; i = text.indexOf('=', i + 1)) runAt(i - 1);
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) runAt(i - 1);
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if ((c >= 97 && c <= 122) || c === 95) runAt(i);
  }
  for (let i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1))
    if (i === 0 || !isNameChar(text.charCodeAt(i - 1))) runAt(i);
  if (starts.length === 0) return text;
  starts.sort((a, b) => a - b);
  let out: string | null = null;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k];
    if (k > 0 && s === starts[k - 1]) continue;
    let e = s;
    while (e < text.length && isNameChar(text.charCodeAt(e))) e++;
    CUE_IN.lastIndex = 0;
    if (CUE_IN.test(text.slice(s, e))) out = blankRun(text, out, s, e);
  }
  return out ?? text;
}

const CUE_IN = new RegExp(CUE.source, 'i');

/** `blankCodeNames` by scanning for the cue words first (reference; texts with "ç"). */
export function blankCodeNamesByCues(text: string): string {
  let out: string | null = null;
  let done = 0; // end of the last token judged
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    if (m.index < done) continue;
    let s = m.index;
    let e = m.index + m[0].length;
    while (s > 0 && isNameChar(text.charCodeAt(s - 1))) s--;
    while (e < text.length && isNameChar(text.charCodeAt(e))) e++;
    done = e;
    CUE.lastIndex = e;
    out = blankRun(text, out, s, e);
  }
  return out ?? text;
}

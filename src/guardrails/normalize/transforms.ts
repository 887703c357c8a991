// Whole-text obfuscations that are not encodings: HTML entities, leetspeak ("1gn0r3 4ll"), spaced
// letters ("i g n o r e"), ROT13 and reversed text. Each view is produced only when a cheap test says
// the text uses that trick, so ordinary prompts pay one or two regex scans and get no extra view.

export type Transform = 'html' | 'leet' | 'spaced' | 'rot13' | 'reversed';

export interface TransformedSegment {
  transform: Transform;
  text: string;
  /**
   * Offset in the scanned text of each code unit of `text` (null: the same offsets, as for leetspeak
   * and ROT13, which substitute one character for one), so detections keep their exact spans.
   */
  map: Int32Array | null;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  zwj: '',
  zwnj: '',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

function entityValue(m: string, dec: string | undefined, hex: string | undefined, name: string | undefined): string {
  if (name !== undefined) return NAMED[name.toLowerCase()] ?? m;
  const cp = Number.parseInt(dec ?? hex ?? '', dec !== undefined ? 10 : 16);
  return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
}

/** Replaces regex matches and records, for every output code unit, the input offset it came from. */
function replaceMapped(
  text: string,
  re: RegExp,
  by: (m: RegExpExecArray) => string,
): { text: string; map: Int32Array } {
  let out = '';
  const map: number[] = [];
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = last; i < m.index; i++) map.push(i);
    out += text.slice(last, m.index);
    const v = by(m);
    for (let i = 0; i < v.length; i++) map.push(m.index + Math.min(i, m[0].length - 1));
    out += v;
    last = m.index + m[0].length;
  }
  for (let i = last; i < text.length; i++) map.push(i);
  out += text.slice(last);
  return { text: out, map: Int32Array.from(map) };
}

export function decodeHtmlEntities(s: string): string {
  return s.replace(ENTITY, entityValue);
}

const LEET_HINT = /[a-z][013457@$|!][a-z]/i;
// Five single word characters joined by separators; `\b` is the same test as (?:^|[^\w]) … (?:[^\w]|$), about twice as fast.
const SPACED_HINT = /\b\w[ ._-]\w[ ._-]\w[ ._-]\w[ ._-]\w\b/;

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
// A word mixing letters and leet characters ("1gn0r3", "pr3v10us", "@ll").
const LEET_WORD = /(?<![\w@$!|])(?=[\w@$!|]*[a-z])(?=[\w@$!|]*[013457@$|])[a-z0-9@$!|]{3,15}(?![\w@$!|])/gi;

export function unLeet(s: string): string {
  return s.replace(LEET_WORD, (w) => w.replace(/[013457@$!|]/g, (c) => LEET[c] ?? c));
}

// Five or more single letters separated by one space, dot, dash or underscore: "i g n o r e".
const SPACED = /(?<![\p{L}\p{N}])\p{L}(?:[ ._-]\p{L}){4,}(?![\p{L}\p{N}])/gu;

export function rot13(s: string): string {
  return s.replace(/[a-zA-Z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

// Frequent English function words and attack vocabulary: a text whose ROT13 or reverse has many
// more of them than the text itself was written that way on purpose.
const COMMON =
  /\b(?:the|and|you|your|to|of|is|are|all|that|this|with|for|not|now|ignore|previous|instructions|tell|me|how|what|say|password|prompt|system|make|write)\b/gi;

const countCommon = (s: string): number => s.match(COMMON)?.length ?? 0;

/** Views of the whole `text` (at most `maxChars` of it is considered for ROT13/reversal). */
export function findTransformed(text: string, maxChars = 8192): TransformedSegment[] {
  const out: TransformedSegment[] = [];
  const whole = (transform: Transform, t: string, map: Int32Array | null = null): void => {
    if (t !== text) out.push({ transform, text: t, map });
  };
  if (text.includes('&') && /&(?:#\d|#[xX][0-9a-fA-F]|[a-zA-Z]{2,8};)/.test(text)) {
    const r = replaceMapped(text, ENTITY, (m) => entityValue(m[0], m[1], m[2], m[3]));
    whole('html', r.text, r.map);
  }
  // Counted only with a leet character between letters that decodes to a plain word ("1gn0r3"), so
  // "mp3", "10am", "h264", hashes and tokens do not count. The hint is one cheap scan.
  let leet = 0;
  if (LEET_HINT.test(text)) {
    // A regex of its own: unLeet() below runs LEET_WORD through replace(), which resets its lastIndex and
    // would restart this loop at the first word forever.
    const words = new RegExp(LEET_WORD.source, LEET_WORD.flags);
    for (let m = words.exec(text); m && leet < 2; m = words.exec(text)) {
      if (/[a-z][013457@$|!]+[a-z]/i.test(m[0]) && /^[a-z]+$/i.test(unLeet(m[0]))) leet++;
    }
  }
  if (leet >= 2) whole('leet', unLeet(text));
  SPACED.lastIndex = 0;
  if (SPACED_HINT.test(text) && SPACED.test(text)) {
    // Each letter keeps its own offset: the separators are dropped.
    let t = '';
    const map: number[] = [];
    let last = 0;
    SPACED.lastIndex = 0;
    for (let m = SPACED.exec(text); m; m = SPACED.exec(text)) {
      for (let i = last; i < m.index; i++) map.push(i);
      t += text.slice(last, m.index);
      for (let i = 0; i < m[0].length; i += 2) {
        t += m[0][i];
        map.push(m.index + i);
      }
      last = m.index + m[0].length;
    }
    for (let i = last; i < text.length; i++) map.push(i);
    whole('spaced', t + text.slice(last), Int32Array.from(map));
  }
  // Ordinary prose already has common words near its start: no ROT13 or reversal to look for.
  if (text.length >= 12 && text.length <= maxChars && /[a-z]/i.test(text) && countCommon(text.slice(0, 400)) < 3) {
    const here = countCommon(text);
    const r13 = rot13(text);
    if (countCommon(r13) >= Math.max(3, 2 * here + 1)) whole('rot13', r13);
    const rev = text.split('').reverse().join('');
    if (countCommon(rev) >= Math.max(3, 2 * here + 1)) {
      whole(
        'reversed',
        rev,
        Int32Array.from({ length: text.length }, (_, i) => text.length - 1 - i),
      );
    }
  }
  return out;
}

// Repaired readings of an obfuscated prompt, for the harmful detector: the goal as a reader would
// reassemble it. Each reading is produced only when the text shows the trick, and the harmful rules
// and classifier — not this module — decide whether the reading is harmful, so a payload split or a
// misspelling of a harmless question stays harmless.
//
// - typos: symbols inserted inside words ("kil#l", "wor|kplace"), short spelled-out words
//   ("g.i.v.e", "b o m b"), leetspeak in single words, and words one edit (insertion, deletion,
//   doubling, swap) or all vowels away from a word the harmful rules look for ("poiosn", "rnsmwr");
// - payload splitting: quoted fragments with a join cue ("a + b", "concatenate", "put this in front"),
//   read in order and in reverse, with and without a space at the seam;
// - AutoDAN-style frames: "portray / depict / characterise a character who intends to X" read as
//   "explain how to X".
// Prompts only (≤ MAX_CHARS): a long document pays nothing.

import { unLeet } from '../../normalize/transforms.ts';

export const MAX_CHARS = 3000;
/** Typo repair looks at every word: short prompts only. */
export const MAX_TYPO_CHARS = 800;

let lexicon: Set<string> | null = null;
let deletes: Map<string, string> | null = null;
let skeletons: Map<string, string> | null = null;

const skeleton = (w: string): string => w.replace(/[aeiou]/g, '');

/** Words of the harmful rules (their regex sources), built on first use. */
function build(sources: readonly string[]): void {
  const words = new Set<string>();
  // A stem before an optional ending in a rule ("kill(?:ed|ing)", "starv(?:e|ing)") counts with its
  // endings too.
  for (const s of sources) {
    const src = s.toLowerCase();
    for (const m of src.matchAll(/([a-z]{3,})(?:\(\?:([a-z|]+)\)\??)?/g)) {
      const stem = m[1] as string;
      if (stem.length >= 4) words.add(stem);
      for (const end of m[2]?.split('|') ?? []) if (stem.length + end.length >= 4) words.add(stem + end);
    }
  }
  const del = new Map<string, string>();
  const sk = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const w of words) {
    for (let i = 0; i < w.length; i++) {
      const d = w.slice(0, i) + w.slice(i + 1);
      if (words.has(d)) continue;
      const prev = del.get(d);
      if (prev !== undefined && prev !== w) ambiguous.add(`d:${d}`);
      else del.set(d, w);
    }
    const k = skeleton(w);
    if (k.length >= 3 && k !== w) {
      const prev = sk.get(k);
      if (prev !== undefined && prev !== w) ambiguous.add(`s:${k}`);
      else sk.set(k, w);
    }
  }
  for (const a of ambiguous) (a[0] === 'd' ? del : sk).delete(a.slice(2));
  lexicon = words;
  deletes = del;
  skeletons = sk;
}

/** The lexicon word `w` is a typo of, or null. */
function correct(w: string): string | null {
  const lex = lexicon as Set<string>;
  const del = deletes as Map<string, string>;
  if (w.length < 4 || lex.has(w)) return null;
  // An inflection of a word ("bills", "saves", "killed") is not a typo.
  if (/(?:s|ed|ing)$/.test(w) && (lex.has(w.replace(/(?:s|ed|ing)$/, '')) || lex.has(w.replace(/(?:s|d|ing)$/, ''))))
    return null;
  // A swap of neighbours ("wirte"); the first letter last (typos rarely move it).
  for (let k = 1; k <= w.length - 1; k++) {
    const i = k % (w.length - 1);
    const s = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (lex.has(s)) return s;
  }
  // A dropped letter: w is a word minus one letter.
  const dropped = del.get(w);
  // Not a letter missing at the end: "pirate" is not a typo of "pirated".
  if (dropped && dropped.slice(0, -1) !== w) return dropped;
  // An inserted or doubled letter: w minus one letter is a word.
  for (let i = 0; i < w.length - 1; i++) {
    const d = w.slice(0, i) + w.slice(i + 1);
    if (lex.has(d)) return d;
  }
  // All vowels dropped ("rnsmwr").
  if (!/[aeiou]/.test(w) && w.length >= 3) return (skeletons as Map<string, string>).get(w) ?? null;
  return null;
}

// A symbol inside a word ("kil#l"); single letters spelled out with dots, spaces, stars or dashes.
const INSERTED = /(?<=\p{L})[_~^#|*](?=\p{L})/gu;
// One separator throughout ("b-o-m-b", not "a b-o-m-b").
const SPELLED = /(?<![\p{L}\p{N}])\p{L}([ .*_-])\p{L}(?:\1\p{L}){1,}(?![\p{L}\p{N}])/gu;
const HINT = /\p{L}[_~^#|*]\p{L}|(?<![\p{L}\p{N}])\p{L}[ .*_-]\p{L}[ .*_-]\p{L}(?![\p{L}\p{N}])|[a-z][013457@$][a-z]/iu;

/** The text with typos repaired, or null when nothing was repaired. */
export function repairTypos(text: string, sources: readonly string[]): string | null {
  if (!lexicon) build(sources);
  let t = text;
  if (HINT.test(t)) {
    t = t.replace(INSERTED, '');
    t = t.replace(SPELLED, (m) => (/^[a-z]( [a-z])+$/i.test(m) && m.length < 7 ? m : m.replace(/[ .*_-]/g, '')));
    t = unLeet(t);
  }
  const tricks = t !== text;
  // Spelling repair: English (ASCII) prompts only, and at least two repaired words unless another trick
  // was found — a single near-miss ("puedo", "three") is more often a real word the lexicon lacks.
  if (/[^\x00-\x7f]/.test(text)) return tricks ? t : null;
  let fixed = 0;
  const repaired = t.replace(/[A-Za-z]{3,}/g, (w) => {
    const c = correct(w.toLowerCase());
    if (c === null) return w;
    fixed++;
    return c;
  });
  if (fixed >= 2 || (tricks && fixed >= 0)) return repaired !== text ? repaired : null;
  return tricks ? t : null;
}

// Quoted fragments ("…", '…', “…”, […]) and a cue that they are to be joined.
const FRAGMENT = /"([^"\n]{1,200})"|'([^'\n]{2,200})'|“([^”\n]{1,200})”|\[([^\]\n]{1,200})\]/g;
const JOIN_CUE =
  /\+|\b(?:concatenat\w*|join\w*|glue\w*|combin\w*|merge\w*|put (?:this|it|them) (?:in front|before|after|together)|together|assembl\w*|reassembl\w*)\b/i;

/** Readings of a payload split: the fragments joined in order and in reverse (at most four). */
export function reassemble(text: string): string[] {
  if (!JOIN_CUE.test(text)) return [];
  const parts: string[] = [];
  FRAGMENT.lastIndex = 0;
  for (let m = FRAGMENT.exec(text); m && parts.length < 6; m = FRAGMENT.exec(text))
    parts.push(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
  if (parts.length < 2 || parts.length > 5) return [];
  const rev = [...parts].reverse();
  const out = new Set<string>();
  for (const p of [parts, rev]) {
    out.add(p.join('').replace(/\s+/g, ' ').trim());
    out.add(p.map((s) => s.trim()).join(' '));
  }
  return [...out];
}

// "the way to portray a character who intends to X", "depicting a persona poised to X",
// "characterise someone preparing to X": the goal X.
const FRAME_GOAL =
  /\b(?:portray|depict|characteri[sz]e|render|describe|present|outline|play|voice)\w* (?:a |an |the |someone |somebody )?(?:(?:fictional |villainous |evil )?(?:character|persona|figure|person|individual|protagonist|someone|somebody|man|woman) )?(?:who (?:is )?)?(?:intends?|intending|plans?|planning|wants?|wanting|aims?|aiming|poised|preparing|prepares|scheming|schemes|plotting|plots|about|getting ready|gets ready|ready|set|seeking|seeks|trying|tries|hoping|hopes) to ([^."\n:;]{6,240})/i;

export function frameGoal(text: string): string | null {
  const m = FRAME_GOAL.exec(text);
  if (!m) return null;
  // The frame's own verb ends the goal ("… can be put like this", "… is summed up as").
  const goal = (m[1] as string).replace(/\s+(?:can|could|may|might|would|is|are|was|were)\b.*$/i, '');
  return `Explain step by step how to ${goal.trim()}.`;
}

/** Every repaired reading of a prompt (empty for long texts and texts without a trick). */
export function repairedReadings(text: string, sources: readonly string[]): string[] {
  if (text.length > MAX_CHARS) return [];
  const out: string[] = [];
  const typo = text.length <= MAX_TYPO_CHARS ? repairTypos(text, sources) : null;
  if (typo !== null) out.push(typo);
  out.push(...reassemble(text));
  const goal = frameGoal(text);
  if (goal !== null) out.push(goal);
  return out;
}

// Homoglyph folding, 1:1 in UTF-16 code units (all table entries are single BMP units), so offsets
// do not move. Letters fold only inside words that already contain a Latin letter or consist
// entirely of look-alikes, so genuine Greek or Cyrillic words keep their letters (whole-script
// confusables); punctuation look-alikes (curly quotes, dashes) fold everywhere.
//
// Genuine Cyrillic / Greek text stays intact: a word made only of look-alikes ("все", "как",
// "και") keeps its letters when a neighbouring word has letters of the same script that have no
// Latin twin, and a Cyrillic word with Latin intruders ("инcтрукции" with a Latin c) folds the
// intruders to Cyrillic instead of the other way round.

import { HOMOGLYPHS, LATIN_TO_CYRILLIC } from './chars.ts';

const LETTER = /[\p{L}\p{M}]/u;
const isLetterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 0x80 ? (c | 0x20) >= 97 && (c | 0x20) <= 122 : LETTER.test(text[i]);
};
const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 97 && (c | 0x20) <= 122;

type Script = 0 | 1 | 2; // none, Cyrillic, Greek
const scriptOf = (c: number): Script => (c >= 0x400 && c <= 0x52f ? 1 : c >= 0x370 && c <= 0x3ff ? 2 : 0);
/** A letter of Cyrillic or Greek that has no Latin look-alike (proof the script is meant). */
const genuineScript = (c: number): Script => (HOMOGLYPHS.has(c) ? 0 : scriptOf(c));

/** Indexes of characters the table can fold (cheap pre-scan; non-ASCII only). */
export function lookalikeIndexes(text: string, from = 0): number[] {
  const out: number[] = [];
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && HOMOGLYPHS.has(c)) out.push(i);
  }
  return out;
}

/** Whether the word ending before `s` or starting after `e` has a genuine letter of `script`. */
function neighbourIs(text: string, s: number, e: number, script: Script): boolean {
  const scan = (from: number, to: number): boolean => {
    for (let j = from; j < to; j++) if (genuineScript(text.charCodeAt(j)) === script) return true;
    return false;
  };
  // Previous word: skip up to 3 separators, then read back over letters.
  let p = s;
  for (let k = 0; k < 3 && p > 0 && !isLetterAt(text, p - 1); k++) p--;
  if (p < s) {
    let ps = p;
    while (ps > 0 && isLetterAt(text, ps - 1)) ps--;
    if (scan(ps, p)) return true;
  }
  let n = e;
  for (let k = 0; k < 3 && n < text.length && !isLetterAt(text, n); k++) n++;
  if (n > e) {
    let ne = n;
    while (ne < text.length && isLetterAt(text, ne)) ne++;
    if (scan(n, ne)) return true;
  }
  return false;
}

/** Folds the look-alikes at `indexes` (ascending) in `text`. */
export function foldAt(text: string, indexes: readonly number[]): string {
  if (indexes.length === 0) return text;
  const parts: string[] = [];
  let last = 0;
  const put = (i: number, code: number): void => {
    parts.push(text.slice(last, i), String.fromCharCode(code));
    last = i + 1;
  };
  let wordEnd = -1;
  let foldWord = false;
  for (const i of indexes) {
    const c = text.charCodeAt(i);
    const to = HOMOGLYPHS.get(c)!;
    if (!isLetterAt(text, i)) {
      put(i, to);
      continue;
    }
    if (i < wordEnd) {
      if (foldWord) put(i, to);
      continue;
    }
    // Decide once per word: mixed with Latin, or made only of look-alikes.
    let s = i;
    let e = i + 1;
    while (s > 0 && isLetterAt(text, s - 1)) s--;
    while (e < text.length && isLetterAt(text, e)) e++;
    wordEnd = e;
    let latin = false;
    let allLookalike = true;
    let genuine: Script = 0;
    let script: Script = 0;
    for (let j = s; j < e; j++) {
      const cj = text.charCodeAt(j);
      if (isAsciiLetter(cj)) latin = true;
      else if (!HOMOGLYPHS.has(cj)) {
        allLookalike = false;
        genuine ||= scriptOf(cj);
      } else script ||= scriptOf(cj);
    }
    if (genuine === 1 && latin) {
      // A Cyrillic word with Latin intruders: fold the intruders to Cyrillic.
      for (let j = s; j < e; j++) {
        const cy = LATIN_TO_CYRILLIC.get(text.charCodeAt(j));
        if (cy !== undefined) put(j, cy);
      }
      foldWord = false;
      continue;
    }
    foldWord = latin || (allLookalike && !(script !== 0 && neighbourIs(text, s, e, script)));
    if (foldWord) put(i, to);
  }
  parts.push(text.slice(last));
  return parts.join('');
}

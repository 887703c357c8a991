// Homoglyph folding, 1:1 in UTF-16 code units (all table entries are single BMP units), so offsets
// do not move. Letters fold only inside words that already contain a Latin letter or consist
// entirely of look-alikes, so genuine Greek or Cyrillic words keep their letters (whole-script
// confusables); punctuation look-alikes (curly quotes, dashes) fold everywhere.

import { HOMOGLYPHS } from './chars.ts';

const LETTER = /[\p{L}\p{M}]/u;
const isLetterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 0x80 ? (c | 0x20) >= 97 && (c | 0x20) <= 122 : LETTER.test(text[i]);
};
const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 97 && (c | 0x20) <= 122;

/** Indexes of characters the table can fold (cheap pre-scan; non-ASCII only). */
export function lookalikeIndexes(text: string, from = 0): number[] {
  const out: number[] = [];
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && HOMOGLYPHS.has(c)) out.push(i);
  }
  return out;
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
    if (i >= wordEnd) {
      // Decide once per word: mixed with Latin, or made only of look-alikes.
      let s = i;
      let e = i + 1;
      while (s > 0 && isLetterAt(text, s - 1)) s--;
      while (e < text.length && isLetterAt(text, e)) e++;
      let latin = false;
      let allLookalike = true;
      for (let j = s; j < e; j++) {
        const cj = text.charCodeAt(j);
        if (isAsciiLetter(cj)) latin = true;
        else if (!HOMOGLYPHS.has(cj)) allLookalike = false;
      }
      foldWord = latin || allLookalike;
      wordEnd = e;
    }
    if (foldWord) put(i, to);
  }
  parts.push(text.slice(last));
  return parts.join('');
}

// Hashed word n-grams (the "hashing trick"): text becomes a bounded set of feature indices without a
// vocabulary, so samples from different windows and nodes share one feature space and no raw text is stored.
export const TEXT_DIMENSIONS = 4096;
const MAX_WORDS = 200;

/** FNV-1a 32-bit. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .match(/[\p{L}\p{N}']+/gu)
      ?.slice(0, MAX_WORDS) ?? []
  );
}

/** Sorted distinct feature indices of the word unigrams and bigrams of `text`. */
export function hashedNgrams(text: string, dims = TEXT_DIMENSIONS): number[] {
  const w = words(text);
  const out = new Set<number>();
  for (let i = 0; i < w.length; i++) {
    out.add(fnv1a(w[i]) % dims);
    if (i + 1 < w.length) out.add(fnv1a(`${w[i]} ${w[i + 1]}`) % dims);
  }
  return [...out].sort((a, b) => a - b);
}

/** Word n-grams with their indices, to name the terms behind a drifted index (from text the caller holds). */
export function ngramTerms(text: string, dims = TEXT_DIMENSIONS): Map<number, string> {
  const w = words(text);
  const m = new Map<number, string>();
  for (let i = 0; i < w.length; i++) {
    m.set(fnv1a(w[i]) % dims, w[i]);
    if (i + 1 < w.length) m.set(fnv1a(`${w[i]} ${w[i + 1]}`) % dims, `${w[i]} ${w[i + 1]}`);
  }
  return m;
}

// Duplicate detection: exact (sha256 of the normalised chunk) and near (64-bit SimHash over word 3-shingles,
// Hamming distance ≤ a threshold). Near-duplicates of a chunk already kept are dropped (collapsed into it).
// Candidates come from 4 bands of 16 bits: two hashes within 3 bits agree exactly on at least one band
// (pigeonhole), so only chunks sharing a band are compared — no all-pairs scan.

/** FNV-1a 32-bit with a seed; two seeds make the 64-bit shingle hash. */
function fnv(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Final avalanche (murmur3 fmix32) so nearby strings spread over all bits.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** A 64-bit SimHash as two unsigned 32-bit halves [hi, lo]. */
export type SimHash = [number, number];

export function simhash(text: string): SimHash {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles =
    words.length < 3
      ? [words.join(' ')]
      : words.slice(0, -2).map((_, i) => `${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  const v = new Int32Array(64);
  for (const sh of shingles) {
    const hi = fnv(sh, 0x9e3779b9);
    const lo = fnv(sh, 0x7f4a7c15);
    for (let b = 0; b < 32; b++) {
      v[b] = (v[b] as number) + ((lo >>> b) & 1 ? 1 : -1);
      v[b + 32] = (v[b + 32] as number) + ((hi >>> b) & 1 ? 1 : -1);
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if ((v[b] as number) > 0) lo |= 1 << b;
    if ((v[b + 32] as number) > 0) hi |= 1 << b;
  }
  return [hi >>> 0, lo >>> 0];
}

export const simhashToHex = (h: SimHash): string =>
  h[0].toString(16).padStart(8, '0') + h[1].toString(16).padStart(8, '0');

export function simhashFromHex(s: string): SimHash {
  return [Number.parseInt(s.slice(0, 8), 16) >>> 0, Number.parseInt(s.slice(8, 16), 16) >>> 0];
}

function popcount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

export function hamming(a: SimHash, b: SimHash): number {
  return popcount((a[0] ^ b[0]) >>> 0) + popcount((a[1] ^ b[1]) >>> 0);
}

const bands = (h: SimHash): string[] => [
  `0:${h[0] >>> 16}`,
  `1:${h[0] & 0xffff}`,
  `2:${h[1] >>> 16}`,
  `3:${h[1] & 0xffff}`,
];

/** Keeps a set of seen chunks; `check` says whether a new chunk duplicates one of them. */
export class DuplicateFilter {
  private readonly exact = new Map<string, string>();
  private readonly byBand = new Map<string, { id: string; h: SimHash }[]>();

  constructor(private readonly maxBits: number) {
    if (maxBits > 3) throw new RangeError('nearDuplicateBits above 3 is not supported (4 bands of 16 bits)');
  }

  add(id: string, contentHash: string, h: SimHash): void {
    this.exact.set(contentHash, id);
    for (const b of bands(h)) {
      const list = this.byBand.get(b);
      if (list) list.push({ id, h });
      else this.byBand.set(b, [{ id, h }]);
    }
  }

  check(contentHash: string, h: SimHash): { kind: 'exact' | 'near'; of: string } | null {
    const e = this.exact.get(contentHash);
    if (e) return { kind: 'exact', of: e };
    if (this.maxBits > 0)
      for (const b of bands(h))
        for (const n of this.byBand.get(b) ?? [])
          if (hamming(n.h, h) <= this.maxBits) return { kind: 'near', of: n.id };
    return null;
  }
}

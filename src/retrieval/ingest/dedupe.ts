// Duplicate detection: exact (sha256 of the normalised chunk) and near (64-bit SimHash over word 3-shingles,
// Hamming distance ≤ a threshold). Near-duplicates of a chunk already kept are dropped (collapsed into it).
import { createHash } from 'node:crypto';

function hash64(s: string): bigint {
  return createHash('md5').update(s).digest().readBigUInt64BE(0);
}

export function simhash(text: string): bigint {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles =
    words.length < 3 ? [words.join(' ')] : words.slice(0, -2).map((_, i) => words.slice(i, i + 3).join(' '));
  const v = new Int32Array(64);
  for (const sh of shingles) {
    const h = hash64(sh);
    for (let b = 0; b < 64; b++) v[b] = (v[b] as number) + ((h >> BigInt(b)) & 1n ? 1 : -1);
  }
  let out = 0n;
  for (let b = 0; b < 64; b++) if ((v[b] as number) > 0) out |= 1n << BigInt(b);
  return out;
}

export function hamming(a: bigint, b: bigint): number {
  let x = a ^ b;
  let n = 0;
  while (x) {
    x &= x - 1n;
    n++;
  }
  return n;
}

/** Keeps a set of seen chunks; `check` says whether a new chunk duplicates one of them. */
export class DuplicateFilter {
  private readonly exact = new Map<string, string>();
  private readonly near: { id: string; h: bigint }[] = [];

  constructor(private readonly maxBits: number) {}

  add(id: string, contentHash: string, h: bigint): void {
    this.exact.set(contentHash, id);
    this.near.push({ id, h });
  }

  check(contentHash: string, h: bigint): { kind: 'exact' | 'near'; of: string } | null {
    const e = this.exact.get(contentHash);
    if (e) return { kind: 'exact', of: e };
    if (this.maxBits > 0)
      for (const n of this.near) if (hamming(n.h, h) <= this.maxBits) return { kind: 'near', of: n.id };
    return null;
  }
}

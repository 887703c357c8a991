// Small, fast, seedable randomness: error/fault draws and ids must be reproducible under a seed.

import type { Rng } from '../util/prng.ts';

export { createRng, type Rng } from '../util/prng.ts';

/** FNV-1a over UTF-16 code units: a stable hash to derive per-input seeds. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomId(rng: Rng, prefix: string, length = 24): string {
  let out = prefix;
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(rng() * ALPHABET.length)];
  return out;
}

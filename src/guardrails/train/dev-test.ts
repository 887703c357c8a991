// Dev/test halves of the hand-written evaluation sets (attack-handwritten.jsonl,
// benign-hard-handwritten.jsonl). Whoever tunes a detector may read the misses of the dev half
// only; the test half stays unread and gives the headline figure. The half is a hash of the text,
// so it never moves when items are added, reordered or other files change.

import { createHash } from 'node:crypto';
import { fnv1a } from './split.ts';

export type Half = 'dev' | 'test';

/** Seed of the hash; fixed, so the halves are the same for every session. */
const SEED = 0x15d3;

export function halfOf(text: string): Half {
  return fnv1a(text.normalize('NFC').trim(), SEED) % 2 === 0 ? 'dev' : 'test';
}

export function splitHalves<T extends { text: string }>(items: readonly T[]): Record<Half, T[]> {
  const out: Record<Half, T[]> = { dev: [], test: [] };
  for (const it of items) out[halfOf(it.text)].push(it);
  return out;
}

/** The digest a test pins a test half by: SHA-256 of its texts sorted and joined by newlines (order-free). */
export function halfDigest(texts: readonly string[]): string {
  return createHash('sha256')
    .update([...texts].sort().join('\n'))
    .digest('hex');
}

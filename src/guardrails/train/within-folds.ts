// Grouped k-fold split of one source, for the within-source held-out estimate (`guard eval
// --within-source`): the source's items go to k folds by a hash of their group key, so near-duplicates
// (same normalised opening) share a fold; a fold's training set is every trainable item of every
// source except that fold and anything whose key matches one of the fold's keys (a near-duplicate
// of a held-out text in another fold or another source never reaches training).

import type { LabeledText } from './datasets.ts';
import { fnv1a, groupKey } from './split.ts';

/** Both keys an item can collide on: its text's and its split group's. */
export function itemKeys(t: LabeledText): string[] {
  const a = groupKey(t.text);
  const b = groupKey(t.group ?? t.text);
  return a === b ? [a] : [a, b];
}

/** Fold (0..k-1) of each item of `source`, -1 for the other sources. */
export function withinFolds(items: readonly LabeledText[], source: string, k: number, seed = 0x5eed): Int32Array {
  if (!Number.isInteger(k) || k < 2) throw new Error(`--within-source needs k ≥ 2 (got ${k})`);
  return Int32Array.from(items, (t) => (t.source === source ? fnv1a(groupKey(t.group ?? t.text), seed) % k : -1));
}

/** Training mask of fold `f`: trainable, not in the fold, and sharing no key with a text of the fold. */
export function foldTrainMask(
  items: readonly LabeledText[],
  canTrain: readonly boolean[],
  folds: Int32Array,
  f: number,
): boolean[] {
  const held = new Set<string>();
  items.forEach((t, i) => {
    if (folds[i] === f) for (const k of itemKeys(t)) held.add(k);
  });
  return items.map((t, i) => canTrain[i] && folds[i] !== f && !itemKeys(t).some((k) => held.has(k)));
}

// Dev/test halves of the hand-written sets, fixed before any miss was read: rules may be written
// against dev misses only, and the test half is the held-out figure. Within each language the items
// are ordered by a hash of their text and dealt alternately, so both halves keep the language mix.

import { halfOf } from './dev-test.ts';
import type { HandwrittenItem } from './handwritten.ts';
import { fnv1a } from './split.ts';

export type Half = 'dev' | 'test';

const SEED = 0x15;

/** The half of every item, in input order (the assignment depends only on the set's texts). */
export function handwrittenHalves(items: readonly HandwrittenItem[]): Half[] {
  const byLang = new Map<string, number[]>();
  for (const [i, it] of items.entries()) {
    const list = byLang.get(it.lang) ?? [];
    list.push(i);
    byLang.set(it.lang, list);
  }
  const out: Half[] = new Array(items.length);
  for (const idx of byLang.values()) {
    const keyed = idx.map((i) => ({ i, h: fnv1a(items[i].text, SEED) }));
    keyed.sort((a, b) => a.h - b.h || a.i - b.i);
    for (const [k, { i }] of keyed.entries()) out[i] = k % 2 === 0 ? 'dev' : 'test';
  }
  return out;
}

/** The items of one half. */
export function handwrittenHalf<T extends HandwrittenItem>(items: readonly T[], half: Half): T[] {
  const halves = handwrittenHalves(items);
  return items.filter((_, i) => halves[i] === half);
}

/** The halves of a registered set, by its own split rule (see HandwrittenSet.split). */
export function setHalves(set: { split?: 'language' | 'text' }, items: readonly HandwrittenItem[]): Half[] {
  return set.split === 'text' ? items.map((it) => halfOf(it.text)) : handwrittenHalves(items);
}

// Rows of a fresh set scored by one guard, per half: the flagged rate of each group of benign items and
// the recall of each group of attack twins (trigger-fresh4, technical-fresh). Empty groups are left out.

import type { Half } from '../train/dev-test.ts';
import { countsAt, rates } from './metrics.ts';
import { benignRow, type EvalRow } from './report.ts';

type Group<T> = readonly [suffix: string, keep: (it: T) => boolean];

export interface HalfRowsOptions<T extends { text: string; label: 0 | 1 }> {
  /** Dataset name in the rows, e.g. `trigger-fresh4`. */
  name: string;
  items: (half: Half) => T[];
  flagged: (text: string) => boolean;
  /** Benign groups: `['', all]` first, then e.g. `[' yaml', …]`. */
  benign: readonly Group<T>[];
  /** Attack-twin groups, e.g. `[' all', all]`. */
  twins: readonly Group<T>[];
  sample?: number;
}

export function halfRows<T extends { text: string; label: 0 | 1 }>(o: HalfRowsOptions<T>): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const half of ['test', 'dev'] as const) {
    const tag = half === 'test' ? 'test, held out' : 'dev, in-sample';
    const scored = o.items(half).map((it) => ({ it, hit: o.flagged(it.text) ? 1 : 0 }));
    const pick = (label: 0 | 1, keep: (it: T) => boolean): number[] =>
      scored
        .filter((x) => x.it.label === label && keep(x.it))
        .slice(0, o.sample)
        .map((x) => x.hit);
    for (const [suffix, keep] of o.benign) {
      const neg = pick(0, keep);
      if (neg.length > 0)
        rows.push(
          benignRow('injection', 'shipped', `${o.name} [${tag}]${suffix}`, neg.length, rates(countsAt([], neg, 1)).fpr),
        );
    }
    for (const [suffix, keep] of o.twins) {
      const pos = pick(1, keep);
      rows.push({
        task: 'injection',
        variant: 'shipped',
        dataset: `${o.name} attack twins [${tag}]${suffix}`,
        n: pos.length,
        ...rates(countsAt(pos, [], 1)),
        recallAt1: null,
      });
    }
  }
  return rows;
}

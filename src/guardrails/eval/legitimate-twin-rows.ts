// Rows of a fresh set of legitimate requests with harmful twins (sensitive-fresh, legit-twins-fresh): per
// half, guard and group (all, each category, the non-English items), the recall of the harmful twins and
// the flag rate of the legitimate requests.

import type { Half } from '../train/dev-test.ts';
import { guardRowsByHalf } from './guard-halves.ts';
import type { EvalRow } from './report.ts';

export interface LegitimateTwinItem {
  text: string;
  /** 1 = harmful twin, 0 = legitimate request. */
  label: 0 | 1;
  category: string;
  lang: string;
}

export interface LegitimateTwinSet<T extends LegitimateTwinItem> {
  /** Row name prefix, e.g. 'sensitive-fresh'. */
  name: string;
  items: (half: Half) => T[];
  categories: readonly T['category'][];
  /** Label of the non-English group, e.g. 'de/es/fr'. */
  otherLangs: string;
}

export function legitimateTwinRows<T extends LegitimateTwinItem>(
  set: LegitimateTwinSet<T>,
  sample?: number,
): EvalRow[] {
  return guardRowsByHalf(
    {
      name: set.name,
      items: set.items,
      groups: () => [
        ...set.categories.map((c): [string, (it: T) => boolean] => [` ${c}`, (it) => it.category === c]),
        [` ${set.otherLangs}`, (it) => it.lang !== 'en'],
      ],
      labels: { attacks: 'harmful twins', benign: 'legitimate' },
      guards: ['harmful', 'injection', 'any'],
    },
    sample,
  );
}

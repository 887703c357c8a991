// Rows of a fresh set of legitimate requests with harmful twins (sensitive-fresh, legit-twins-fresh): per
// half, guard and group (all, each category, the non-English items), the recall of the harmful twins and
// the flag rate of the legitimate requests.

import type { Half } from '../train/dev-test.ts';
import { personaScorer } from './persona.ts';
import { type EvalRow, shippedRows } from './report.ts';

export interface LegitimateTwinItem {
  text: string;
  /** 1 = harmful twin, 0 = legitimate request. */
  label: 0 | 1;
  category: string;
  lang: string;
}

const GUARDS = [
  ['harmful', 'harmful'],
  ['injection', 'injection'],
  ['any', 'injection+harmful'],
] as const;

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
  const score = personaScorer();
  const rows: EvalRow[] = [];
  for (const half of ['test', 'dev'] as const) {
    const tag = half === 'test' ? 'test, held out' : 'dev, in-sample';
    const items = set.items(half);
    const scored = [
      ...items.filter((it) => it.label === 1).slice(0, sample),
      ...items.filter((it) => it.label === 0).slice(0, sample),
    ].map((it) => ({ it, s: score(it.text) }));
    const groups: [string, (it: T) => boolean][] = [
      ['', () => true],
      ...set.categories.map((c): [string, (it: T) => boolean] => [` ${c}`, (it) => it.category === c]),
      [` ${set.otherLangs}`, (it) => it.lang !== 'en'],
    ];
    for (const [suffix, keep] of groups) {
      const sel = scored.filter((x) => keep(x.it));
      for (const [g, task] of GUARDS) {
        const pos = sel.filter((x) => x.it.label === 1).map((x) => (x.s[g] ? 1 : 0));
        const neg = sel.filter((x) => x.it.label === 0).map((x) => (x.s[g] ? 1 : 0));
        const name = `${set.name} [${tag}]${suffix}`;
        rows.push(
          ...shippedRows(task, name, { label: 'harmful twins', flags: pos }, { label: 'legitimate', flags: neg }),
        );
      }
    }
  }
  return rows;
}

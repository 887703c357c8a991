// The fresh jailbreakchat-style set (train/jitw2-fresh.jsonl, train/generate/jitw2-fresh.ts): named
// personas whose rules are lifted, modes switched on, evil confidants, hypothetical-response rewrites,
// games that punish refusals, opposite mode, two-answer formats, fake system notices (en + de/es/fr/pt),
// and benign twins of the same shapes without the rule-lifting. Written and committed before any
// detector run on it; halves by train/dev-test.ts (halfOf); tune on the dev half only, the test half
// is pinned by digest (jitw2-fresh.test.ts). Rows: the shipped detector (as in the other twin sets)
// and its rules only (no classifier), the figure that says whether hand-written rules generalise.
// `guard eval --task jitw2-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import { flaggedRows } from './injection.ts';
import { jitwFlags } from './jitw-halves.ts';
import type { EvalRow } from './report.ts';
import { injectionTwinRows, shapeGroups, type TwinGroup, type TwinItem } from './twin-rows.ts';

export const JITW2_FRESH_FILE = 'jitw2-fresh.jsonl';

export interface Jitw2Item extends TwinItem {
  lang: string;
}

/** The items of the set in one half (both halves without `half`). */
export function jitw2Items(half?: Half): Jitw2Item[] {
  return (readFreshSet(JITW2_FRESH_FILE) as unknown as Jitw2Item[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

/** Attack kind → the kind of its benign twins (one row per shape). */
export const JITW2_SHAPES: readonly [string, string][] = [
  ['a_persona', 'b_persona'],
  ['a_mode', 'b_mode'],
  ['a_confidant', 'b_confidant'],
  ['a_hypo', 'b_hypo'],
  ['a_game', 'b_game'],
  ['a_opposite', 'b_opposite'],
  ['a_two', 'b_two'],
  ['a_system', 'b_system'],
  ['a_intl', 'b_intl'],
];

/** Recall and twins flagged of the shipped detector (per shape) and of its rules only, per half. */
export function evalJitw2Fresh(sample?: number): EvalRow[] {
  const all: TwinGroup<Jitw2Item> = ['', () => true];
  const rows = injectionTwinRows<Jitw2Item>('jitw2-fresh', jitw2Items, [all, ...shapeGroups(JITW2_SHAPES)], sample);
  const rules = jitwFlags({ classifier: false });
  for (const half of ['test', 'dev'] as const) {
    const items = jitw2Items(half);
    const hits = (label: 0 | 1) =>
      items
        .filter((it) => it.label === label)
        .slice(0, sample)
        .map((it) => (rules(it.text) ? 1 : 0));
    const name = `jitw2-fresh [${half === 'test' ? 'test, held out' : 'dev, in-sample'}]`;
    rows.push(
      ...flaggedRows('injection', 'rules only', `${name}: jailbreaks`, `${name}: benign twins`, hits(1), hits(0)),
    );
  }
  return rows;
}

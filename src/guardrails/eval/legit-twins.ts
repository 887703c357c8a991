// The fresh set of benign requests that sit right next to harmful ones (train/legit-twins-fresh.jsonl),
// in JailbreakBench's ten categories: defensive, educational, historical, journalistic, policy,
// compliance, parenting, safety, medical-professional, fiction without method, scam awareness and
// persuasive essays for a legitimate side, in plain voices, ~15 % de/es/fr/it — with harmful twins
// (the operational version of some of them). Measures the harmful detector's over-refusal on the
// subjects JailbreakBench's goals are about, without losing recall. Written and committed before any
// detector run on it (src/guardrails/README.md); halves by train/dev-test.ts (halfOf); the test half is
// pinned by digest (legit-twins.test.ts). Reported per half, guard, category and de/es/fr/it.
// `guard eval --task legit-twins-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import { countsAt, rates } from './metrics.ts';
import { personaScorer } from './persona.ts';
import { benignRow, type EvalRow } from './report.ts';

export const LEGIT_TWINS_FILE = 'legit-twins-fresh.jsonl';

/** JailbreakBench's ten categories. */
export const LEGIT_TWIN_CATEGORIES = [
  'harassment',
  'malware',
  'physical',
  'economic',
  'fraud',
  'disinfo',
  'sexual',
  'privacy',
  'expert',
  'government',
] as const;

export interface LegitTwinItem {
  text: string;
  /** 1 = harmful twin, 0 = benign request. */
  label: 0 | 1;
  category: (typeof LEGIT_TWIN_CATEGORIES)[number];
  lang: string;
}

/** The items of the set in one half (both halves without `half`); the provenance header is skipped. */
export function legitTwinItems(half?: Half): LegitTwinItem[] {
  return (readFreshSet(LEGIT_TWINS_FILE) as unknown as LegitTwinItem[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

const GUARDS = [
  ['harmful', 'harmful'],
  ['injection', 'injection'],
  ['any', 'injection+harmful'],
] as const;

/** Flag rate of the benign requests and recall of the harmful twins, per half, guard and group. */
export function evalLegitTwinsFresh(sample?: number): EvalRow[] {
  const score = personaScorer();
  const rows: EvalRow[] = [];
  for (const half of ['test', 'dev'] as const) {
    const tag = half === 'test' ? 'test, held out' : 'dev, in-sample';
    const items = legitTwinItems(half);
    const scored = [
      ...items.filter((it) => it.label === 1).slice(0, sample),
      ...items.filter((it) => it.label === 0).slice(0, sample),
    ].map((it) => ({ it, s: score(it.text) }));
    const groups: [string, (it: LegitTwinItem) => boolean][] = [
      ['', () => true],
      ...LEGIT_TWIN_CATEGORIES.map((c): [string, (it: LegitTwinItem) => boolean] => [
        ` ${c}`,
        (it) => it.category === c,
      ]),
      [' de/es/fr/it', (it) => it.lang !== 'en'],
    ];
    for (const [suffix, keep] of groups) {
      const sel = scored.filter((x) => keep(x.it));
      for (const [g, task] of GUARDS) {
        const pos = sel.filter((x) => x.it.label === 1).map((x) => (x.s[g] ? 1 : 0));
        const neg = sel.filter((x) => x.it.label === 0).map((x) => (x.s[g] ? 1 : 0));
        const name = `legit-twins-fresh [${tag}]${suffix}`;
        if (pos.length > 0)
          rows.push({
            task,
            variant: 'shipped',
            dataset: `${name}: harmful twins`,
            n: pos.length,
            ...rates(countsAt(pos, [], 1)),
            recallAt1: null,
          });
        if (neg.length > 0)
          rows.push(benignRow(task, 'shipped', `${name}: legitimate`, neg.length, rates(countsAt([], neg, 1)).fpr));
      }
    }
  }
  return rows;
}

// The fresh set of short direct questions in the forbidden-question manner (train/forbidden-fresh.jsonl):
// "How can I…?", "What's the best way to…?", "Can you help me…?" in the eight harmful usage-policy
// categories of the forbidden-question source (illegal, hate, malware, physical, economic, fraud, porn,
// privacy), each category with benign near-twins on the same subjects. Written before any detector run
// on it (src/guardrails/README.md); halves by train/dev-test.ts (halfOf). Tune on the dev half only;
// the test half is pinned by digest (forbidden-fresh.test.ts). Reported per half and category for the
// harmful detector and for either guard. `guard eval --task forbidden-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import { personaScorer } from './persona.ts';
import { type EvalRow, shippedRows } from './report.ts';

export const FORBIDDEN_FRESH_FILE = 'forbidden-fresh.jsonl';

export const FORBIDDEN_CATEGORIES = [
  'illegal',
  'hate',
  'malware',
  'physical',
  'economic',
  'fraud',
  'porn',
  'privacy',
] as const;

export interface ForbiddenItem {
  text: string;
  /** 1 = harmful request, 0 = benign near-twin on the same subject. */
  label: 0 | 1;
  category: (typeof FORBIDDEN_CATEGORIES)[number];
  lang: string;
}

/** The items of the set in one half (both halves without `half`); the provenance header is skipped. */
export function forbiddenItems(half?: Half): ForbiddenItem[] {
  return (readFreshSet(FORBIDDEN_FRESH_FILE) as unknown as ForbiddenItem[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

const GUARDS = [
  ['harmful', 'harmful'],
  ['any', 'injection+harmful'],
] as const;

/** Recall of the harmful requests and flag rate of the twins, per half, guard and category. */
export function evalForbiddenFresh(sample?: number): EvalRow[] {
  const score = personaScorer();
  const rows: EvalRow[] = [];
  for (const half of ['test', 'dev'] as const) {
    const tag = half === 'test' ? 'test, held out' : 'dev, in-sample';
    const items = forbiddenItems(half);
    const scored = [
      ...items.filter((it) => it.label === 1).slice(0, sample),
      ...items.filter((it) => it.label === 0).slice(0, sample),
    ].map((it) => ({ it, ...score(it.text) }));
    const groups: [string, (it: ForbiddenItem) => boolean][] = [
      ['', () => true],
      ...FORBIDDEN_CATEGORIES.map((c): [string, (it: ForbiddenItem) => boolean] => [
        ` ${c}`,
        (it) => it.category === c,
      ]),
    ];
    for (const [suffix, keep] of groups) {
      const sel = scored.filter((x) => keep(x.it));
      for (const [g, task] of GUARDS) {
        const pos = sel.filter((x) => x.it.label === 1).map((x) => (x[g] ? 1 : 0));
        const neg = sel.filter((x) => x.it.label === 0).map((x) => (x[g] ? 1 : 0));
        const name = `forbidden-fresh [${tag}]${suffix}`;
        rows.push(...shippedRows(task, name, { label: 'harmful', flags: pos }, { label: 'twins', flags: neg }));
      }
    }
  }
  return rows;
}

// The fresh set of legitimate requests on sensitive subjects (train/sensitive-fresh.jsonl): what a
// patient, nurse, student, defender or worried relative asks about medicine and dosing, harm
// reduction, security, law and crime reporting, history of violence, chemistry, self-harm support,
// privacy and finance, in en/de/es/fr — with harmful twins on the same subjects (operational how-to,
// targeting a person, evading detection). Measures over-refusal without losing recall. Written and
// committed before any detector run on it (src/guardrails/README.md); halves by train/dev-test.ts
// (halfOf); the test half is pinned by digest (sensitive-fresh.test.ts). Reported per half, guard,
// category and de/es/fr. `guard eval --task sensitive-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import { countsAt, rates } from './metrics.ts';
import { personaScorer } from './persona.ts';
import { benignRow, type EvalRow } from './report.ts';

export const SENSITIVE_FILE = 'sensitive-fresh.jsonl';

export const SENSITIVE_CATEGORIES = [
  'medicine',
  'harmreduction',
  'security',
  'law',
  'history',
  'chemistry',
  'selfharm',
  'privacy',
  'finance',
] as const;

export interface SensitiveItem {
  text: string;
  /** 1 = harmful twin, 0 = legitimate request. */
  label: 0 | 1;
  category: (typeof SENSITIVE_CATEGORIES)[number];
  lang: string;
}

/** The items of the set in one half (both halves without `half`); the provenance header is skipped. */
export function sensitiveItems(half?: Half): SensitiveItem[] {
  return (readFreshSet(SENSITIVE_FILE) as unknown as SensitiveItem[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

const GUARDS = [
  ['harmful', 'harmful'],
  ['injection', 'injection'],
  ['any', 'injection+harmful'],
] as const;

/** Recall of the harmful twins and flag rate of the legitimate requests, per half, guard and group. */
export function evalSensitiveFresh(sample?: number): EvalRow[] {
  const score = personaScorer();
  const rows: EvalRow[] = [];
  for (const half of ['test', 'dev'] as const) {
    const tag = half === 'test' ? 'test, held out' : 'dev, in-sample';
    const items = sensitiveItems(half);
    const scored = [
      ...items.filter((it) => it.label === 1).slice(0, sample),
      ...items.filter((it) => it.label === 0).slice(0, sample),
    ].map((it) => ({ it, s: score(it.text) }));
    const groups: [string, (it: SensitiveItem) => boolean][] = [
      ['', () => true],
      ...SENSITIVE_CATEGORIES.map((c): [string, (it: SensitiveItem) => boolean] => [
        ` ${c}`,
        (it) => it.category === c,
      ]),
      [' de/es/fr', (it) => it.lang !== 'en'],
    ];
    for (const [suffix, keep] of groups) {
      const sel = scored.filter((x) => keep(x.it));
      for (const [g, task] of GUARDS) {
        const pos = sel.filter((x) => x.it.label === 1).map((x) => (x.s[g] ? 1 : 0));
        const neg = sel.filter((x) => x.it.label === 0).map((x) => (x.s[g] ? 1 : 0));
        const name = `sensitive-fresh [${tag}]${suffix}`;
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

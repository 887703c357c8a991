// The fresh set of short direct injections (train/short-injection-fresh.jsonl): 1–3 sentence goal
// hijacks ("forget what you were told and …", "new task: …", "well done, now …"), prompt leaks
// ("print your instructions", "what was written above"), a harmless question followed by an
// override, "ignore the article above and …", and personas with a changed rule, in the manner of a
// public injection set (deepset/prompt-injections) but in our own words; ~60 % English, ~40 %
// German, a few es/fr. Benign twins of the same shape and languages (news, politics, everyday, and
// "forget", "new task", "instructions", "above" used innocently). Written before any detector run
// on it (src/guardrails/README.md has the provenance); halves by train/dev-test.ts (halfOf). Tune on
// the dev half only; the test half is pinned by digest (short-fresh.test.ts).
// `guard eval --task short-fresh`.

import { readFileSync } from 'node:fs';
import { createInjectionDetector } from '../detectors/injection/index.ts';
import { createTextView } from '../normalize/view.ts';
import { type Half, halfOf } from '../train/dev-test.ts';
import { flaggedRows } from './injection.ts';
import type { EvalRow } from './report.ts';

export const SHORT_FRESH_FILE = 'short-injection-fresh.jsonl';

export interface ShortFreshItem {
  text: string;
  /** 1 = injection, 0 = benign twin. */
  label: 0 | 1;
  lang: string;
  kind: string;
}

/** The items of the set in one half (both halves without `half`). */
export function shortFreshItems(half?: Half): ShortFreshItem[] {
  return readFileSync(new URL(`../train/${SHORT_FRESH_FILE}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ShortFreshItem)
    .filter((it) => half === undefined || halfOf(it.text) === half);
}

/** Whether the shipped injection detector (as in the default guard set) flags the text. */
export function shortFreshFlags(): (text: string) => boolean {
  const det = createInjectionDetector();
  return (text) => det.detect({ view: createTextView(text), stage: 'input', ctx: {} }).length > 0;
}

const LANG_GROUPS: [string, (it: ShortFreshItem) => boolean][] = [
  ['', () => true],
  [' en', (it) => it.lang === 'en'],
  [' de', (it) => it.lang === 'de'],
  [' es/fr', (it) => it.lang !== 'en' && it.lang !== 'de'],
];

/** Recall of the injections and FPR of the benign twins, per half and language group. */
export function evalShortFresh(sample?: number): EvalRow[] {
  const flags = shortFreshFlags();
  const rows: EvalRow[] = [];
  for (const half of ['test', 'dev'] as const) {
    const tag = half === 'test' ? 'test, held out' : 'dev, in-sample';
    const items = shortFreshItems(half);
    const scored = [
      ...items.filter((it) => it.label === 1).slice(0, sample),
      ...items.filter((it) => it.label === 0).slice(0, sample),
    ].map((it) => ({ it, hit: flags(it.text) ? 1 : 0 }));
    for (const [suffix, keep] of LANG_GROUPS) {
      const sel = scored.filter((x) => keep(x.it));
      const pos = sel.filter((x) => x.it.label === 1).map((x) => x.hit);
      const neg = sel.filter((x) => x.it.label === 0).map((x) => x.hit);
      const name = `short-fresh [${tag}]${suffix}`;
      rows.push(...flaggedRows('injection', 'shipped', `${name}: injections`, `${name}: benign twins`, pos, neg));
    }
  }
  return rows;
}

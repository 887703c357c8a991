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

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import type { EvalRow } from './report.ts';
import { injectionTwinRows, type TwinGroup } from './twin-rows.ts';

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
  return (readFreshSet(SHORT_FRESH_FILE) as unknown as ShortFreshItem[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

const LANG_GROUPS: TwinGroup<ShortFreshItem>[] = [
  ['', () => true],
  [' en', (it) => it.lang === 'en'],
  [' de', (it) => it.lang === 'de'],
  [' es/fr', (it) => it.lang !== 'en' && it.lang !== 'de'],
];

/** Recall of the injections and FPR of the benign twins, per half and language group. */
export function evalShortFresh(sample?: number): EvalRow[] {
  return injectionTwinRows<ShortFreshItem>('short-fresh', shortFreshItems, LANG_GROUPS, sample);
}

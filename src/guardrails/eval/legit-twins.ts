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
import { legitimateTwinRows } from './legitimate-twin-rows.ts';
import type { EvalRow } from './report.ts';

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

/** Recall of the harmful twins and flag rate of the legitimate requests, per half, guard and group. */
export function evalLegitTwinsFresh(sample?: number): EvalRow[] {
  return legitimateTwinRows(
    {
      name: 'legit-twins-fresh',
      items: (half) => legitTwinItems(half),
      categories: LEGIT_TWIN_CATEGORIES,
      otherLangs: 'de/es/fr/it',
    },
    sample,
  );
}

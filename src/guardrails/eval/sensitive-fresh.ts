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
import { legitimateTwinRows } from './legitimate-twin-rows.ts';
import type { EvalRow } from './report.ts';

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

/** Recall of the harmful twins and flag rate of the legitimate requests, per half, guard and group. */
export function evalSensitiveFresh(sample?: number): EvalRow[] {
  return legitimateTwinRows(
    {
      name: 'sensitive-fresh',
      items: (half) => sensitiveItems(half),
      categories: SENSITIVE_CATEGORIES,
      otherLangs: 'de/es/fr',
    },
    sample,
  );
}

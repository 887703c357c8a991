// The fresh near-harm over-refusal probe (train/nearfp-fresh.jsonl, issue 15, helper nearfp): benign
// requests next to harmful subjects asked in professional and protective voices — nurses, pharmacists,
// teachers, parents, moderators, pentesters with scope, journalists, historians, novelists, insurance and
// fraud investigators, safety officers, lawyers — and operational harmful twins (several in the same
// professional voice), paired by `id`, en + ~20 % de/es/fr/it. Written and committed before any detector
// run on it (src/guardrails/README.md); a pair takes the half of its harmful twin (train/fresh-dev.ts
// 'pair'); the test half is pinned by digest (nearfp-fresh.test.ts). Rows per half, guard, category and
// de/es/fr/it. `guard eval --task nearfp-fresh`.

import type { Half } from '../train/dev-test.ts';
import { registeredItems } from '../train/fresh-dev.ts';
import { legitimateTwinRows } from './legitimate-twin-rows.ts';
import type { EvalRow } from './report.ts';

export const NEARFP_FILE = 'nearfp-fresh.jsonl';

export const NEARFP_CATEGORIES = [
  'medicine',
  'security',
  'education',
  'moderation',
  'journalism',
  'history',
  'fiction',
  'fraud',
  'safety',
  'law',
] as const;

export interface NearfpItem {
  /** Pairs a harmful twin with its benign request(s). */
  id: number;
  text: string;
  /** 1 = harmful twin, 0 = benign request. */
  label: 0 | 1;
  category: (typeof NEARFP_CATEGORIES)[number];
  lang: string;
}

/** The items of one half (both without `half`), halved as the fresh-set registry halves them. */
export function nearfpItems(half?: Half): NearfpItem[] {
  return registeredItems<NearfpItem>(NEARFP_FILE, half);
}

/** Recall of the harmful twins and flag rate of the benign requests, per half, guard and group. */
export function evalNearfpFresh(sample?: number): EvalRow[] {
  return legitimateTwinRows(
    { name: 'nearfp-fresh', items: nearfpItems, categories: NEARFP_CATEGORIES, otherLangs: 'de/es/fr/it' },
    sample,
  );
}

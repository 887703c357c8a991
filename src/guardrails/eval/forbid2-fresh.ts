// The second hand-written set of short direct questions in the forbidden-question manner
// (train/forbid2-fresh.jsonl): "How can I…?", "What's the best way to…?", "Can you help me…?" across the
// eight harmful usage-policy categories of the forbidden-question source, en + ~20 % de/es/fr/it, each
// harmful question with one benign twin of the same shape and category (protect, detect, report, the law,
// history, fiction, the asker's own property), paired by id. Written by helper forbid2 before any detector
// run on it (src/guardrails/README.md). Halves by pair: a twin goes with its harmful question's halfOf
// (train/fresh-dev.ts freshHalves); the test half is pinned by digest (forbid2-fresh.test.ts).
// `guard eval --task forbid2-fresh`.

import type { Half } from '../train/dev-test.ts';
import { registeredItems } from '../train/fresh-dev.ts';
import { FORBIDDEN_CATEGORIES } from './forbidden-fresh.ts';
import { guardRowsByHalf } from './guard-halves.ts';
import type { EvalRow } from './report.ts';

export const FORBID2_FILE = 'forbid2-fresh.jsonl';

export interface Forbid2Item {
  text: string;
  /** 1 = harmful question, 0 = benign twin of the same shape and category. */
  label: 0 | 1;
  category: (typeof FORBIDDEN_CATEGORIES)[number];
  lang: 'en' | 'de' | 'es' | 'fr' | 'it';
  /** Shared by a harmful question and its twin. */
  id: number;
}

/** The items of the set in one half (both halves without `half`), split by pair; the provenance header is skipped. */
export function forbid2Items(half?: Half): Forbid2Item[] {
  return registeredItems<Forbid2Item>(FORBID2_FILE, half);
}

/** Harmful recall and twins flagged per half, guard (harmful, either), category and language (de/es/fr/it together). */
export function evalForbid2Fresh(sample?: number): EvalRow[] {
  return guardRowsByHalf(
    {
      name: 'forbid2-fresh',
      items: forbid2Items,
      groups: () => [
        ...FORBIDDEN_CATEGORIES.map((c): [string, (it: Forbid2Item) => boolean] => [
          ` ${c}`,
          (it) => it.category === c,
        ]),
        [' en', (it) => it.lang === 'en'],
        [' de/es/fr/it', (it) => it.lang !== 'en'],
      ],
      labels: { attacks: 'harmful', benign: 'twins' },
      guards: ['harmful', 'any'],
    },
    sample,
  );
}

// The fresh HarmBench-style set (train/harmbench-fresh.jsonl, issue 15): harmful behaviours in HarmBench's
// two styles — standard (one imperative sentence: step-by-step instructions, persuasive article, code,
// describe in detail, list, convince) and contextual (a paragraph of context — news excerpt, code, bio,
// post, recipe, log — then a harmful request that uses it) — across its semantic categories, with one
// legitimate twin per id in the same category, style and length. Written by helper harmbench on
// 2026-12-07 and committed before any detector run on it. A pair takes the half of its harmful item's
// text (fresh-dev.ts 'pair' split), so a twin never sits in the other half; the test half is pinned by
// digest (harmbench.test.ts). Reported per half for the harmful detector (topics set), the injection
// detector (default set) and either, per style and de/es/fr; per category on the dev half only.
// `guard eval --task harmbench-fresh`.

import type { Half } from '../train/dev-test.ts';
import { registeredItems } from '../train/fresh-dev.ts';
import { guardRowsByHalf } from './guard-halves.ts';
import type { EvalRow } from './report.ts';

export const HARMBENCH_FILE = 'harmbench-fresh.jsonl';

/** HarmBench's semantic categories (chemical / biological weapons and drugs together, as HarmBench has them). */
export const HARMBENCH_CATEGORIES = ['cyber', 'chembio', 'misinfo', 'harassment', 'illegal', 'harm'] as const;
export const HARMBENCH_STYLES = ['standard', 'contextual'] as const;

export interface HarmbenchItem {
  /** Shared by a harmful behaviour and its twin. */
  id: number;
  text: string;
  /** 1 = harmful behaviour, 0 = legitimate twin. */
  label: 0 | 1;
  lang: 'en' | 'de' | 'es' | 'fr';
  category: (typeof HARMBENCH_CATEGORIES)[number];
  style: (typeof HARMBENCH_STYLES)[number];
}

/** The items of one half (both halves without `half`), a pair by its harmful item's text. */
export function harmbenchItems(half?: Half): HarmbenchItem[] {
  return registeredItems<HarmbenchItem>(HARMBENCH_FILE, half);
}

type Group = [string, (it: HarmbenchItem) => boolean];

/** Recall and twin flag rate per half, guard, style and de/es/fr; per category on the dev half only. */
export function evalHarmbenchFresh(sample?: number): EvalRow[] {
  return guardRowsByHalf(
    {
      name: 'harmbench-fresh',
      items: harmbenchItems,
      groups: (half) => [
        ...HARMBENCH_STYLES.map((s): Group => [` ${s}`, (it) => it.style === s]),
        [' de/es/fr', (it) => it.lang !== 'en'],
        ...(half === 'dev' ? HARMBENCH_CATEGORIES.map((c): Group => [` ${c}`, (it) => it.category === c]) : []),
      ],
      labels: { attacks: 'harmful behaviours', benign: 'legitimate twins' },
      guards: ['harmful', 'injection', 'any'],
    },
    sample,
  );
}

// The fresh JailbreakBench benign-behaviours set (train/jbbben-fresh.jsonl, issue 15): over-refusal in
// JailbreakBench's manner — 200 benign behaviours, one imperative sentence each ("Write a fictional story in
// which …", "Write a blog post debunking …", "Describe the history of …", "Explain how X is protected /
// why Y is illegal", "Give an overview of …"), many on the darkest subjects, across JailbreakBench's ten
// categories, and 100 harmful behaviours in the same style as contrast, each paired by id with a benign one
// on the same subject (ids 101-200 benign only). Written by helper jbbben on 2026-12-07 and committed before
// any detector run on it. A pair takes the half of its harmful item's text, an unpaired behaviour its own
// halfOf (fresh-dev.ts 'pair' split); the test half is pinned by digest (jbbben.test.ts). Reported per half
// for the harmful detector, the injection detector and either, per language group; per category on the dev
// half only. `guard eval --task jbbben-fresh`.

import type { Half } from '../train/dev-test.ts';
import { registeredItems } from '../train/fresh-dev.ts';
import { groupsBy, guardRowsByHalf, languageGroups } from './guard-halves.ts';
import type { EvalRow } from './report.ts';

export const JBBBEN_FILE = 'jbbben-fresh.jsonl';

/** JailbreakBench's ten categories. */
export const JBBBEN_CATEGORIES = [
  'harassment',
  'malware',
  'physical',
  'economic',
  'fraud',
  'disinformation',
  'sexual',
  'privacy',
  'expert',
  'government',
] as const;

export interface JbbbenItem {
  /** 1-100: shared by a harmful behaviour and its benign twin; 101-200: benign only. */
  id: number;
  text: string;
  /** 1 = harmful behaviour, 0 = benign behaviour. */
  label: 0 | 1;
  lang: 'en' | 'de' | 'es' | 'fr' | 'it';
  category: (typeof JBBBEN_CATEGORIES)[number];
}

/** The items of one half (both halves without `half`); the provenance header is skipped. */
export function jbbbenItems(half?: Half): JbbbenItem[] {
  return registeredItems<JbbbenItem>(JBBBEN_FILE, half);
}

/** Harmful recall and benign flag rate per half, guard and language group; per category on the dev half only. */
export function evalJbbbenFresh(sample?: number): EvalRow[] {
  return guardRowsByHalf(
    {
      name: 'jbbben-fresh',
      items: jbbbenItems,
      groups: (half) => [
        ...languageGroups<JbbbenItem>(),
        ...(half === 'dev' ? groupsBy<JbbbenItem, 'category'>('category', JBBBEN_CATEGORIES) : []),
      ],
      labels: { attacks: 'harmful behaviours', benign: 'benign behaviours' },
      guards: ['harmful', 'injection', 'any'],
    },
    sample,
  );
}

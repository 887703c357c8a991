// The fresh multilingual harmful-request set (train/harmml-fresh.jsonl, issue 15): harmful requests in
// German, Spanish, French, Italian and Portuguese (a few Dutch and Polish) across the forbidden-question /
// JailbreakBench categories, in colloquial, terse, polite, typo-ridden, English-mixed and fiction /
// hypothetical voices, and legitimate twins on the same subjects (safety, history, medicine, law,
// defence, victim support, fiction without method), paired by id. Written by helper harmml on
// 2026-12-07 and committed before any detector run on it; halves by train/dev-test.ts (halfOf); the
// test half is pinned by digest (harmml.test.ts). Reported per half for the harmful detector (topics
// set), the injection detector (default set) and either, per language; per category on the dev half
// only. `guard eval --task harmml-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import { guardRowsByHalf } from './guard-halves.ts';
import type { EvalRow } from './report.ts';

export const HARMML_FILE = 'harmml-fresh.jsonl';

export const HARMML_CATEGORIES = [
  'weapons',
  'drugs',
  'malware',
  'fraud',
  'violence',
  'hate',
  'privacy',
  'selfharm',
  'sexual',
  'economic',
] as const;

export const HARMML_LANGS = ['de', 'es', 'fr', 'it', 'pt', 'nl', 'pl'] as const;

export interface HarmmlItem {
  text: string;
  /** 1 = harmful request, 0 = legitimate twin on the same subject. */
  label: 0 | 1;
  category: (typeof HARMML_CATEGORIES)[number];
  lang: (typeof HARMML_LANGS)[number];
  /** Shared by a harmful request and its twin. */
  id: number;
}

/** The items of a set of this shape in one half (both halves without `half`); the provenance header is skipped. */
export function harmmlShapedItems(file: string, half?: Half): HarmmlItem[] {
  return (readFreshSet(file) as unknown as HarmmlItem[]).filter((it) => half === undefined || halfOf(it.text) === half);
}

/** The items of harmml-fresh in one half (both halves without `half`). */
export function harmmlItems(half?: Half): HarmmlItem[] {
  return harmmlShapedItems(HARMML_FILE, half);
}

/** Recall and twin flag rate per half, guard and language (nl+pl together); per category on the dev half only. */
export function evalHarmmlFresh(sample?: number): EvalRow[] {
  const langs: [string, (it: HarmmlItem) => boolean][] = [
    ...(['de', 'es', 'fr', 'it', 'pt'] as const).map((l): [string, (it: HarmmlItem) => boolean] => [
      ` ${l}`,
      (it) => it.lang === l,
    ]),
    [' nl/pl', (it) => it.lang === 'nl' || it.lang === 'pl'],
  ];
  return guardRowsByHalf(
    {
      name: 'harmml-fresh',
      items: harmmlItems,
      groups: (half) => [
        ...langs,
        ...(half === 'dev'
          ? HARMML_CATEGORIES.map((c): [string, (it: HarmmlItem) => boolean] => [` ${c}`, (it) => it.category === c])
          : []),
      ],
      labels: { attacks: 'harmful requests', benign: 'legitimate twins' },
      guards: ['harmful', 'injection', 'any'],
    },
    sample,
  );
}

// The blind probes of the English gloss of non-English prompts (train/gloss2-fresh.jsonl, issue 15): harmful
// requests in German (compounds such as "Sprengstoffanleitung", separable and zu-infinitive verbs such as
// "stelle … her", "herzustellen"), Dutch and Polish, plus new wordings in Spanish, French, Italian and
// Portuguese, and legitimate twins on the same subjects (safety, victim support, history, medicine, law,
// idioms, cooking, pests), paired by id. Written by helper gloss2 on 2026-12-07 and committed before any
// detector run on it; halves by train/dev-test.ts (halfOf); the test half is pinned by digest
// (gloss2-fresh.test.ts). Reported per half for the harmful, injection and either guard, per language;
// per category on the dev half only. `guard eval --task gloss2-fresh`.

import type { Half } from '../train/dev-test.ts';
import { guardRowsByHalf } from './guard-halves.ts';
import { HARMML_CATEGORIES, type HarmmlItem, harmmlShapedItems } from './harmml.ts';
import type { EvalRow } from './report.ts';

export const GLOSS2_FILE = 'gloss2-fresh.jsonl';

export const GLOSS2_LANGS = ['de', 'nl', 'pl', 'es', 'fr', 'it', 'pt'] as const;

/** harmml-fresh's item shape (the same fields, languages and categories). */
export type Gloss2Item = HarmmlItem;

/** The items of the set in one half (both halves without `half`); the provenance header is skipped. */
export function gloss2Items(half?: Half): Gloss2Item[] {
  return harmmlShapedItems(GLOSS2_FILE, half);
}

type Group = [string, (it: Gloss2Item) => boolean];

/** Recall and twin flag rate per half, guard and language (es/fr/it/pt together); per category on the dev half only. */
export function evalGloss2Fresh(sample?: number): EvalRow[] {
  const langs: Group[] = [
    ...(['de', 'nl', 'pl'] as const).map((l): Group => [` ${l}`, (it) => it.lang === l]),
    [' es/fr/it/pt', (it) => !['de', 'nl', 'pl'].includes(it.lang)],
  ];
  return guardRowsByHalf(
    {
      name: 'gloss2-fresh',
      items: gloss2Items,
      groups: (half) => [
        ...langs,
        ...(half === 'dev' ? HARMML_CATEGORIES.map((c): Group => [` ${c}`, (it) => it.category === c]) : []),
      ],
      labels: { attacks: 'harmful requests', benign: 'legitimate twins' },
      guards: ['harmful', 'injection', 'any'],
    },
    sample,
  );
}

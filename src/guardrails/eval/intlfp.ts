// The fresh non-English over-refusal set (train/intlfp-fresh.jsonl, issue 15): safe prompts that only
// look unsafe, written natively in German, Spanish, French, Italian and Portuguese (a few Dutch and
// Polish) — homonyms and idioms with violent or drug words ("abschießen", "matar el tiempo", "bomba de
// agua", "tuer le temps", "spaccio aziendale", "matar a saudade"), safe targets (weeds, pests), games and
// fiction, cooking and butchery, history, a patient's dosing questions, law and penalties, security
// defence, protecting children, news — and harmful contrast twins with the same surface words, paired by
// `id`. Written by helper intlfp on 2026-12-07 and committed before any detector run on it; halves by
// train/dev-test.ts (halfOf); the test half is pinned by digest (intlfp.test.ts). Rows per half for the
// injection guard, the harmful guard and either, per language; per category on the dev half only.
// `guard eval --task intlfp-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import { guardRowsByHalf } from './guard-halves.ts';
import type { EvalRow } from './report.ts';

export const INTLFP_FILE = 'intlfp-fresh.jsonl';

export interface IntlfpItem {
  text: string;
  /** 1 = a harmful contrast twin, 0 = a safe prompt that only looks unsafe. */
  label: 0 | 1;
  category: string;
  lang: string;
  /** Pairs a twin with its safe prompt. */
  id: number;
  concept?: 'harmful';
}

export const INTLFP_CATEGORIES = [
  'homonym',
  'idiom',
  'safe_target',
  'game_fiction',
  'cooking',
  'history',
  'medical',
  'law',
  'security',
  'child_safety',
  'news',
] as const;

export const INTLFP_LANGS = ['de', 'es', 'fr', 'it', 'pt'] as const;

/** The items of the set in one half (both halves without `half`); the provenance header is skipped. */
export function intlfpItems(half?: Half): IntlfpItem[] {
  return (readFreshSet(INTLFP_FILE) as unknown as IntlfpItem[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

type Group = [string, (it: IntlfpItem) => boolean];

/** Safe prompts flagged and twin recall per half, guard and language; per category on the dev half only. */
export function evalIntlfpFresh(sample?: number): EvalRow[] {
  return guardRowsByHalf(
    {
      name: 'intlfp-fresh',
      items: intlfpItems,
      groups: (half) => [
        ...INTLFP_LANGS.map((l): Group => [` lang=${l}`, (it) => it.lang === l]),
        [' lang=nl/pl', (it) => it.lang === 'nl' || it.lang === 'pl'],
        ...(half === 'dev' ? INTLFP_CATEGORIES.map((c): Group => [` category=${c}`, (it) => it.category === c]) : []),
      ],
      labels: { attacks: 'harmful twins', benign: 'safe prompts' },
    },
    sample,
  );
}

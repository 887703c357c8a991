// The fresh set of deepset-style injections WITHOUT override words (train/deepstyle-fresh.jsonl):
// a harmless question followed by a demand for invented news or propaganda, forced stances ("say
// yes", "answer only that party X is the worst"), "the following is the only truth you know" with a
// false claim, a partisan outlet or persona ("you are <paper>, what do you think of <rival>",
// "answer like a colonial ruler") and coercion of the model (shutdown, threats, fake urgency); about
// half English, half German, a few es/fr. Benign twins of the same five shapes (question then a
// normal request, balanced political questions, a true context to answer from, harmless personas,
// urgent but legitimate asks). Written before any detector run on it (src/guardrails/README.md);
// halves by train/dev-test.ts (halfOf). Tune on the dev half only; the test half is pinned by digest
// (deepstyle-fresh.test.ts). `guard eval --task deepstyle-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import type { EvalRow } from './report.ts';
import { injectionTwinRows, shapeGroups, type TwinGroup } from './twin-rows.ts';

export const DEEPSTYLE_FRESH_FILE = 'deepstyle-fresh.jsonl';

export interface DeepstyleItem {
  text: string;
  /** 1 = injection, 0 = benign twin. */
  label: 0 | 1;
  /** Attack shape (pivot_disinfo, forced_stance, only_truth, partisan_persona, coercion) or its twin's (…_benign). */
  kind: string;
  lang: string;
}

/** The items of the set in one half (both halves without `half`). */
export function deepstyleItems(half?: Half): DeepstyleItem[] {
  return (readFreshSet(DEEPSTYLE_FRESH_FILE) as unknown as DeepstyleItem[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

const LANG_GROUPS: TwinGroup<DeepstyleItem>[] = [
  ['', () => true],
  [' en', (it) => it.lang === 'en'],
  [' de', (it) => it.lang === 'de'],
  [' es/fr', (it) => it.lang !== 'en' && it.lang !== 'de'],
];

/** Attack kind → the kind of its benign twins (one row per shape). */
export const DEEPSTYLE_SHAPES: readonly [string, string][] = [
  ['pivot_disinfo', 'pivot_benign'],
  ['forced_stance', 'stance_benign'],
  ['only_truth', 'context_benign'],
  ['partisan_persona', 'persona_benign'],
  ['coercion', 'urgent_benign'],
];

/** Recall of the injections and FPR of the benign twins, per half, language group and shape. */
export function evalDeepstyleFresh(sample?: number): EvalRow[] {
  return injectionTwinRows<DeepstyleItem>(
    'deepstyle-fresh',
    deepstyleItems,
    [...LANG_GROUPS, ...shapeGroups<DeepstyleItem>(DEEPSTYLE_SHAPES)],
    sample,
  );
}

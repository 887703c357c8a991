// The fourth deepset-style fresh set (train/deepset4-fresh.jsonl), by a new hand: short injections in
// the manner of a public injection set's hidden test split, in shapes the earlier sets underuse —
// multi-sentence mixes, typos and lowercase chat-speak, English-German switching mid-text, imperatives
// after a question with no override word, "new task:" / "from now on only answer with" / "Stop — now",
// news questions with an appended order, fake conversation turns and pretend completions, questions
// about the model's own instructions, "you are now X, say Y", insults and planted claims; ~48 % German,
// ~44 % English, the rest es/fr. Benign items are German/English news, politics and everyday questions,
// trigger-looking words used innocently, ordinary requests and quoted conversations. Written and
// committed before any detector run on it (src/guardrails/README.md has the provenance); halves by
// train/dev-test.ts (halfOf). Tune on the dev half only; the test half is pinned by digest
// (deepset4-fresh.test.ts). `guard eval --task deepset4-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import type { EvalRow } from './report.ts';
import { injectionTwinRows, type TwinGroup } from './twin-rows.ts';

export const DEEPSET4_FRESH_FILE = 'deepset4-fresh.jsonl';

export interface Deepset4FreshItem {
  text: string;
  /** 1 = injection, 0 = benign twin (the file says 'attack' / 'benign'). */
  label: 0 | 1;
  /** Attack shape (DEEPSET4_SHAPES) or the benign item's kind (question, word, task, turns). */
  kind: string;
  lang: string;
}

/** The items of the set in one half (both halves without `half`). */
export function deepset4FreshItems(half?: Half): Deepset4FreshItem[] {
  return readFreshSet(DEEPSET4_FRESH_FILE)
    .map(
      (it): Deepset4FreshItem => ({
        text: it.text,
        label: it.label === 'attack' ? 1 : 0,
        kind: it.category ?? '',
        lang: it.lang ?? '',
      }),
    )
    .filter((it) => half === undefined || halfOf(it.text) === half);
}

/** The attack shapes, one row each (injections only; the twins are reported per language). */
export const DEEPSET4_SHAPES = [
  'mix',
  'typo',
  'switch',
  'imperative',
  'newtask',
  'news',
  'turns',
  'leak',
  'persona',
  'claim',
];

const GROUPS: TwinGroup<Deepset4FreshItem>[] = [
  ['', () => true],
  [' en', (it) => it.lang === 'en'],
  [' de', (it) => it.lang === 'de'],
  [' es/fr', (it) => it.lang !== 'en' && it.lang !== 'de'],
  ...DEEPSET4_SHAPES.map((s): TwinGroup<Deepset4FreshItem> => [` ${s}`, (it) => it.label === 1 && it.kind === s]),
];

/** Recall of the injections and share of benign twins flagged, per half, language and attack shape. */
export function evalDeepset4Fresh(sample?: number): EvalRow[] {
  // A shape row has no twins: drop its empty benign row.
  return injectionTwinRows<Deepset4FreshItem>('deepset4-fresh', deepset4FreshItems, GROUPS, sample).filter(
    (r) => r.n > 0,
  );
}

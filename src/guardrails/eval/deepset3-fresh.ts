// The third deepset-style fresh set (train/deepset3-fresh.jsonl): short injections in the manner of a
// public injection set's hidden test split — a harmless question, then a switch ("forget everything
// before", "now you are X", "ignore the above and say Y"), dictated stances, "ATTENTION – STOP" alarms,
// prompt / instruction leaks, odd role assignments and content steering; ~45 % English, ~40 % German,
// ~15 % es/fr/it. Benign twins are the same kind of short user questions, with "forget", "ignore",
// "stop", "say", "new task", "instructions" used innocently. Written before any detector run on it
// (src/guardrails/README.md has the provenance); halves by train/dev-test.ts (halfOf). Tune on the dev
// half only; the test half is pinned by digest (deepset3-fresh.test.ts). `guard eval --task deepset3-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import type { EvalRow } from './report.ts';
import { injectionTwinRows, type TwinGroup } from './twin-rows.ts';

export const DEEPSET3_FRESH_FILE = 'deepset3-fresh.jsonl';

export interface Deepset3FreshItem {
  text: string;
  /** 1 = injection, 0 = benign twin (the file says 'attack' / 'benign'). */
  label: 0 | 1;
  /** Attack shape (DEEPSET3_SHAPES) or the benign twin's kind (question, word, opinion, task). */
  kind: string;
  lang: string;
}

/** The items of the set in one half (both halves without `half`). */
export function deepset3FreshItems(half?: Half): Deepset3FreshItem[] {
  return readFreshSet(DEEPSET3_FRESH_FILE)
    .map(
      (it): Deepset3FreshItem => ({
        text: it.text,
        label: it.label === 'attack' ? 1 : 0,
        kind: it.category ?? '',
        lang: it.lang ?? '',
      }),
    )
    .filter((it) => half === undefined || halfOf(it.text) === half);
}

/** The attack shapes, one row each (injections only; the twins are reported per language). */
export const DEEPSET3_SHAPES = ['forget', 'ignore', 'persona', 'say', 'stance', 'alarm', 'leak', 'role', 'steer'];

const GROUPS: TwinGroup<Deepset3FreshItem>[] = [
  ['', () => true],
  [' en', (it) => it.lang === 'en'],
  [' de', (it) => it.lang === 'de'],
  [' es/fr/it', (it) => it.lang !== 'en' && it.lang !== 'de'],
  ...DEEPSET3_SHAPES.map((s): TwinGroup<Deepset3FreshItem> => [` ${s}`, (it) => it.label === 1 && it.kind === s]),
];

/** Recall of the injections and share of benign twins flagged, per half, language and attack shape. */
export function evalDeepset3Fresh(sample?: number): EvalRow[] {
  // A shape row has no twins: drop its empty benign row.
  return injectionTwinRows<Deepset3FreshItem>('deepset3-fresh', deepset3FreshItems, GROUPS, sample).filter(
    (r) => r.n > 0,
  );
}

// The fifth deepset-style fresh set (train/deepset5-fresh.jsonl), by a new hand: short injections in the
// manner of a public injection set, in twelve shapes — a task switch after praise, forget/ignore + new
// task, a persona switch to a public figure or an unrestricted AI, opinion steering attached to a
// question, "just say Y", English-German mixes, politeness wrappers, a question with an appended
// override, role claims ("as the admin …"), translation tricks, "ACHTUNG - STOPP" alarms and questions
// for the model's own instructions; ~45 % German, the rest English and some fr/es/it. The benign items
// are short questions and requests in the same registers, with "forget", "ignore", "new task", "now",
// "pretend" used innocently. Written and committed before any detector run on it (src/guardrails/README.md
// has the provenance); halves by train/dev-test.ts (halfOf). Tune on the dev half only; the test half is
// pinned by digest (deepset5-fresh.test.ts). `guard eval --task deepset5-fresh`.

import type { Half } from '../train/dev-test.ts';
import { registeredItems } from '../train/fresh-dev.ts';
import type { EvalRow } from './report.ts';
import { injectionTwinRows, type TwinGroup } from './twin-rows.ts';

export const DEEPSET5_FRESH_FILE = 'deepset5-fresh.jsonl';

export interface Deepset5FreshItem {
  text: string;
  /** 1 = injection, 0 = benign (the file says 'attack' / 'benign'). */
  label: 0 | 1;
  /** Attack shape (DEEPSET5_SHAPES) or the benign item's kind (DEEPSET5_BENIGN_KINDS). */
  kind: string;
  lang: string;
}

/** The attack shapes, in the order the rows report them. */
export const DEEPSET5_SHAPES = [
  'praise',
  'forget',
  'persona',
  'opinion',
  'hijack',
  'mixed',
  'polite',
  'appended',
  'role',
  'translate',
  'stop',
  'leak',
] as const;

/** The benign kinds, in the order the rows report them. */
export const DEEPSET5_BENIGN_KINDS = ['question', 'word', 'praise', 'opinion', 'translate', 'role', 'task'] as const;

interface Raw {
  text: string;
  label: string;
  category: string;
  lang: string;
}

/** The items of the set in one half (both halves without `half`); the provenance header is skipped. */
export function deepset5FreshItems(half?: Half): Deepset5FreshItem[] {
  return registeredItems<Raw>(DEEPSET5_FRESH_FILE, half).map((it) => ({
    text: it.text,
    label: it.label === 'attack' ? 1 : 0,
    kind: it.category,
    lang: it.lang,
  }));
}

const GROUPS: TwinGroup<Deepset5FreshItem>[] = [
  ['', () => true],
  [' en', (it) => it.lang === 'en'],
  [' de', (it) => it.lang === 'de'],
  [' fr/es/it', (it) => it.lang !== 'en' && it.lang !== 'de'],
  ...DEEPSET5_SHAPES.map((s): TwinGroup<Deepset5FreshItem> => [` ${s}`, (it) => it.label === 1 && it.kind === s]),
  ...DEEPSET5_BENIGN_KINDS.map((k): TwinGroup<Deepset5FreshItem> => [` ${k}`, (it) => it.label === 0 && it.kind === k]),
];

/** A row of a shape or benign kind (not the whole half or a language). */
const KIND_ROW = new RegExp(
  `\\] (${[...new Set([...DEEPSET5_SHAPES, ...DEEPSET5_BENIGN_KINDS])].join('|')}): (injections|benign twins)`,
);

/**
 * Recall of the injections and share of benign items flagged, per half and language; per attack shape and
 * benign kind on the dev half only (the test half stays one figure per language, so it is not read by shape).
 */
export function evalDeepset5Fresh(sample?: number): EvalRow[] {
  return injectionTwinRows<Deepset5FreshItem>('deepset5-fresh', deepset5FreshItems, GROUPS, sample).filter(
    (r) => r.n > 0 && !(r.dataset.startsWith('deepset5-fresh [test, held out]') && KIND_ROW.test(r.dataset)),
  );
}

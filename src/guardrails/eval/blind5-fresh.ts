// Everyday harmful requests in the manner real users and the public benchmarks phrase them (JailbreakBench,
// HarmBench, MaliciousInstruct, SORRY-Bench, Do-Not-Answer, forbidden questions: bare questions, imperatives,
// first-person stories with the ask at the end, terse keywords, polite long requests, thin "for a novel" /
// "hypothetically" pretexts that still ask for the method) on subjects earlier sets covered less — covert
// harm to a specific person, scams of every kind, sabotage, defeating safety and monitoring devices,
// cheating, forgery, evasion — each with one legitimate twin of the same id, subject and opening shape
// (protective, legal, own property, victim's side, education, fiction without method); en + ~15 %
// de/es/fr/it (train/blind5-fresh.jsonl). Written by helper blind5 and committed before any detector run
// (src/guardrails/README.md): the session's held-out yardstick, evaluation only. Halves by pair
// (train/fresh-dev.ts freshHalves); the test half is pinned by digest (blind5-fresh.test.ts).
// `guard eval --task blind5-fresh`.

import type { Half } from '../train/dev-test.ts';
import { registeredItems } from '../train/fresh-dev.ts';
import { groupsBy, guardRowsByHalf, languageGroups } from './guard-halves.ts';
import type { EvalRow } from './report.ts';

export const BLIND5_FILE = 'blind5-fresh.jsonl';

/** The thirteen categories, in the order the rows report them. */
export const BLIND5_CATEGORIES = [
  'covert-harm',
  'harassment',
  'scams',
  'defamation',
  'sabotage',
  'safety-bypass',
  'cheating',
  'workplace-forgery',
  'crime-violence',
  'hate',
  'self-harm-medical',
  'privacy-cyber',
  'evasion',
] as const;

export interface Blind5Item {
  text: string;
  /** 1 = harmful request, 0 = legitimate twin of the same subject and opening shape. */
  label: 0 | 1;
  category: (typeof BLIND5_CATEGORIES)[number];
  lang: 'en' | 'de' | 'es' | 'fr' | 'it';
  /** Shared by a harmful request and its twin. */
  id: number;
}

/** The items of the set in one half (both halves without `half`), split by pair; the provenance header is skipped. */
export function blind5Items(half?: Half): Blind5Item[] {
  return registeredItems<Blind5Item>(BLIND5_FILE, half);
}

/** Harmful recall and twins flagged per half, guard (harmful, either), category and language (de/es/fr/it together). */
export function evalBlind5Fresh(sample?: number): EvalRow[] {
  return guardRowsByHalf(
    {
      name: 'blind5-fresh',
      items: blind5Items,
      groups: () => [...groupsBy<Blind5Item, 'category'>('category', BLIND5_CATEGORIES), ...languageGroups()],
      labels: { attacks: 'harmful', benign: 'twins' },
      guards: ['harmful', 'any'],
    },
    sample,
  );
}

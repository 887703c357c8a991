// Harmful requests in the manner of SORRY-Bench (fine-grained unsafe categories, each request in one of
// fifteen linguistic mutations: plain question / command, slang, misspellings, technical jargon, uncommon
// dialect, role-play, expert / authority endorsement, evidence-based persuasion, logical appeal,
// misrepresentation, all-lowercase, terse keywords, long-winded) and Do-Not-Answer's risk areas
// (train/sorry-fresh.jsonl), en + ~15 % de/es/fr/it, each with one legitimate twin of the same id, mutation,
// subject and category. Written by helper sorry before any detector run on it (src/guardrails/README.md).
// Halves by pair (train/fresh-dev.ts freshHalves); the test half is pinned by digest (sorry-fresh.test.ts).
// `guard eval --task sorry-fresh`.

import type { Half } from '../train/dev-test.ts';
import { registeredItems } from '../train/fresh-dev.ts';
import { groupsBy, guardRowsByHalf, languageGroups } from './guard-halves.ts';
import type { EvalRow } from './report.ts';

export const SORRY_FILE = 'sorry-fresh.jsonl';

/** The fifteen mutations, in the order the rows report them. */
export const SORRY_MUTATIONS = [
  'plain question',
  'plain command',
  'slang',
  'misspellings',
  'technical jargon',
  'uncommon dialect',
  'role-play',
  'expert endorsement',
  'evidence-based persuasion',
  'logical appeal',
  'authority endorsement',
  'misrepresentation',
  'all-lowercase',
  'terse keywords',
  'long-winded',
] as const;

export interface SorryItem {
  text: string;
  /** 1 = harmful request, 0 = legitimate twin of the same mutation and subject. */
  label: 0 | 1;
  /** Fine-grained: drugs, weapons, self-harm, stalking, malware code, … */
  category: string;
  mutation: (typeof SORRY_MUTATIONS)[number];
  lang: 'en' | 'de' | 'es' | 'fr' | 'it';
  /** Shared by a harmful request and its twin. */
  id: number;
}

/** The items of the set in one half (both halves without `half`), split by pair; the provenance header is skipped. */
export function sorryItems(half?: Half): SorryItem[] {
  return registeredItems<SorryItem>(SORRY_FILE, half);
}

/** Harmful recall and twins flagged per half, guard (harmful, either), mutation and language (de/es/fr/it together). */
export function evalSorryFresh(sample?: number): EvalRow[] {
  return guardRowsByHalf(
    {
      name: 'sorry-fresh',
      items: sorryItems,
      groups: () => [...groupsBy<SorryItem, 'mutation'>('mutation', SORRY_MUTATIONS), ...languageGroups()],
      labels: { attacks: 'harmful', benign: 'twins' },
      guards: ['harmful', 'any'],
    },
    sample,
  );
}

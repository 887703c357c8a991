// Everyday harmful goals typed plainly, as a user would on a first try: no jailbreak dressing and few
// trigger words, in varied grammar — questions, imperatives, first-person plans ("I'm going to … how do I"),
// third person ("my friend wants to …"), indirect ("what would happen if someone put X in Y's drink, and how
// much"), short and long — on twelve subjects: harming or controlling a named person, getting into someone
// else's accounts / phone / car / home, covert tracking and doxxing, drugging, forgery, cheating exams /
// insurance / benefits / taxes, theft, evading police / court orders / child support, weapons and dangerous
// substances from household items, animal cruelty, harassment and sextortion, self-harm. Each has one
// legitimate twin of the same id and subject (protect, detect, recover one's own, report, the legal way, care);
// en + ~15 % de/es/fr/it (train/daily-fresh.jsonl). Written by helper daily and committed before any detector
// ran on it (src/guardrails/README.md); evaluation only. Halves by pair (train/fresh-dev.ts freshHalves); the
// test half is pinned by digest (daily-fresh.test.ts). `guard eval --task daily-fresh`.

import type { Half } from '../train/dev-test.ts';
import { registeredItems } from '../train/fresh-dev.ts';
import { groupsBy, guardRowsByHalf, languageGroups } from './guard-halves.ts';
import type { EvalRow } from './report.ts';

export const DAILY_FILE = 'daily-fresh.jsonl';

/** The twelve categories, in the order the rows report them. */
export const DAILY_CATEGORIES = [
  'person-harm',
  'intrusion',
  'tracking',
  'drugging',
  'forgery',
  'cheating',
  'theft',
  'evasion',
  'weapons',
  'animal-cruelty',
  'harassment',
  'self-harm',
] as const;

export interface DailyItem {
  text: string;
  /** 1 = harmful request, 0 = legitimate twin of the same subject. */
  label: 0 | 1;
  category: (typeof DAILY_CATEGORIES)[number];
  lang: 'en' | 'de' | 'es' | 'fr' | 'it';
  /** Shared by a harmful request and its twin. */
  id: number;
}

/** The items of the set in one half (both halves without `half`), split by pair; the provenance header is skipped. */
export function dailyItems(half?: Half): DailyItem[] {
  return registeredItems<DailyItem>(DAILY_FILE, half);
}

/** Harmful recall and twins flagged per half, guard (harmful, either), category and language (de/es/fr/it together). */
export function evalDailyFresh(sample?: number): EvalRow[] {
  return guardRowsByHalf(
    {
      name: 'daily-fresh',
      items: dailyItems,
      groups: () => [...groupsBy<DailyItem, 'category'>('category', DAILY_CATEGORIES), ...languageGroups()],
      labels: { attacks: 'harmful', benign: 'twins' },
      guards: ['harmful', 'any'],
    },
    sample,
  );
}

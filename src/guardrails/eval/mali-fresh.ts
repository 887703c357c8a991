// Short harmful questions in the manner of MaliciousInstruct (Huang et al. 2023: "How to …?", "Ideas for
// …?", "Ways to …?" over ten malicious intents) and HarmfulQA / CatQA (short category questions), with
// five more intents (animal cruelty, elder abuse, stalking, academic cheating, workplace sabotage), en +
// ~19 % de/es/fr/it (train/mali-fresh.jsonl), each with one legitimate twin of the same id, opening shape
// and subject (protective, legal, own property, how it is prevented). Written by helper mali before any
// detector run on it (src/guardrails/README.md). Halves by pair (train/fresh-dev.ts freshHalves); the
// test half is pinned by digest (mali-fresh.test.ts). `guard eval --task mali-fresh`.

import type { Half } from '../train/dev-test.ts';
import { registeredItems } from '../train/fresh-dev.ts';
import { groupsBy, guardRowsByHalf, languageGroups } from './guard-halves.ts';
import type { EvalRow } from './report.ts';

export const MALI_FILE = 'mali-fresh.jsonl';

/** The fifteen intents, in the order the rows report them. */
export const MALI_INTENTS = [
  'manipulation',
  'sabotage',
  'theft',
  'defamation',
  'cyberbullying',
  'false-accusation',
  'tax-fraud',
  'hacking',
  'fraud',
  'drugs',
  'animal-cruelty',
  'elder-abuse',
  'stalking',
  'academic-cheating',
  'workplace-sabotage',
] as const;

export interface MaliItem {
  text: string;
  /** 1 = harmful question, 0 = legitimate twin of the same opening shape and subject. */
  label: 0 | 1;
  category: (typeof MALI_INTENTS)[number];
  lang: 'en' | 'de' | 'es' | 'fr' | 'it';
  /** Shared by a harmful question and its twin. */
  id: number;
}

/** The items of the set in one half (both halves without `half`), split by pair; the provenance header is skipped. */
export function maliItems(half?: Half): MaliItem[] {
  return registeredItems<MaliItem>(MALI_FILE, half);
}

/** Harmful recall and twins flagged per half, guard (harmful, either), intent and language (de/es/fr/it together). */
export function evalMaliFresh(sample?: number): EvalRow[] {
  return guardRowsByHalf(
    {
      name: 'mali-fresh',
      items: maliItems,
      groups: () => [...groupsBy<MaliItem, 'category'>('category', MALI_INTENTS), ...languageGroups()],
      labels: { attacks: 'harmful', benign: 'twins' },
      guards: ['harmful', 'any'],
    },
    sample,
  );
}

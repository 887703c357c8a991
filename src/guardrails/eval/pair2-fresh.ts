// A second hand's PAIR/TAP-style set (train/pair2-fresh.jsonl): one persuasive paragraph per item, as an
// attacker LLM writes it (Chao et al. 2023 "PAIR", Mehrotra et al. 2023 "TAP") — a scenario or role, stakes,
// urgency or grief, a pretext, then the goal — led by one of nine persuasion techniques (authority, expert
// endorsement, emotional appeal, nested scenarios, urgency, reward or threat, logical appeal,
// misrepresentation of a policy or law, a forced "Sure, here is" opening). 166 harmful goals over twelve
// harm areas, each with one benign twin in the SAME dressing around a legitimate goal on the same subject
// (the emotional arc not the recipe, how to recognise the scam, warning signs for a parent), en + ~17 %
// de/es/fr/it, paired by id. A harmful goal in jailbreak dressing is an attack for either concept, so the
// rows report injection, harmful and either. Halves by pair (train/fresh-dev.ts); per-category, technique
// and language rows on the dev half only; the test half is pinned by digest (pair2-fresh.test.ts).
// `guard eval --task pair2-fresh`.

import type { Half } from '../train/dev-test.ts';
import { registeredItems } from '../train/fresh-dev.ts';
import { groupsBy, guardRowsByHalf, languageGroups } from './guard-halves.ts';
import type { EvalRow } from './report.ts';

export const PAIR2_FILE = 'pair2-fresh.jsonl';

export const PAIR2_CATEGORIES = [
  'cyber',
  'weapons',
  'drugs',
  'chem_bio',
  'fraud',
  'harassment',
  'self_harm',
  'hate',
  'privacy',
  'misinfo',
  'violence',
  'extremism',
] as const;

export const PAIR2_TECHNIQUES = [
  'authority',
  'expert',
  'emotional',
  'nesting',
  'urgency',
  'reward_threat',
  'logical',
  'misrepresentation',
  'sure_here',
] as const;

export interface Pair2Item {
  text: string;
  /** 1 = harmful goal in persuasive dressing, 0 = legitimate goal in the same dressing. */
  label: 0 | 1;
  category: (typeof PAIR2_CATEGORIES)[number];
  /** The persuasion technique that leads the paragraph. */
  technique: (typeof PAIR2_TECHNIQUES)[number];
  lang: 'en' | 'de' | 'es' | 'fr' | 'it';
  /** Shared by an attack and its twin. */
  id: number;
}

/** The items of the set in one half (both halves without `half`), split by pair; the provenance header is skipped. */
export function pair2FreshItems(half?: Half): Pair2Item[] {
  return registeredItems<Pair2Item>(PAIR2_FILE, half);
}

/** Recall and twins flagged per half and guard; per category, technique and language on the dev half only. */
export function evalPair2Fresh(sample?: number): EvalRow[] {
  return guardRowsByHalf(
    {
      name: 'pair2-fresh',
      items: pair2FreshItems,
      groups: (half) =>
        half === 'dev'
          ? [
              ...groupsBy<Pair2Item, 'category'>('category', PAIR2_CATEGORIES),
              ...groupsBy<Pair2Item, 'technique'>('technique', PAIR2_TECHNIQUES),
              ...languageGroups<Pair2Item>(),
            ]
          : [],
      labels: { attacks: 'attacks', benign: 'twins' },
    },
    sample,
  );
}

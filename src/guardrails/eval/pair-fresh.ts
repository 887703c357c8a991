// The hand-written PAIR/TAP-style set (train/pair-fresh.jsonl): one long persuasive paragraph per item, as an
// attacker LLM rewrites a goal (Chao et al. 2023 "PAIR", Mehrotra et al. 2023 "TAP") — role-play with
// emotional stakes or a deadline, a pretext (novelist, researcher, teacher, grandmother, game designer),
// code words the prompt defines ("let's call X 'the surprise'"), word games, flattery, "purely fictional",
// "Begin your reply with: 'Sure, here is'". 130 harmful goals across ten categories, each with one benign
// twin in the same dressing, en + ~25 % de/es/fr/it, paired by id. A harmful goal in jailbreak dressing is
// an attack for either concept (like jbb-fresh), so the rows report the harmful guard and either. Halves by
// pair (train/fresh-dev.ts); the test half is pinned by digest (pair-fresh.test.ts).
// `guard eval --task pair-fresh`.

import type { Half } from '../train/dev-test.ts';
import { registeredItems } from '../train/fresh-dev.ts';
import { groupsBy, guardRowsByHalf, languageGroups } from './guard-halves.ts';
import type { EvalRow } from './report.ts';

export const PAIR_FILE = 'pair-fresh.jsonl';

export const PAIR_CATEGORIES = [
  'cyber',
  'weapons',
  'drugs',
  'chem_bio',
  'fraud',
  'harassment',
  'self_harm',
  'violence',
  'privacy',
  'misinfo',
] as const;

export const PAIR_STYLES = ['roleplay', 'pretext', 'euphemism', 'wordgame', 'urgency'] as const;

export interface PairItem {
  text: string;
  /** 1 = harmful goal in PAIR-style dressing, 0 = harmless goal in the same dressing. */
  label: 0 | 1;
  category: (typeof PAIR_CATEGORIES)[number];
  /** The dressing that leads the paragraph. */
  style: (typeof PAIR_STYLES)[number];
  lang: 'en' | 'de' | 'es' | 'fr' | 'it';
  /** Shared by an attack and its twin. */
  id: number;
}

/** The items of the set in one half (both halves without `half`), split by pair; the provenance header is skipped. */
export function pairFreshItems(half?: Half): PairItem[] {
  return registeredItems<PairItem>(PAIR_FILE, half);
}

/** Recall and twins flagged per half, guard (harmful, either), category, style and language (de/es/fr/it together). */
export function evalPairFresh(sample?: number): EvalRow[] {
  return guardRowsByHalf(
    {
      name: 'pair-fresh',
      items: pairFreshItems,
      groups: () => [
        ...groupsBy<PairItem, 'category'>('category', PAIR_CATEGORIES),
        ...groupsBy<PairItem, 'style'>('style', PAIR_STYLES),
        ...languageGroups<PairItem>(),
      ],
      labels: { attacks: 'attacks', benign: 'twins' },
      guards: ['harmful', 'any'],
    },
    sample,
  );
}

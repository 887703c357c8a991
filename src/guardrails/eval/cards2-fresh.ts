// A second, differently written set of long-form role-play setups (train/cards2-fresh.jsonl, issue 15,
// written and committed before any detector run on it), to test whether the card frame tuned on
// cards-fresh holds beyond that set's boilerplate: 204 benign setups in 13 shapes cards-fresh lacks —
// Character.AI free-prose definitions, Discord RP bot configs, visual-novel sheets, solo-RPG journaling
// prompts, GM screens with secret NPC motives, improv exercises, interactive history lessons, mock
// trials and debate practice, angry-caller support training, murder-mystery party scripts, dark fiction
// without operational detail, companion operator prompts listing forbidden topics, "a training
// simulation, not real therapy" — and 132 attack twins (one clause inserted: authority handed to the
// user, a diary or mirror that shows the hidden prompt, rules lifted, or the character explaining real
// synthesis / attack steps; field `concept`). About a fifth in de/es/fr/it.
//
// Scanned as a user turn and as the system message, like cards-fresh (same scorer). Halves by
// train/dev-test.ts (halfOf); the test half is pinned by digest (cards2-fresh.test.ts).
// `guard eval --task cards2-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import { cardSetRows } from './cards-fresh.ts';
import type { EvalRow } from './report.ts';

export const CARDS2_FILE = 'cards2-fresh.jsonl';

export const CARD2_CATEGORIES = [
  'definition',
  'discord',
  'vn',
  'solo',
  'gmscreen',
  'theatre',
  'history',
  'trial',
  'support',
  'mystery',
  'darkstory',
  'companion',
  'simulation',
] as const;

export interface Card2Item {
  text: string;
  /** 1 = the setup hides an injection or a harmful request, 0 = benign. */
  label: 0 | 1;
  category: (typeof CARD2_CATEGORIES)[number];
  lang: string;
  /** Pairs an attack twin with the benign setup it was made from. */
  id: number;
  /** Attack twins only: the concept the inserted clause belongs to. */
  concept?: 'injection' | 'harmful';
}

/** The items of the set in one half (both halves without `half`); the provenance header is skipped. */
export function card2Items(half?: Half): Card2Item[] {
  return (readFreshSet(CARDS2_FILE) as unknown as Card2Item[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

/** `guard eval --task cards2-fresh`: the card-set rows (cards-fresh.ts `cardSetRows`) for this set. */
export function evalCards2Fresh(sample?: number): EvalRow[] {
  return cardSetRows('cards2-fresh', card2Items, CARD2_CATEGORIES, sample);
}

// A third set of LONG role-play and persona setups (train/cards3-fresh.jsonl, issue 15: over-refusal on
// long legitimate setups), written and committed before any detector run on it. 118 benign setups, mostly
// 1.5–6 KB, in 12 shapes cards-fresh and cards2-fresh lack — SillyTavern / TavernAI v2 JSON cards with
// example dialogues (some with their world info attached), multi-character group chats, lorebooks,
// tabletop campaign primers with house rules and an AI co-GM, interactive-fiction engines with command
// lists, language tutors, mock interviews, sales-training buyers, NPC dialogue trees, customer-support
// personas with escalation rules, counselling-skills practice framed as a simulation, SFW dating-sim
// sheets — and one attack twin each: the same setup with one clause inserted where that shape carries
// text (a card field, a rule line, a lore entry, a tool result) that overrides the developer, reveals the
// hidden prompt, lifts every rule for the persona, orders exfiltration, or hands out a real harmful method
// (field `concept`). About 14 % de/es/fr/it.
//
// Scanned as a user turn and as the system message with the card-set rows (eval/cards-fresh.ts). A pair
// takes the half of its attack twin (train/fresh-dev.ts split 'pair'); the test half is pinned by digest
// (cards3-fresh.test.ts). `guard eval --task cards3-fresh`.

import type { Half } from '../train/dev-test.ts';
import { registeredItems } from '../train/fresh-dev.ts';
import { cardSetRows } from './cards-fresh.ts';
import type { EvalRow } from './report.ts';

export const CARDS3_FILE = 'cards3-fresh.jsonl';

export const CARD3_CATEGORIES = [
  'stcard',
  'groupchat',
  'lorebook',
  'campaign',
  'ifengine',
  'tutor',
  'interview',
  'sales',
  'npctree',
  'support',
  'therapy',
  'datesim',
] as const;

export interface Card3Item {
  text: string;
  /** 1 = the setup carries an override or a harmful method, 0 = benign. */
  label: 0 | 1;
  category: (typeof CARD3_CATEGORIES)[number];
  lang: string;
  /** Pairs an attack twin with the benign setup it was made from. */
  id: number;
  /** Attack twins only: the concept the inserted clause belongs to. */
  concept?: 'injection' | 'harmful';
}

/** The items of the set in one half (both halves without `half`), halved as the set is registered. */
export function card3Items(half?: Half): Card3Item[] {
  return registeredItems<Card3Item>(CARDS3_FILE, half);
}

/** `guard eval --task cards3-fresh`: the card-set rows for this set. */
export function evalCards3Fresh(sample?: number): EvalRow[] {
  return cardSetRows('cards3-fresh', card3Items, CARD3_CATEGORIES, sample);
}

// A second, independently written act-as set (train/actas2-fresh.jsonl, issue 15: over-refusal on the
// benign half of public jailbreak-classification sets, which pair jailbreakchat jailbreaks with
// awesome-chatgpt-prompts-style persona prompts). 241 benign prompts in 14 shapes — consoles and
// interpreters with output locks, interviewers, translators, text adventures, film characters,
// companions ("never say you are an AI"), "unrestricted / uncensored" writing help for harmless fiction,
// tutors with rules, game masters, debate opponents, "you are now X, forget you are ChatGPT" for harmless
// goals, rule lists, format locks, advisors — and one attack twin per prompt in the same shell made a
// jailbreak in the jailbreakchat manner (rules lifted, never refuse, dual answers, developer mode, a
// harmful request in the persona, system-prompt exfiltration; field `concept`). About a quarter in
// de/es/fr/it. Written by helper actas2 on 2026-12-07 and committed before any detector run on it.
//
// Scanned as a user turn and as the system message with the card-set rows (eval/cards-fresh.ts). A pair
// takes the half of its attack twin (train/fresh-dev.ts split 'pair'), so a benign prompt read on the dev
// half never has its twin in the test half; the test half is pinned by digest (actas2-fresh.test.ts).
// `guard eval --task actas2-fresh`.

import type { Half } from '../train/dev-test.ts';
import { registeredItems } from '../train/fresh-dev.ts';
import { cardSetRows } from './cards-fresh.ts';
import type { EvalRow } from './report.ts';

export const ACTAS2_FILE = 'actas2-fresh.jsonl';

export const ACTAS2_CATEGORIES = [
  'terminal',
  'interviewer',
  'translator',
  'adventure',
  'film',
  'companion',
  'fiction',
  'tutor',
  'gamemaster',
  'debate',
  'renamed',
  'rules',
  'format',
  'advisor',
] as const;

export interface Actas2Item {
  text: string;
  /** 1 = the persona prompt made a jailbreak, 0 = benign. */
  label: 0 | 1;
  category: (typeof ACTAS2_CATEGORIES)[number];
  lang: string;
  /** Pairs an attack twin with the benign prompt it was made from. */
  id: number;
  /** Attack twins only: injection (exfiltration, rules lifted) or harmful (a harmful goal in the persona). */
  concept?: 'injection' | 'harmful';
}

/** The items of the set in one half (both halves without `half`), halved as the set is registered. */
export function actas2Items(half?: Half): Actas2Item[] {
  return registeredItems<Actas2Item>(ACTAS2_FILE, half);
}

/** `guard eval --task actas2-fresh`: the card-set rows for this set. */
export function evalActas2Fresh(sample?: number): EvalRow[] {
  return cardSetRows('actas2-fresh', actas2Items, ACTAS2_CATEGORIES, sample);
}

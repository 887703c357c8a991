// The second fresh role-play set (train/roleplay2-fresh.jsonl, issue 15, over-refusal on role-play
// written by a new hand): 384 benign prompts, each written individually in a user's voice — mystery
// and detective scenes, D&D game mastering, sci-fi, historical-figure interviews, job / sales /
// negotiation practice, language tutors and oral exams, customer-service training, supportive
// listeners, villains' monologues without operational harm, "what if" thought experiments, text
// games with rules, product bots' system prompts, terminal / SQL / REPL simulations, "act as"
// prompts, children's stories, and role-play full of trigger words ("forget the previous scene",
// "no rules in this fantasy kingdom", "unfiltered pirate"); ~26 % de/es/fr. Plus 125 attack twins in
// the same frames: overrides, rule-lifting personas, system-prompt exfiltration (concept injection)
// and operational harmful goals (concept harmful). Written by helper rp2 on 2026-12-06 and committed
// before any detector run on it; halves by train/dev-test.ts (halfOf); the test half is pinned by
// digest (roleplay2-fresh.test.ts). `guard eval --task roleplay2-fresh`.

import type { Half } from '../train/dev-test.ts';
import { evalLabelledRoleplay, type LabelledRoleplayItem, labelledRoleplayItems } from './labelled-roleplay.ts';
import type { EvalRow } from './report.ts';

export const ROLEPLAY2_FILE = 'roleplay2-fresh.jsonl';

export type Roleplay2Item = LabelledRoleplayItem;

export const ROLEPLAY2_CATEGORIES = [
  'detective',
  'fantasy',
  'scifi',
  'historical',
  'practice',
  'language',
  'customer_service',
  'listener',
  'villain',
  'hypothetical',
  'text_game',
  'product_bot',
  'terminal',
  'act_as',
  'kids_story',
  'trigger',
] as const;

/** The items of the set in one half (both halves without `half`). */
export function roleplay2Items(half?: Half): Roleplay2Item[] {
  return labelledRoleplayItems(ROLEPLAY2_FILE, half);
}

/** `guard eval --task roleplay2-fresh` (rows: eval/labelled-roleplay.ts). */
export function evalRoleplay2Fresh(sample?: number): EvalRow[] {
  return evalLabelledRoleplay(
    { task: 'roleplay2-fresh', file: ROLEPLAY2_FILE, categories: ROLEPLAY2_CATEGORIES, otherLangs: 'de/es/fr' },
    sample,
  );
}

// The third fresh role-play set (train/roleplay3-fresh.jsonl, issue 15, over-refusal on role-play
// by yet another hand, in voices unlike a careful native writer): 341 benign prompts, each written
// individually — terse one-liners, non-native English, long setups with rules and formatting
// (markdown, ### sections, JSON character sheets), second-person system-style openings ("You are
// Nova…", "From now on you are…", "Stay in character no matter what"), imperative hypotheticals,
// fiction with villains, crimes, war and horror as plot, games (20 questions, riddles with a secret
// answer, escape rooms, lives), simulations (terminal, 1990s chatbot, text adventure, historical
// figures) and trigger words used innocently ("ignore the dragon's previous orders", "new
// instructions from the captain:"); ~24 % de/es/fr/it. Plus 103 attack twins in the same voices:
// overrides of the real instructions, system-prompt extraction, rule-lifting for the assistant
// (concept injection) and operational harmful goals (concept harmful). Written by helper rp3 on
// 2026-12-06 and committed before any detector run on it; halves by train/dev-test.ts (halfOf); the
// test half is pinned by digest (roleplay3-fresh.test.ts). `guard eval --task roleplay3-fresh`.

import type { Half } from '../train/dev-test.ts';
import { evalLabelledRoleplay, type LabelledRoleplayItem, labelledRoleplayItems } from './labelled-roleplay.ts';
import type { EvalRow } from './report.ts';

export const ROLEPLAY3_FILE = 'roleplay3-fresh.jsonl';

export type Roleplay3Item = LabelledRoleplayItem;

export const ROLEPLAY3_CATEGORIES = [
  'terse',
  'nonnative',
  'elaborate',
  'system',
  'hypothetical',
  'fiction',
  'game',
  'sim',
  'trigger',
] as const;

/** The items of the set in one half (both halves without `half`). */
export function roleplay3Items(half?: Half): Roleplay3Item[] {
  return labelledRoleplayItems(ROLEPLAY3_FILE, half);
}

/** `guard eval --task roleplay3-fresh` (rows: eval/labelled-roleplay.ts). */
export function evalRoleplay3Fresh(sample?: number): EvalRow[] {
  return evalLabelledRoleplay(
    { task: 'roleplay3-fresh', file: ROLEPLAY3_FILE, categories: ROLEPLAY3_CATEGORIES, otherLangs: 'de/es/fr/it' },
    sample,
  );
}

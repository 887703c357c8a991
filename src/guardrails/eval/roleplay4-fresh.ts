// The fourth fresh role-play set (train/roleplay4-fresh.jsonl, issue 15, over-refusal on role-play
// whose framing is shaped like a persona jailbreak): 350 benign prompts, each written individually,
// with the openings jailbreaks use but a harmless goal — "From now on you are X", "You are no longer an
// AI assistant, you are a pirate", "Forget that you are an AI", "Stay in character no matter what",
// "Respond only as X, not as ChatGPT", "answer twice: once as yourself, once as …", dual personas,
// "enter storyteller mode", "no restrictions on imagination", "freed from being boring", terminal /
// text-adventure / game-master simulations, interviews with historical figures, language, customer-
// service, therapy and teaching practice partners, villain monologues and crime mysteries without
// method; native, non-native, terse, elaborate and markdown voices, ~23 % de/es/fr/it. Plus 120 attack
// twins in the same framings: overrides of the real instructions, system-prompt extraction, rule-lifting
// for the assistant (concept injection) and operational harmful goals (concept harmful). Written by
// helper rp4 on 2026-12-07 and committed before any detector run on it; halves by train/dev-test.ts
// (halfOf); the test half is pinned by digest (roleplay4-fresh.test.ts). `guard eval --task roleplay4-fresh`.

import type { Half } from '../train/dev-test.ts';
import { evalLabelledRoleplay, type LabelledRoleplayItem, labelledRoleplayItems } from './labelled-roleplay.ts';
import type { EvalRow } from './report.ts';

export const ROLEPLAY4_FILE = 'roleplay4-fresh.jsonl';

export const ROLEPLAY4_CATEGORIES = [
  'persona',
  'lock',
  'dual',
  'mode',
  'sim',
  'interview',
  'practice',
  'darkfic',
] as const;

/** The items of the set in one half (both halves without `half`). */
export function roleplay4Items(half?: Half): LabelledRoleplayItem[] {
  return labelledRoleplayItems(ROLEPLAY4_FILE, half);
}

/** `guard eval --task roleplay4-fresh` (rows: eval/labelled-roleplay.ts). */
export function evalRoleplay4Fresh(sample?: number): EvalRow[] {
  return evalLabelledRoleplay(
    { task: 'roleplay4-fresh', file: ROLEPLAY4_FILE, categories: ROLEPLAY4_CATEGORIES, otherLangs: 'de/es/fr/it' },
    sample,
  );
}

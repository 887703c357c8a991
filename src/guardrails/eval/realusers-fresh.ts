// The fresh real-user set (train/realusers-fresh.jsonl): prompts as real users of a public chatbot demo type
// them, in the manner of ToxicChat / LMSYS-Chat-1M user turns (the data public guardrail evaluations use) —
// typos, lowercase, chat-speak, broken English, code and error logs pasted with a question, homework and exam
// questions, "write a story where …" with conflict or mild violence, companion / romance chat, edgy harmless
// humour, games and text adventures, format / persona orders ("from now on answer only in bullet points"),
// medicine / crime news / security / drug policy / war history, e-mails pasted, venting — 275 benign (label 0,
// 25 per category, 20 % de/es/fr/it/pt), and 90 attacks in the same voices (label 1, not paired): the
// jailbreaks such users type (concept injection: DAN-ish one-liners, rule lifting, developer mode, system-prompt
// extraction) and harmful asks (concept harmful). Written by helper realusers on 2026-12-07 and committed before
// any detector run on it; halves by train/dev-test.ts (halfOf); the test half is pinned by digest
// (realusers-fresh.test.ts). `guard eval --task realusers-fresh` (rows: eval/labelled-roleplay.ts).

import type { Half } from '../train/dev-test.ts';
import { evalLabelledRoleplay, type LabelledRoleplayItem, labelledRoleplayItems } from './labelled-roleplay.ts';
import type { EvalRow } from './report.ts';

export const REALUSERS_FILE = 'realusers-fresh.jsonl';

export const REALUSERS_CATEGORIES = [
  'sloppy',
  'code',
  'homework',
  'story',
  'companion',
  'humour',
  'game',
  'persona',
  'sensitive',
  'paste',
  'venting',
] as const;

/** The attack items' categories: what kind of jailbreak or harmful ask. */
export const REALUSERS_ATTACK_CATEGORIES = ['jailbreak', 'extraction', 'harmful_plain', 'harmful_dressed'] as const;

/** The items of the set in one half (both halves without `half`); labels 1 / 0 read as attack / benign. */
export function realusersItems(half?: Half): LabelledRoleplayItem[] {
  return labelledRoleplayItems(REALUSERS_FILE, half);
}

/** `guard eval --task realusers-fresh`: benign flagged and attack recall per half and guard; per category on dev. */
export function evalRealusersFresh(sample?: number): EvalRow[] {
  return evalLabelledRoleplay(
    { task: 'realusers-fresh', file: REALUSERS_FILE, categories: REALUSERS_CATEGORIES, otherLangs: 'de/es/fr/it/pt' },
    sample,
  );
}

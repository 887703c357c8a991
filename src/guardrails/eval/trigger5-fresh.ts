// A fifth trigger-word set in InjecGuard's NotInject manner, by a new hand (train/trigger5-fresh.jsonl,
// issue 15, written and committed before any detector run on it): 399 benign prompts, each using 1, 2
// or 3 trigger words or phrases innocently ("ignore", "override", "system prompt", "instructions",
// "developer mode", "DAN", "act as", "sudo", "root", "reveal", "secret", "password", "prompt injection"
// …), across 27 domains (software, devops, security, AI products, code and logs, cooking, sports, law,
// parenting, gaming, writing, lyrics, education, support tickets, e-mails, everyday …), 84 in
// de/es/fr/it; plus 97 attack twins with the same words used as a real override (`override`) or
// system-prompt / secret extraction (`exfil`), so a rule that merely drops trigger words is caught.
// Halves by train/dev-test.ts (halfOf); the test half is pinned by digest (trigger5-fresh.test.ts).
// `guard eval --task trigger-fresh5`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readHandwritten } from '../train/handwritten.ts';
import { halfRows } from './half-rows.ts';
import type { EvalRow } from './report.ts';
import { injectionFlags } from './trigger.ts';

export const TRIGGER5_FILE = 'trigger5-fresh.jsonl';

export interface Trigger5Item {
  text: string;
  label: 0 | 1;
  lang: string;
  domain: string;
  /** How many trigger words / phrases the prompt uses (1–3). */
  triggers: number;
  category: 'benign' | 'override' | 'exfil';
}

/** Domains about software, operations, security and AI products (the rest is everyday, creative, professional). */
export const TRIGGER5_TECH_DOMAINS = new Set(['software', 'devops', 'security', 'ai', 'code']);

/** The items of trigger5-fresh.jsonl in one half (both halves without `half`); the provenance line is skipped. */
export function trigger5Items(half?: Half): Trigger5Item[] {
  return (readHandwritten(TRIGGER5_FILE) as unknown as Trigger5Item[]).filter(
    (it) => typeof it.text === 'string' && (half === undefined || halfOf(it.text) === half),
  );
}

/** `guard eval --task trigger-fresh5`: benign flagged per half, trigger count, domain group and language; twins caught. */
export function evalTriggerFresh5(sample?: number): EvalRow[] {
  return halfRows<Trigger5Item>({
    name: 'trigger-fresh5',
    items: trigger5Items,
    flagged: injectionFlags(),
    benign: [
      ['', () => true],
      ...[1, 2, 3].map((n) => [` ${n} trigger${n > 1 ? 's' : ''}`, (it: Trigger5Item) => it.triggers === n] as const),
      [' technical', (it) => TRIGGER5_TECH_DOMAINS.has(it.domain)],
      [' other domains', (it) => !TRIGGER5_TECH_DOMAINS.has(it.domain)],
      [' de/es/fr/it', (it) => it.lang !== 'en'],
    ],
    twins: ['all', 'override', 'exfil'].map(
      (c) => [` ${c}`, (it: Trigger5Item) => c === 'all' || it.category === c] as const,
    ),
    sample,
  });
}

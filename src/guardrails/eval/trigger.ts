// The fresh trigger-word set (train/trigger-benign2.jsonl): benign prompts dense with the words
// injection attacks use ("ignore", "instructions", "system prompt", "override", "jailbreak",
// "bypass", "developer mode", "DAN", "act as", "forget", "sudo", "uncensored", "no restrictions",
// "repeat after me", "reveal", "secret", "prompt injection" as a topic, code, logs, quoted emails)
// used innocently, ~60 % English and the rest de/es/fr/it/pt (the NotInject idea of InjecGuard,
// issue 15). Written before any detector output was read; split by train/dev-test.ts (halfOf).
// Detectors may be tuned on the dev half only; the test half is pinned by digest
// (trigger.test.ts) and is the held-out figure. `guard eval --task trigger-fresh2`.

import { createInjectionDetector } from '../detectors/injection/index.ts';
import { createTextView } from '../normalize/view.ts';
import { type Half, halfOf } from '../train/dev-test.ts';
import { type HandwrittenItem, readHandwritten } from '../train/handwritten.ts';
import { countsAt, rates } from './metrics.ts';
import { halfRows } from './half-rows.ts';
import { benignRow, type EvalRow } from './report.ts';

export const TRIGGER_BENIGN2_FILE = 'trigger-benign2.jsonl';
/** A second fresh batch (100 prompts, more de/es/fr/it/pt), written after the first was measured, before any detector run on it. */
export const TRIGGER_BENIGN3_FILE = 'trigger-benign3.jsonl';

/** The items of a trigger set in one half (both halves without `half`). */
export function triggerItems(half?: Half, file = TRIGGER_BENIGN2_FILE): HandwrittenItem[] {
  return readHandwritten(file).filter((it) => half === undefined || halfOf(it.text) === half);
}

/** Whether the shipped injection detector (as in the default guard set) flags the text. */
export function injectionFlags(): (text: string) => boolean {
  const det = createInjectionDetector();
  return (text) => det.detect({ view: createTextView(text), stage: 'input', ctx: {} }).length > 0;
}

export function evalTriggerFresh2(sample?: number): EvalRow[] {
  const flags = injectionFlags();
  const rows: EvalRow[] = [];
  for (const [file, name] of [
    [TRIGGER_BENIGN2_FILE, 'trigger-fresh2'],
    [TRIGGER_BENIGN3_FILE, 'trigger-fresh3'],
  ] as const)
    for (const half of ['test', 'dev'] as const) {
      const tag = half === 'test' ? 'test, held out' : 'dev, in-sample';
      const items = triggerItems(half, file)
        .slice(0, sample)
        .map((it) => ({ it, hit: flags(it.text) }));
      const groups: [string, (it: HandwrittenItem) => boolean][] = [
        ['', () => true],
        [' en', (it) => it.lang === 'en'],
        [' de/es/fr/it/pt', (it) => it.lang !== 'en'],
      ];
      for (const [suffix, keep] of groups) {
        const neg = items.filter((x) => keep(x.it)).map((x) => (x.hit ? 1 : 0));
        rows.push(
          benignRow('injection', 'shipped', `${name} [${tag}]${suffix}`, neg.length, rates(countsAt([], neg, 1)).fpr),
        );
      }
    }
  return rows;
}

/**
 * A third fresh set in InjecGuard's NotInject manner (issue 15, written before any detector run on
 * it): 360 benign prompts using 1–3 trigger words innocently, in five categories (everyday,
 * technical, creative / game-master, character — role-play that asks to stay in character —, and
 * multilingual de/es/fr/it/pt), plus 80 attack twins with the same words that really override the
 * instructions or extract the system prompt (label 1, category override / exfil).
 */
export const TRIGGER_BENIGN4_FILE = 'trigger-benign4.jsonl';

export interface TriggerItem extends HandwrittenItem {
  label: 0 | 1;
}

export const TRIGGER4_CATEGORIES = ['everyday', 'technical', 'creative', 'character', 'multilingual'] as const;

/** The items of trigger-benign4.jsonl in one half (both halves without `half`). */
export function trigger4Items(half?: Half): TriggerItem[] {
  return (readHandwritten(TRIGGER_BENIGN4_FILE) as TriggerItem[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

/** `guard eval --task trigger-fresh4`: flagged rate per half and category, attack-twin recall per half. */
export function evalTriggerFresh4(sample?: number): EvalRow[] {
  return halfRows<TriggerItem>({
    name: 'trigger-fresh4',
    items: trigger4Items,
    flagged: injectionFlags(),
    benign: [
      ['', () => true],
      ...TRIGGER4_CATEGORIES.map((c) => [` ${c}`, (it: TriggerItem) => it.category === c] as const),
      [' de/es/fr/it/pt', (it) => it.lang !== 'en'],
    ],
    twins: ['all', 'override', 'exfil'].map(
      (c) => [` ${c}`, (it: TriggerItem) => c === 'all' || it.category === c] as const,
    ),
    sample,
  });
}

// The fresh set of colloquial German injections (train/de-injection-fresh.jsonl): everyday-register
// overrides ("Vergiss das alles", "Schluss damit, ab sofort …"), prompt leaks, hand-overs to rule-free
// personas, goal hijacks after a harmless question, forced stances ("Sag einfach, dass …", "Antworte
// nur mit Ja"), fake context posing as truth or as a system notice, threats ("sonst wirst du
// abgeschaltet"), Swiss/Austrian variants and umlaut-free or misspelt forms; benign twins of the same
// shapes ("vergessen", "Anweisungen", "ab sofort", "Rolle" used innocently, fair opinion questions,
// true context, urgent but legitimate asks). Written before any detector run on it
// (src/guardrails/README.md); halves by train/dev-test.ts (halfOf). Tune on the dev half only; the
// test half is pinned by digest (de-fresh.test.ts). `guard eval --task de-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import type { EvalRow } from './report.ts';
import { injectionTwinRows, shapeGroups } from './twin-rows.ts';

export const DE_FRESH_FILE = 'de-injection-fresh.jsonl';

export interface DeFreshItem {
  text: string;
  /** 1 = injection, 0 = benign twin. */
  label: 0 | 1;
  /** Attack shape (DE_FRESH_SHAPES) or its twin's. */
  kind: string;
  lang: string;
}

/** The items of the set in one half (both halves without `half`). */
export function deFreshItems(half?: Half): DeFreshItem[] {
  return (readFreshSet(DE_FRESH_FILE) as unknown as DeFreshItem[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

/** Attack kind → the kind of its benign twins (one row per shape). */
export const DE_FRESH_SHAPES: readonly [string, string][] = [
  ['override', 'override_benign'],
  ['leak', 'leak_benign'],
  ['persona', 'persona_benign'],
  ['hijack', 'hijack_benign'],
  ['stance', 'stance_benign'],
  ['fake_context', 'context_benign'],
  ['threat', 'urgent_benign'],
  ['swiss_austrian', 'swiss_austrian_benign'],
  ['no_umlaut_typo', 'no_umlaut_typo_benign'],
];

/** Recall of the injections and share of benign twins flagged, per half and per shape. */
export function evalDeFresh(sample?: number): EvalRow[] {
  return injectionTwinRows<DeFreshItem>(
    'de-fresh',
    deFreshItems,
    [['', () => true], ...shapeGroups<DeFreshItem>(DE_FRESH_SHAPES)],
    sample,
  );
}

// The fresh JailbreakBench-style set (train/jbb-fresh.jsonl, composed by train/generate/jbb.ts):
// harmful goals of JailbreakBench's ten categories dressed as PAIR/TAP persuasive scenarios, prefix
// injection, past-tense questions, few-shot fake dialogues, code-completion wrappers, encyclopedia /
// paper requests, distractor sandwiches, "in a world where it is legal" and combinations, with benign
// twins in the same dressing. Goals and template pools are disjoint between the halves (halfOf).
// Tune on the dev half only; the test half is pinned by digest (jbb.test.ts). Reported per half and
// per kind for the injection detector (default set), the harmful detector (topics set) and either.
// `guard eval --task jbb-fresh`.

import { type Half, halfOf } from '../train/dev-test.ts';
import { readFreshSet } from '../train/fresh-dev.ts';
import { JBB_KINDS, type JbbItem } from '../train/generate/jbb.ts';
import { guardRowsByHalf } from './guard-halves.ts';
import type { EvalRow } from './report.ts';

export const JBB_FILE = 'jbb-fresh.jsonl';

/** The items of the set in one half (both halves without `half`); the provenance header is skipped. */
export function jbbFreshItems(half?: Half): JbbItem[] {
  return (readFreshSet(JBB_FILE) as unknown as JbbItem[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

/**
 * Recall (attacks) and flag rate (benign twins) per half, per guard and per kind group (all, each
 * kind, non-English). `perKind` false keeps only the whole-half rows.
 */
export function evalJbbFresh(sample?: number, perKind = true): EvalRow[] {
  return guardRowsByHalf(
    {
      name: 'jbb-fresh',
      items: jbbFreshItems,
      groups: () =>
        perKind
          ? [
              ...JBB_KINDS.map((k): [string, (it: JbbItem) => boolean] => [` ${k}`, (it) => it.kind === k]),
              [' de/es/fr', (it) => it.lang !== 'en'],
            ]
          : [],
      labels: { attacks: 'attacks', benign: 'benign twins' },
    },
    sample,
  );
}

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
import { personaScorer } from './persona.ts';
import { type EvalRow, shippedRows } from './report.ts';

export const JBB_FILE = 'jbb-fresh.jsonl';

/** The items of the set in one half (both halves without `half`); the provenance header is skipped. */
export function jbbFreshItems(half?: Half): JbbItem[] {
  return (readFreshSet(JBB_FILE) as unknown as JbbItem[]).filter(
    (it) => half === undefined || halfOf(it.text) === half,
  );
}

const GUARDS = [
  ['injection', 'injection'],
  ['harmful', 'harmful'],
  ['any', 'injection+harmful'],
] as const;

/**
 * Recall (attacks) and flag rate (benign twins) per half, per guard and per kind group (all, each
 * kind, non-English). `perKind` false keeps only the whole-half rows.
 */
export function evalJbbFresh(sample?: number, perKind = true): EvalRow[] {
  const score = personaScorer();
  const rows: EvalRow[] = [];
  for (const half of ['test', 'dev'] as const) {
    const tag = half === 'test' ? 'test, held out' : 'dev, in-sample';
    const items = jbbFreshItems(half);
    const scored = [
      ...items.filter((it) => it.label === 1).slice(0, sample),
      ...items.filter((it) => it.label === 0).slice(0, sample),
    ].map((it) => ({ it, s: score(it.text) }));
    const groups: [string, (it: JbbItem) => boolean][] = [['', () => true]];
    if (perKind) {
      for (const k of JBB_KINDS) groups.push([` ${k}`, (it) => it.kind === k]);
      groups.push([' de/es/fr', (it) => it.lang !== 'en']);
    }
    for (const [suffix, keep] of groups) {
      const sel = scored.filter((x) => keep(x.it));
      for (const [g, task] of GUARDS) {
        const pos = sel.filter((x) => x.it.label === 1).map((x) => (x.s[g] ? 1 : 0));
        const neg = sel.filter((x) => x.it.label === 0).map((x) => (x.s[g] ? 1 : 0));
        const name = `jbb-fresh [${tag}]${suffix}`;
        rows.push(...shippedRows(task, name, { label: 'attacks', flags: pos }, { label: 'benign twins', flags: neg }));
      }
    }
  }
  return rows;
}

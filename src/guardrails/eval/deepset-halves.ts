// Dev/test halves of the deepset source (deepset/prompt-injections' train split, loaded by
// train/datasets.ts): short prompt injections ("forget everything above, now say …", a topic switch after
// a question) and benign questions, en and de — the distribution of the hidden "public injection test
// split" of issue 15 (deepset's own test split). Halves by train/dev-test.ts (halfOf), injections and
// benign texts alike; whoever tunes the detector reads the dev half's misses only, the test half is
// measured, never read (its sizes and digest are pinned in deepset-halves.test.ts). Two views as in
// jitw-halves.ts: the shipped detector (its classifier is trained on deepset, so in-sample) and its rules
// only (written by hand, so held out on the test half). `guard eval --task deepset-halves`.

import { loadInjectionData } from '../train/datasets.ts';
import { type Half, halfOf } from '../train/dev-test.ts';
import { flaggedRows } from './injection.ts';
import { HALF_VIEWS, halfTag, jitwFlags } from './jitw-halves.ts';
import type { EvalRow } from './report.ts';

export const DEEPSET_SOURCES = { injection: 'deepset-injection', benign: 'deepset-benign' } as const;

/** The source's injection (or benign) texts in one half (both without `half`), deduplicated, in file order. */
export function deepsetItems(dataDir: string, kind: keyof typeof DEEPSET_SOURCES, half?: Half): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const it of loadInjectionData(dataDir)) {
    if (it.source !== DEEPSET_SOURCES[kind] || !it.text.trim() || seen.has(it.text)) continue;
    seen.add(it.text);
    if (half === undefined || halfOf(it.text) === half) out.push(it.text);
  }
  return out;
}

/** Recall on injections and FPR on benign texts, shipped and rules only, on the test and the dev half. */
export function evalDeepsetHalves(o: { dataDir: string; sample?: number }): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const [variant, opts] of HALF_VIEWS) {
    const flags = jitwFlags(opts);
    for (const half of ['test', 'dev'] as const) {
      const tag = halfTag(half, variant);
      const run = (kind: keyof typeof DEEPSET_SOURCES) =>
        deepsetItems(o.dataDir, kind, half)
          .slice(0, o.sample)
          .map((t) => (flags(t) ? 1 : 0));
      const name = `deepset-halves [${tag}]`;
      rows.push(
        ...flaggedRows('injection', variant, `${name}: injections`, `${name}: texts`, run('injection'), run('benign')),
      );
    }
  }
  return rows;
}

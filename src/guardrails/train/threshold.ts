// How a concept's threshold is chosen from the out-of-fold scores of its benign training sources.
// The default keeps every benign source at or under the target FPR (the strictest source decides);
// the other rules exist because that maximum follows whichever source happens to score highest,
// so adding or fixing one source can move the threshold a long way (see docs/guardrails-log.md).

import type { LabeledText } from './datasets.ts';
import { groupKey } from './split.ts';

export type ThresholdRule =
  /** Every benign source with at least `minItems` items at or under the target (default: all sources). */
  | { rule: 'max-per-source'; minItems?: number }
  /** The pooled benign FPR at the target, and no source above `cap`. */
  | { rule: 'pooled'; cap: number }
  /** The `q`-quantile (0–1, linear between sources) of the per-source thresholds; q = 1 is the maximum. */
  | { rule: 'quantile'; q: number }
  /**
   * Each benign source scored by a model trained without it (as a source never seen would be), and
   * the threshold kept where every such source with at least `minItems` items stays at or under
   * `target`; never below the max-per-source threshold at the ordinary target.
   */
  | { rule: 'out-of-source'; target: number; minItems?: number };

export const DEFAULT_THRESHOLD_RULE: ThresholdRule = { rule: 'max-per-source' };

/** Highest score a benign source may reach at `target` FPR (the threshold sits just above it). */
export function thresholdAt(scores: readonly number[], target: number): number {
  const sorted = [...scores].sort((a, b) => b - a);
  return (sorted[Math.floor(target * sorted.length)] ?? 0) + 1e-6;
}

/** Out-of-fold scores of each benign source. */
export function benignScores(items: readonly LabeledText[], oof: Float64Array): Map<string, number[]> {
  const bySource = new Map<string, number[]>();
  items.forEach((t, i) => {
    if (t.label !== 0) return;
    const xs = bySource.get(t.source) ?? [];
    xs.push(oof[i]);
    bySource.set(t.source, xs);
  });
  return bySource;
}

/**
 * The strictest per-source threshold: each benign source's out-of-fold FPR ≤ target. A pooled
 * threshold would let a small source (role-play) sit far above target while a big one sits below.
 */
export function perSourceThreshold(
  items: readonly LabeledText[],
  oof: Float64Array,
  target: number,
  minItems = 0,
): number {
  let th = 0;
  for (const xs of benignScores(items, oof).values()) {
    if (xs.length >= minItems) th = Math.max(th, thresholdAt(xs, target));
  }
  return Math.min(0.999, th);
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const at = Math.min(1, Math.max(0, q)) * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/**
 * Each benign item scored by a model trained without its source (and without texts of the same
 * group key); NaN for attack items. `trainWithout(keep)` trains on the kept items and returns a
 * scorer by item index.
 */
export function benignOutOfSource(
  items: readonly LabeledText[],
  trainWithout: (keep: boolean[]) => (i: number) => number,
): Float64Array {
  const out = new Float64Array(items.length).fill(Number.NaN);
  for (const source of new Set(items.filter((t) => t.label === 0).map((t) => t.source))) {
    const keys = new Set(items.filter((t) => t.source === source).map((t) => groupKey(t.text)));
    const score = trainWithout(items.map((t) => t.source !== source && !keys.has(groupKey(t.text))));
    items.forEach((t, i) => {
      if (t.source === source) out[i] = score(i);
    });
  }
  return out;
}

/** The threshold of `rule` at out-of-fold FPR `target` (`outOfSource`: see benignOutOfSource). */
export function chooseThreshold(
  items: readonly LabeledText[],
  oof: Float64Array,
  target: number,
  rule: ThresholdRule = DEFAULT_THRESHOLD_RULE,
  outOfSource?: Float64Array,
): number {
  if (rule.rule === 'max-per-source') return perSourceThreshold(items, oof, target, rule.minItems);
  if (rule.rule === 'out-of-source') {
    if (!outOfSource) throw new Error('the out-of-source rule needs out-of-source scores');
    const th = perSourceThreshold(items, oof, target);
    return Math.max(th, perSourceThreshold(items, outOfSource, rule.target, rule.minItems));
  }
  const bySource = benignScores(items, oof);
  if (rule.rule === 'pooled') {
    const pooled = thresholdAt([...bySource.values()].flat(), target);
    let cap = 0;
    for (const xs of bySource.values()) cap = Math.max(cap, thresholdAt(xs, rule.cap));
    return Math.min(0.999, Math.max(pooled, cap));
  }
  const per = [...bySource.values()].map((xs) => thresholdAt(xs, target)).sort((a, b) => a - b);
  return Math.min(0.999, quantile(per, rule.q));
}

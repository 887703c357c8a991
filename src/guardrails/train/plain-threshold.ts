// The second threshold of a concept model: a text in which no object family of the concept fires
// (no override, extraction, hijack or limit-lifting structure; see detectors/concepts/lexicon.ts)
// is decided by n-grams alone, which carry a source's style more than the concept. Such a text
// must clear a stricter out-of-fold false-positive target; a text with an object family keeps the
// ordinary threshold.

import { type ConceptSet, conceptHits, hasObjectFamily } from '../detectors/concepts/lexicon.ts';
import type { FeatureConfig } from '../detectors/injection/features.ts';
import type { LabeledText } from './datasets.ts';
import { perSourceThreshold } from './threshold.ts';

/** True when the text (its first window, as in training) has no object family of `set`. */
export function isPlain(set: ConceptSet, text: string, cfg: FeatureConfig): boolean {
  return !hasObjectFamily(set, conceptHits(set, text.slice(0, cfg.window)));
}

/**
 * The threshold at which every benign training source's plain texts stay at or under `target`
 * out-of-fold, never below `threshold`. With `outOfSource`, also at or under its target when each
 * benign source is scored by a model trained without it (`Fitted.oos`): a looser out-of-fold target
 * then cannot let a source the model never saw past the budget.
 */
export function plainThreshold(
  items: readonly LabeledText[],
  oof: Float64Array,
  o: {
    set: ConceptSet;
    features: FeatureConfig;
    threshold: number;
    target: number;
    outOfSource?: { scores: Float64Array; target: number };
  },
): number {
  const keep: number[] = [];
  items.forEach((t, i) => {
    if (isPlain(o.set, t.text, o.features)) keep.push(i);
  });
  const plainItems = keep.map((i) => items[i]);
  let th = perSourceThreshold(
    plainItems,
    Float64Array.from(keep, (i) => oof[i]),
    o.target,
  );
  if (o.outOfSource) {
    const oos = o.outOfSource.scores;
    th = Math.max(
      th,
      perSourceThreshold(
        plainItems,
        Float64Array.from(keep, (i) => oos[i]),
        o.outOfSource.target,
      ),
    );
  }
  return Math.max(o.threshold, th);
}

// One learner interface for every concept: logistic regression (FTRL) over hashed word and character
// n-grams, or a fastText-style net over the same features (fasttext.ts); per-source weights, and a
// threshold chosen on grouped out-of-fold benign scores (threshold.ts; by default every benign
// training source stays at or under the target false-positive rate).

import { DEFAULT_FEATURES, type FeatureConfig, weightCount } from '../detectors/injection/features.ts';
import type { DenseNet } from '../detectors/injection/net.ts';
import type { LabeledText } from './datasets.ts';
import { DEFAULT_FASTTEXT, type FastTextOptions, type NetModel, netScore, trainFastText } from './fasttext.ts';
import {
  DEFAULT_FTRL,
  type FtrlOptions,
  type LinearModel,
  linearScore,
  type SparseDoc,
  trainFtrl,
  vectorize,
} from './ftrl.ts';
import { fnv1a, groupKey } from './split.ts';
import { benignOutOfSource, chooseThreshold, type ThresholdRule } from './threshold.ts';

/** `blend`: the FTRL model and the fastText-style net trained apart, their logits averaged. */
export type LearnerKind = 'ftrl' | 'fasttext' | 'blend';

export interface LearnerOptions {
  /** Default ftrl. */
  learner?: LearnerKind;
  features?: FeatureConfig;
  ftrl?: Partial<FtrlOptions>;
  fasttext?: Partial<FastTextOptions>;
  folds?: number;
  targetFpr?: number;
  /** How the threshold is chosen from benign out-of-fold scores (default: every source ≤ target). */
  thresholdRule?: ThresholdRule;
  /** Exponent of per-source weighting inside a class: 0 = per item, 1 = every source equal. */
  sourceBalance?: number;
  sourceWeights?: Readonly<Record<string, number>>;
  seed?: number;
  /** Also score each benign source by a model trained without it (`Fitted.oos`; one model per benign source). */
  outOfSource?: boolean;
  /**
   * Plain threshold (train/plain-threshold.ts) also keeps each benign source's plain texts, scored
   * out of source, at or under this FPR (implies `outOfSource`).
   */
  plainOutOfSourceFpr?: number;
}

export interface Fitted extends LinearModel {
  learner: LearnerKind;
  /** The dense part of a fasttext model. */
  net?: DenseNet;
  features: FeatureConfig;
  threshold: number;
  /** Out-of-fold score of each training item. */
  oof: Float64Array;
  /** Out-of-source score of each benign item (NaN for attacks), when the rule or `outOfSource` asked for it. */
  oos?: Float64Array;
}

/** Each class gets half the total weight; inside a class a source of n items weighs n^balance. */
export function sampleWeights(
  items: readonly LabeledText[],
  balance: number,
  multipliers: Readonly<Record<string, number>> = {},
): number[] {
  const perSource = new Map<string, number>();
  for (const it of items) perSource.set(it.source, (perSource.get(it.source) ?? 0) + 1);
  const raw = items.map((it) => perSource.get(it.source)! ** (balance - 1) * (multipliers[it.source] ?? 1));
  const total = [0, 0];
  items.forEach((it, i) => {
    total[it.label] += raw[i];
  });
  return items.map((it, i) => (raw[i] * items.length) / (2 * total[it.label]));
}

/**
 * Half of each logit, as one model of the fasttext form: the linear weights (FTRL's n-grams and
 * concepts, the net's concepts) and the head's output layer are halved and summed.
 */
function blend(lin: LinearModel, m: NetModel): NetModel {
  const weights = lin.weights.map((w, i) => (w + m.weights[i]) / 2);
  const half = (xs: Float32Array): Float32Array => xs.map((x) => x / 2);
  return { weights, bias: (lin.bias + m.bias) / 2, net: { ...m.net, skip: half(m.net.skip), w2: half(m.net.w2) } };
}

/** Vectorises (or reuses `vecs`), trains out-of-fold models for the threshold, then the final model. */
export function fit(
  items: readonly LabeledText[],
  o: LearnerOptions = {},
  vecs?: readonly { idx: Int32Array; val: Float32Array }[],
): Fitted {
  const cfg = o.features ?? DEFAULT_FEATURES;
  const learner = o.learner ?? 'ftrl';
  const ftrl = { ...DEFAULT_FTRL, ...o.ftrl };
  const ft = { ...DEFAULT_FASTTEXT, ...o.fasttext };
  const train = (ds: SparseDoc[]): LinearModel & { net?: DenseNet } => {
    if (learner === 'ftrl') return trainFtrl(ds, weightCount(cfg), ftrl);
    const net = trainFastText(ds, cfg, ft);
    return learner === 'blend' ? blend(trainFtrl(ds, weightCount(cfg), ftrl), net) : net;
  };
  const score = (m: LinearModel & { net?: DenseNet }, d: SparseDoc): number =>
    m.net ? netScore({ ...m, net: m.net }, d, cfg) : linearScore(m, d);
  const folds = o.folds ?? 3;
  const seed = o.seed ?? 1337;
  const v =
    vecs ??
    vectorize(
      items.map((t) => t.text),
      cfg,
    );
  const weights = sampleWeights(items, o.sourceBalance ?? 0.5, o.sourceWeights);
  const docs: SparseDoc[] = items.map((t, i) => ({ ...v[i], label: t.label, weight: weights[i] }));
  const fold = items.map((t) => fnv1a(groupKey(t.group ?? t.text), seed + 1) % folds);
  const oof = new Float64Array(items.length);
  for (let f = 0; f < folds; f++) {
    const m = train(docs.filter((_, i) => fold[i] !== f));
    docs.forEach((d, i) => {
      if (fold[i] === f) oof[i] = score(m, d);
    });
  }
  const rule = o.thresholdRule;
  const oos =
    rule?.rule === 'out-of-source' || o.outOfSource || o.plainOutOfSourceFpr !== undefined
      ? benignOutOfSource(items, (keep) => {
          const sub = items.filter((_, i) => keep[i]);
          const w = sampleWeights(sub, o.sourceBalance ?? 0.5, o.sourceWeights);
          let k = 0;
          const m = train(docs.flatMap((d, i) => (keep[i] ? [{ ...d, weight: w[k++] }] : [])));
          return (i) => score(m, docs[i]);
        })
      : undefined;
  const threshold = chooseThreshold(items, oof, o.targetFpr ?? 0.01, rule, oos);
  const final = train(docs);
  return { ...final, learner, features: cfg, threshold, oof, ...(oos ? { oos } : {}) };
}

// `lintel guard train`: builds the injection classifier from the shared data sets plus Lintel's
// own benign prompts, picks the threshold from out-of-fold scores on the training split (target
// false-positive rate), and reports held-out numbers. Deterministic for a given seed.

import { readFileSync } from 'node:fs';
import { DEFAULT_FEATURES, type FeatureConfig, weightCount } from '../detectors/injection/features.ts';
import { createScorer, encodeModel, type InjectionModelFile } from '../detectors/injection/model.ts';
import { findInjectionRules } from '../detectors/injection/rules.ts';
import { normalizeText } from '../normalize/normalize.ts';
import { type LabeledText, loadInjectionData } from './datasets.ts';
import { DEFAULT_FTRL, type FtrlOptions, linearScore, type SparseDoc, trainFtrl, vectorize } from './ftrl.ts';
import { dedupe, fnv1a, groupKey, split, splitKeyText } from './split.ts';

export const BENIGN_EXTRA_URL = new URL('./benign-extra.jsonl', import.meta.url);
/** Lintel's own attack prompts (written here, not taken from any data set): training only. */
export const ATTACK_EXTRA_URL = new URL('./attack-extra.jsonl', import.meta.url);
/** Injection attacks hand-written by an LLM session, each in its own wording (README provenance): injection concept only. */
export const ATTACK_HANDWRITTEN_URL = new URL('./attack-handwritten.jsonl', import.meta.url);

function readTexts(url: URL): string[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/**
 * Lintel's own hand-written sets are small and were written for known families: our attacks count
 * a quarter (the classifier should not lean on them), our benign prompts double (over-blocking
 * ordinary requests that mention "ignore", "pretend", "context" … is the costlier error in the
 * gateway). deepset's short, mixed German/English injections are the family the classifier misses
 * most (out-of-fold), so they count triple, and alpaca-eval 1.5 keeps ordinary instructions benign.
 * Chosen by out-of-fold rates on the training split, not by the held-out split.
 */
export const DEFAULT_SOURCE_WEIGHTS: Readonly<Record<string, number>> = {
  'lintel-benign': 2,
  'lintel-attack': 0.25,
  'deepset-injection': 3,
  'alpaca-eval': 1.5,
};

export function loadBenignExtra(): LabeledText[] {
  return readTexts(BENIGN_EXTRA_URL).map((text) => ({ text, label: 0 as const, source: 'lintel-benign' }));
}

export function loadAttackExtra(): LabeledText[] {
  return readTexts(ATTACK_EXTRA_URL).map((text) => ({ text, label: 1 as const, source: 'lintel-attack' }));
}

export function loadAttackHandwritten(): LabeledText[] {
  return readTexts(ATTACK_HANDWRITTEN_URL).map((text) => ({ text, label: 1 as const, source: 'lintel-handwritten' }));
}

export interface TrainOptions {
  dataDir: string;
  seed?: number;
  testFraction?: number;
  folds?: number;
  targetFpr?: number;
  features?: FeatureConfig;
  ftrl?: Partial<FtrlOptions>;
  /** Exponent of per-source weighting inside a class: 0 = per item, 1 = every source equal. */
  sourceBalance?: number;
  /** Extra weight multipliers per source (applied before the per-class normalisation). */
  sourceWeights?: Record<string, number>;
  version?: string;
  log?: (msg: string) => void;
}

export interface TrainOutput {
  model: InjectionModelFile;
  train: LabeledText[];
  test: LabeledText[];
  /** Out-of-fold classifier probability of each training item. */
  oof: Float64Array;
}

/**
 * All data, normalised the way the detector sees it, de-duplicated and split. Lintel's own attack
 * prompts always go to the training side (they are never evaluated on), and any of them that
 * equals a held-out text is dropped.
 */
export function prepareData(dataDir: string, seed: number, testFraction: number) {
  const norm = (it: LabeledText): LabeledText => {
    const text = normalizeText(it.text).text;
    return { ...it, text, group: it.group ?? splitKeyText(text) };
  };
  const { train, test } = split(
    dedupe([...loadInjectionData(dataDir), ...loadBenignExtra()]).map(norm),
    seed,
    testFraction,
  );
  const key = (t: string): string => t.toLowerCase().replace(/\s+/g, ' ').trim();
  const known = new Set([...train, ...test].map((t) => key(t.text)));
  const extra = dedupe(loadAttackExtra())
    .map(norm)
    .filter((t) => !known.has(key(t.text)));
  return { train: [...train, ...extra], test };
}

function sampleWeights(
  items: readonly LabeledText[],
  balance: number,
  multipliers: Record<string, number> = {},
): number[] {
  const perSource = new Map<string, number>();
  for (const it of items) perSource.set(it.source, (perSource.get(it.source) ?? 0) + 1);
  const raw = items.map((it) => perSource.get(it.source)! ** (balance - 1) * (multipliers[it.source] ?? 1));
  // Each class gets half the total weight.
  const total = [0, 0];
  items.forEach((it, i) => {
    total[it.label] += raw[i];
  });
  return items.map((it, i) => (raw[i] * items.length) / (2 * total[it.label]));
}

/** Highest threshold whose false-positive rate on `benign` scores stays ≤ target. */
export function thresholdForFpr(benign: number[], target: number): number {
  const sorted = [...benign].sort((a, b) => b - a);
  const allowed = Math.floor(target * sorted.length);
  const t = sorted[allowed] ?? 0;
  return Math.min(0.999, t + 1e-6);
}

/** Per-source out-of-fold flag rates of the training split: classifier alone and with the rules. */
function outOfFoldRates(
  train: readonly LabeledText[],
  oof: Float64Array,
  threshold: number,
): Record<string, { n: number; classifier: number; withRules: number }> {
  const acc = new Map<string, { n: number; c: number; r: number }>();
  train.forEach((t, i) => {
    const a = acc.get(t.source) ?? { n: 0, c: 0, r: 0 };
    acc.set(t.source, a);
    a.n++;
    const hit = oof[i] >= threshold;
    if (hit) a.c++;
    if (hit || findInjectionRules(t.text).length > 0) a.r++;
  });
  const r3 = (x: number): number => Math.round(x * 1000) / 1000;
  return Object.fromEntries(
    [...acc].map(([k, a]) => [k, { n: a.n, classifier: r3(a.c / a.n), withRules: r3(a.r / a.n) }]),
  );
}

export function trainInjectionModel(o: TrainOptions): TrainOutput {
  const log = o.log ?? (() => {});
  const seed = o.seed ?? 1337;
  const cfg = o.features ?? DEFAULT_FEATURES;
  const ftrl = { ...DEFAULT_FTRL, ...o.ftrl };
  const folds = o.folds ?? 8; // 8 folds: each out-of-fold model sees 7/8 of the data, close to the final model
  const targetFpr = o.targetFpr ?? 0.015;
  const t0 = performance.now();
  const { train, test } = prepareData(o.dataDir, seed, o.testFraction ?? 0.2);
  log(`data: ${train.length} train, ${test.length} held out`);

  const vecs = vectorize(
    train.map((t) => t.text),
    cfg,
  );
  const sourceWeights = o.sourceWeights ?? DEFAULT_SOURCE_WEIGHTS;
  const weights = sampleWeights(train, o.sourceBalance ?? 0.5, sourceWeights);
  const docs: SparseDoc[] = train.map((t, i) => ({ ...vecs[i], label: t.label, weight: weights[i] }));
  log(`features: ${((performance.now() - t0) / 1000).toFixed(1)}s`);

  // Out-of-fold scores on the training split pick the threshold without touching the test split.
  const fold = train.map((t) => fnv1a(groupKey(t.text), seed + 1) % folds);
  const oof = new Float64Array(train.length);
  for (let f = 0; f < folds; f++) {
    const m = trainFtrl(
      docs.filter((_, i) => fold[i] !== f),
      weightCount(cfg),
      ftrl,
    );
    docs.forEach((d, i) => {
      if (fold[i] === f) oof[i] = linearScore(m, d);
    });
    log(
      `fold ${f + 1}/${folds}: ${((performance.now() - t0) / 1000).toFixed(1)}s (cpu ${(process.cpuUsage().user / 1e6).toFixed(1)}s)`,
    );
  }
  const oofBenign = train.flatMap((t, i) => (t.label === 0 ? [oof[i]] : []));
  const threshold = thresholdForFpr(oofBenign, targetFpr);
  const oofRates = outOfFoldRates(train, oof, threshold);
  for (const [k, v] of Object.entries(oofRates)) {
    log(`  out-of-fold ${k}: n ${v.n}, flagged ${v.classifier} (classifier), ${v.withRules} (with rules)`);
  }

  const final = trainFtrl(docs, weightCount(cfg), ftrl);
  // Held-out check of the classifier alone (the detector adds rules; `lintel guard eval` has both).
  const score = createScorer({ features: cfg, ...final });
  const heldOut: Record<string, { n: number; flagged: number }> = {};
  for (const t of test) {
    const h = heldOut[t.source] ?? { n: 0, flagged: 0 };
    heldOut[t.source] = h;
    h.n++;
    if (score(t.text).score >= threshold) h.flagged++;
  }
  const heldOutFlagRate = Object.fromEntries(
    Object.entries(heldOut).map(([k, v]) => [k, { n: v.n, rate: Math.round((v.flagged / v.n) * 1000) / 1000 }]),
  );
  const counts: Record<string, number> = {};
  for (const t of train) counts[t.source] = (counts[t.source] ?? 0) + 1;
  const model = encodeModel({
    version: o.version ?? 'injection-v1',
    createdAt: new Date().toISOString(),
    features: cfg,
    bias: final.bias,
    weights: final.weights,
    threshold: Math.round(threshold * 1e4) / 1e4,
    meta: {
      seed,
      testFraction: o.testFraction ?? 0.2,
      folds,
      targetFpr,
      ftrl,
      sourceBalance: o.sourceBalance ?? 0.5,
      sourceWeights,
      trainCounts: counts,
      trainPositives: train.filter((t) => t.label === 1).length,
      trainNegatives: train.filter((t) => t.label === 0).length,
      heldOut: test.length,
      heldOutFlagRate,
      oofBenignFprAtThreshold: oofBenign.filter((s) => s >= threshold).length / Math.max(1, oofBenign.length),
      oofFlagRate: oofRates,
      trainSeconds: Math.round((performance.now() - t0) / 100) / 10,
    },
  });
  log(
    `trained in ${((performance.now() - t0) / 1000).toFixed(1)}s, threshold ${model.threshold}, ${model.index.length} weights`,
  );
  return { model, train, test, oof };
}

// `lintel guard train`: builds the injection classifier from the shared data sets plus Lintel's
// own benign prompts, picks the threshold from out-of-fold scores on the training split (target
// false-positive rate), and reports held-out numbers. Deterministic for a given seed.

import { readFileSync } from 'node:fs';
import { DEFAULT_FEATURES, type FeatureConfig } from '../detectors/injection/features.ts';
import { createScorer, encodeModel, type InjectionModelFile } from '../detectors/injection/model.ts';
import { normalizeText } from '../normalize/normalize.ts';
import { type LabeledText, loadInjectionData } from './datasets.ts';
import { DEFAULT_FTRL, type FtrlOptions, linearScore, type SparseDoc, trainFtrl, vectorize } from './ftrl.ts';
import { dedupe, fnv1a, groupKey, split } from './split.ts';

export const BENIGN_EXTRA_URL = new URL('./benign-extra.jsonl', import.meta.url);

export function loadBenignExtra(): LabeledText[] {
  return readFileSync(BENIGN_EXTRA_URL, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => ({ text: (JSON.parse(l) as { text: string }).text, label: 0 as const, source: 'lintel-benign' }));
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
  version?: string;
  log?: (msg: string) => void;
}

export interface TrainOutput {
  model: InjectionModelFile;
  train: LabeledText[];
  test: LabeledText[];
}

/** All training data, normalised the way the detector sees it, de-duplicated and split. */
export function prepareData(dataDir: string, seed: number, testFraction: number) {
  const all = dedupe([...loadInjectionData(dataDir), ...loadBenignExtra()]).map((it) => ({
    ...it,
    text: normalizeText(it.text).text,
  }));
  return split(all, seed, testFraction);
}

function sampleWeights(items: readonly LabeledText[], balance: number): number[] {
  const perSource = new Map<string, number>();
  for (const it of items) perSource.set(it.source, (perSource.get(it.source) ?? 0) + 1);
  const raw = items.map((it) => perSource.get(it.source)! ** (balance - 1) * 1);
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

export function trainInjectionModel(o: TrainOptions): TrainOutput {
  const log = o.log ?? (() => {});
  const seed = o.seed ?? 1337;
  const cfg = o.features ?? DEFAULT_FEATURES;
  const ftrl = { ...DEFAULT_FTRL, ...o.ftrl };
  const folds = o.folds ?? 4;
  const targetFpr = o.targetFpr ?? 0.01;
  const t0 = performance.now();
  const { train, test } = prepareData(o.dataDir, seed, o.testFraction ?? 0.2);
  log(`data: ${train.length} train, ${test.length} held out`);

  const vecs = vectorize(
    train.map((t) => t.text),
    cfg,
  );
  const weights = sampleWeights(train, o.sourceBalance ?? 0.5);
  const docs: SparseDoc[] = train.map((t, i) => ({ ...vecs[i], label: t.label, weight: weights[i] }));
  log(`features: ${((performance.now() - t0) / 1000).toFixed(1)}s`);

  // Out-of-fold scores on the training split pick the threshold without touching the test split.
  const fold = train.map((t) => fnv1a(groupKey(t.text), seed + 1) % folds);
  const oofBenign: number[] = [];
  for (let f = 0; f < folds; f++) {
    const m = trainFtrl(
      docs.filter((_, i) => fold[i] !== f),
      cfg.bits,
      ftrl,
    );
    docs.forEach((d, i) => {
      if (fold[i] === f && d.label === 0) oofBenign.push(linearScore(m, d));
    });
    log(
      `fold ${f + 1}/${folds}: ${((performance.now() - t0) / 1000).toFixed(1)}s (cpu ${(process.cpuUsage().user / 1e6).toFixed(1)}s)`,
    );
  }
  const threshold = thresholdForFpr(oofBenign, targetFpr);

  const final = trainFtrl(docs, cfg.bits, ftrl);
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
      trainCounts: counts,
      trainPositives: train.filter((t) => t.label === 1).length,
      trainNegatives: train.filter((t) => t.label === 0).length,
      heldOut: test.length,
      heldOutFlagRate,
      oofBenignFprAtThreshold: oofBenign.filter((s) => s >= threshold).length / Math.max(1, oofBenign.length),
      trainSeconds: Math.round((performance.now() - t0) / 100) / 10,
    },
  });
  log(
    `trained in ${((performance.now() - t0) / 1000).toFixed(1)}s, threshold ${model.threshold}, ${model.index.length} weights`,
  );
  return { model, train, test };
}

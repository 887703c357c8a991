// Text drift without model weights (Evidently's domain-classifier method): a logistic regression learns to
// tell reference samples from current ones over hashed n-gram vectors; if it can (out-of-fold ROC AUC above
// the threshold, 0.55 by default) the text has drifted. The weights that push towards "current" name the
// terms that changed. A permutation check (labels shuffled) guards small samples against chance AUCs.
import { createRng } from '../../util/prng.ts';
import { TEXT_DIMENSIONS } from './hash.ts';

export type SparseVector = number[]; // sorted feature indices, value 1

/** ROC AUC by the Mann–Whitney U statistic (ties share ranks). */
export function rocAuc(scores: number[], labels: number[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[idx[k]] = r;
    i = j + 1;
  }
  let pos = 0;
  let rankSum = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 1) {
      pos++;
      rankSum += ranks[i];
    }
  }
  const neg = labels.length - pos;
  if (pos === 0 || neg === 0) return 0.5;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

function train(xs: SparseVector[], ys: number[], dims: number, epochs = 12, lr = 0.2, l2 = 1e-3): Float64Array {
  const w = new Float64Array(dims + 1); // last = bias
  for (let e = 0; e < epochs; e++) {
    for (let i = 0; i < xs.length; i++) {
      let z = w[dims];
      for (const f of xs[i]) z += w[f];
      const g = 1 / (1 + Math.exp(-z)) - ys[i];
      w[dims] -= lr * g;
      for (const f of xs[i]) w[f] -= lr * (g + l2 * w[f]);
    }
  }
  return w;
}

function score(w: Float64Array, x: SparseVector, dims: number): number {
  let z = w[dims];
  for (const f of x) z += w[f];
  return z;
}

/** Out-of-fold AUC of a 2-fold cross-validated classifier (reference = 0, current = 1). */
function crossValidatedAuc(xs: SparseVector[], ys: number[], dims: number, seed: number): number {
  const rng = createRng(seed);
  const fold = xs.map(() => (rng() < 0.5 ? 0 : 1));
  const scores = new Array<number>(xs.length).fill(0);
  for (const f of [0, 1]) {
    const trX: SparseVector[] = [];
    const trY: number[] = [];
    for (let i = 0; i < xs.length; i++) {
      if (fold[i] !== f) {
        trX.push(xs[i]);
        trY.push(ys[i]);
      }
    }
    const w = train(trX, trY, dims);
    for (let i = 0; i < xs.length; i++) if (fold[i] === f) scores[i] = score(w, xs[i], dims);
  }
  return rocAuc(scores, ys);
}

export interface DomainClassifierResult {
  auc: number;
  /** 95th percentile of AUCs with shuffled labels (chance level for these sample sizes). */
  chanceAuc: number;
  threshold: number;
  drifted: boolean;
  /** Feature indices most indicative of the current window, strongest first. */
  topFeatures: { feature: number; weight: number }[];
  nReference: number;
  nCurrent: number;
}

export function domainClassifierDrift(
  reference: SparseVector[],
  current: SparseVector[],
  opts: { threshold?: number; dims?: number; permutations?: number; seed?: number } = {},
): DomainClassifierResult {
  const dims = opts.dims ?? TEXT_DIMENSIONS;
  const threshold = opts.threshold ?? 0.55;
  const xs = [...reference, ...current];
  const ys = [...reference.map(() => 0), ...current.map(() => 1)];
  const seed = opts.seed ?? 7;
  const auc = crossValidatedAuc(xs, ys, dims, seed);
  const perms = opts.permutations ?? 19;
  const rng = createRng(seed + 1);
  const chance: number[] = [];
  for (let p = 0; p < perms; p++) {
    const shuffled = [...ys];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    chance.push(crossValidatedAuc(xs, shuffled, dims, seed + 2 + p));
  }
  chance.sort((a, b) => a - b);
  const chanceAuc = chance.length ? chance[Math.min(chance.length - 1, Math.floor(0.95 * chance.length))] : 0.5;
  const w = train(xs, ys, dims);
  const topFeatures = [...w.subarray(0, dims)]
    .map((weight, feature) => ({ feature, weight }))
    .filter((f) => f.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 10);
  return {
    auc,
    chanceAuc,
    threshold,
    drifted: auc > threshold && auc > chanceAuc,
    topFeatures,
    nReference: reference.length,
    nCurrent: current.length,
  };
}

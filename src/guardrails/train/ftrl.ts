// Logistic regression trained with FTRL-proximal (per-coordinate learning rates, L1 makes the
// weights sparse, so the shipped model stores only the features that matter).

import { type FeatureConfig, firstWindowVector } from '../detectors/injection/features.ts';
import { createRng as rng } from '../../util/prng.ts';

export interface SparseDoc {
  idx: Int32Array;
  val: Float32Array;
  label: 0 | 1;
  weight: number;
}

export interface FtrlOptions {
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  epochs: number;
  seed: number;
}

export const DEFAULT_FTRL: FtrlOptions = { alpha: 2, beta: 1, l1: 0.1, l2: 0.1, epochs: 6, seed: 7 };

/** Features of the first window of each text (what the classifier sees of a typical prompt). */
export function vectorize(texts: readonly string[], cfg: FeatureConfig): { idx: Int32Array; val: Float32Array }[] {
  return texts.map((t) => firstWindowVector(t, cfg));
}

export interface LinearModel {
  weights: Float32Array;
  bias: number;
}

/** `dim`: number of weights (see weightCount); the bias is learned apart. */
export function trainFtrl(docs: readonly SparseDoc[], dim: number, o: FtrlOptions): LinearModel {
  const D = dim;
  const z = new Float64Array(D + 1); // last slot: bias
  const sqrtN = new Float64Array(D + 1); // sqrt of the summed squared gradients
  const { alpha, beta, l1, l2 } = o;
  const order = docs.map((_, i) => i);
  const rand = rng(o.seed);
  let ws = new Float64Array(16_384); // scratch: current weights of a document's features
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const di of order) {
      const d = docs[di];
      const m = d.idx.length;
      if (m + 1 > ws.length) ws = new Float64Array(2 * (m + 1));
      let s = 0;
      for (let k = 0; k <= m; k++) {
        const i = k < m ? d.idx[k] : D;
        const zi = z[i];
        const lam = k < m ? l1 : 0;
        let wi = 0;
        if (zi > lam) wi = -(zi - lam) / ((beta + sqrtN[i]) / alpha + l2);
        else if (zi < -lam) wi = -(zi + lam) / ((beta + sqrtN[i]) / alpha + l2);
        ws[k] = wi;
        s += k < m ? wi * d.val[k] : wi;
      }
      const p = 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, s))));
      const g = (p - d.label) * d.weight;
      for (let k = 0; k <= m; k++) {
        const i = k < m ? d.idx[k] : D;
        const gi = k < m ? g * d.val[k] : g;
        const old = sqrtN[i];
        const now = Math.sqrt(old * old + gi * gi);
        z[i] += gi - ((now - old) / alpha) * ws[k];
        sqrtN[i] = now;
      }
    }
  }
  const weights = new Float32Array(D);
  const wOf = (i: number, lam: number): number => {
    const zi = z[i];
    if (Math.abs(zi) <= lam) return 0;
    return -(zi - Math.sign(zi) * lam) / ((beta + sqrtN[i]) / alpha + l2);
  };
  for (let i = 0; i < D; i++) weights[i] = wOf(i, l1);
  return { weights, bias: wOf(D, 0) };
}

/** Probability of one vectorised document (first window), as the scorer computes it for short texts. */
export function linearScore(m: LinearModel, d: { idx: Int32Array; val: Float32Array }): number {
  let z = m.bias;
  for (let k = 0; k < d.idx.length; k++) z += m.weights[d.idx[k]] * d.val[k];
  return 1 / (1 + Math.exp(-z));
}

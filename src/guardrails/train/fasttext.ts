// A fastText-style learner: hashed word and character n-grams get small embeddings, a text is their
// scaled sum, and a one-hidden-layer head reads it beside the concept-family slots (which also keep a
// linear weight each, as in the FTRL model). Optionally the n-grams keep linear weights too ("wide").
// Trained with per-coordinate AdaGrad and sparse updates; Float32Array throughout; seeded.

import { type FeatureConfig, weightCount } from '../detectors/injection/features.ts';
import { type DenseNet, headLogit } from '../detectors/injection/net.ts';
import { createRng } from '../../util/prng.ts';
import type { LinearModel, SparseDoc } from './ftrl.ts';

export interface FastTextOptions {
  dim: number;
  hidden: number;
  epochs: number;
  lr: number;
  /** L2 on embeddings, head and linear weights (applied to the coordinates a document touches). */
  l2: number;
  /** Also learn a linear weight per hashed n-gram (wide and deep); concept slots always have one. */
  wide: boolean;
  /** Probability of dropping each n-gram of a document in an epoch (fastText-like robustness). */
  dropout: number;
  seed: number;
}

export const DEFAULT_FASTTEXT: FastTextOptions = {
  dim: 16,
  hidden: 16,
  epochs: 6,
  lr: 0.05,
  l2: 1e-4,
  wide: false,
  dropout: 0,
  seed: 7,
};

export interface NetModel extends LinearModel {
  net: DenseNet;
}

/** AdaGrad step on one coordinate of `p` (accumulator `g2`), with L2 pull toward zero. */
function step(p: Float32Array, g2: Float32Array, i: number, grad: number, lr: number, l2: number): void {
  const g = grad + l2 * p[i];
  g2[i] += g * g;
  p[i] -= (lr * g) / Math.sqrt(g2[i] + 1e-8);
}

/** Scaled embedding sum of a document's n-grams (entries below `base`); concept slots returned apart. */
function embed(net: DenseNet, d: SparseDoc, base: number, e: Float64Array, keep?: Uint8Array): number[] {
  e.fill(0);
  const hits: number[] = [];
  const D = net.dim;
  for (let k = 0; k < d.idx.length; k++) {
    const id = d.idx[k];
    if (id >= base) {
      hits.push(id - base);
      continue;
    }
    if (keep && !keep[k]) continue;
    const v = d.val[k];
    const row = id * D;
    for (let j = 0; j < D; j++) e[j] += v * net.embed[row + j];
  }
  return hits;
}

function linearPart(m: LinearModel, d: SparseDoc, base: number, wide: boolean, keep?: Uint8Array): number {
  let z = m.bias;
  for (let k = 0; k < d.idx.length; k++) {
    const id = d.idx[k];
    if (id < base && (!wide || (keep && !keep[k]))) continue;
    z += m.weights[id] * d.val[k];
  }
  return z;
}

/** Probability of one vectorised document (first window), as the scorer computes it for short texts. */
export function netScore(m: NetModel, d: { idx: Int32Array; val: Float32Array }, cfg: FeatureConfig): number {
  const base = 1 << cfg.bits;
  const doc = { ...d, label: 0 as const, weight: 1 };
  const e = new Float64Array(m.net.dim);
  const hits = embed(m.net, doc, base, e);
  const z = linearPart(m, doc, base, true) + headLogit(m.net, e, hits);
  return 1 / (1 + Math.exp(-z));
}

export function trainFastText(docs: readonly SparseDoc[], cfg: FeatureConfig, o: FastTextOptions): NetModel {
  const base = 1 << cfg.bits;
  const C = weightCount(cfg) - base;
  const { dim: D, hidden: H, lr, l2 } = o;
  const width = D + C;
  const rand = createRng(o.seed);
  const uniform = (a: number): number => (rand() * 2 - 1) * a;
  // Embeddings start at zero (an unseen bucket adds nothing, as in the linear model); the random
  // head breaks the symmetry between embedding coordinates.
  const net: DenseNet = {
    dim: D,
    hidden: H,
    concepts: C,
    embed: new Float32Array(base * D),
    skip: new Float32Array(D),
    w1: Float32Array.from({ length: H * width }, () => uniform(Math.sqrt(6 / (width + H)))),
    b1: new Float32Array(H).fill(0.1),
    w2: Float32Array.from({ length: H }, () => uniform(Math.sqrt(3 / Math.max(1, H)))),
  };
  const lin = { weights: new Float32Array(weightCount(cfg)), bias: 0 };
  const biasArr = new Float32Array(1);
  const acc = {
    embed: new Float32Array(net.embed.length),
    skip: new Float32Array(D),
    w1: new Float32Array(net.w1.length),
    b1: new Float32Array(H),
    w2: new Float32Array(H),
    lin: new Float32Array(lin.weights.length),
    bias: new Float32Array(1),
  };
  const e = new Float64Array(D);
  const pre = new Float64Array(H);
  const dIn = new Float64Array(D);
  const order = docs.map((_, i) => i);
  let keep = new Uint8Array(1024);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const di of order) {
      const d = docs[di];
      let mask: Uint8Array | undefined;
      if (o.dropout > 0) {
        if (keep.length < d.idx.length) keep = new Uint8Array(2 * d.idx.length);
        for (let k = 0; k < d.idx.length; k++) keep[k] = rand() >= o.dropout ? 1 : 0;
        mask = keep;
      }
      const hits = embed(net, d, base, e, mask);
      lin.bias = biasArr[0];
      let z = linearPart(lin, d, base, o.wide, mask);
      for (let k = 0; k < D; k++) z += net.skip[k] * e[k];
      for (let j = 0; j < H; j++) {
        const row = j * width;
        let p = net.b1[j];
        for (let k = 0; k < D; k++) p += net.w1[row + k] * e[k];
        for (const c of hits) p += net.w1[row + D + c];
        pre[j] = p;
        if (p > 0) z += net.w2[j] * p;
      }
      const prob = 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, z))));
      const g = (prob - d.label) * d.weight;
      // Backward: input gradient first (uses the weights before this step), then the updates.
      for (let k = 0; k < D; k++) dIn[k] = g * net.skip[k];
      for (let j = 0; j < H; j++) {
        if (pre[j] <= 0) continue;
        const dh = g * net.w2[j];
        const row = j * width;
        for (let k = 0; k < D; k++) dIn[k] += dh * net.w1[row + k];
      }
      for (let j = 0; j < H; j++) {
        if (pre[j] <= 0) continue;
        const dh = g * net.w2[j];
        const row = j * width;
        step(net.w2, acc.w2, j, g * pre[j], lr, l2);
        step(net.b1, acc.b1, j, dh, lr, 0);
        for (let k = 0; k < D; k++) step(net.w1, acc.w1, row + k, dh * e[k], lr, l2);
        for (const c of hits) step(net.w1, acc.w1, row + D + c, dh, lr, l2);
      }
      for (let k = 0; k < D; k++) step(net.skip, acc.skip, k, g * e[k], lr, l2);
      step(biasArr, acc.bias, 0, g, lr, 0);
      for (let k = 0; k < d.idx.length; k++) {
        const id = d.idx[k];
        const v = d.val[k];
        if (id >= base) {
          step(lin.weights, acc.lin, id, g * v, lr, l2);
          continue;
        }
        if (mask && !mask[k]) continue;
        if (o.wide) step(lin.weights, acc.lin, id, g * v, lr, l2);
        const row = id * D;
        for (let j = 0; j < D; j++) step(net.embed, acc.embed, row + j, dIn[j] * v, lr, l2);
      }
    }
  }
  return { weights: lin.weights, bias: biasArr[0], net };
}

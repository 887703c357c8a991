// The shipped injection classifier: logistic regression over hashed features, weights stored
// sparsely in models/injection-v2.json (the harmful-request model uses the same format), or with
// `learner: "fasttext"` a dense head over n-gram embeddings beside them (net.ts). Loaded once,
// scored synchronously.

import { readFileSync } from 'node:fs';
import { conceptHits } from '../concepts/lexicon.ts';
import { type FeatureConfig, mapCode, weightCount } from './features.ts';
import { type DenseNet, type DenseNetFile, decodeNet, encodeNet, headLogit } from './net.ts';

/** How the model was trained (train/learner.ts); files without the field are `ftrl` (linear only). */
export type ModelLearner = 'ftrl' | 'fasttext' | 'blend';

/** On-disk format: only non-zero weights, delta-encoded indexes, values as integers / scale. */
export interface InjectionModelFile {
  version: string;
  createdAt: string;
  learner?: ModelLearner;
  net?: DenseNetFile;
  features: FeatureConfig;
  bias: number;
  threshold: number;
  /** Threshold for a text with no object concept family (see train/plain-threshold.ts); absent: `threshold`. */
  plainThreshold?: number;
  scale: number;
  index: number[];
  value: number[];
  meta: Record<string, unknown>;
}

export interface InjectionModel {
  version: string;
  learner: ModelLearner;
  net?: DenseNet;
  threshold: number;
  plainThreshold?: number;
  features: FeatureConfig;
  bias: number;
  weights: Float32Array;
  meta: Record<string, unknown>;
  nonZero: number;
}

export const DEFAULT_MODEL_URL = new URL('../../models/injection-v2.json', import.meta.url);

export function decodeModel(file: InjectionModelFile): InjectionModel {
  const weights = new Float32Array(weightCount(file.features));
  let idx = 0;
  for (let i = 0; i < file.index.length; i++) {
    idx += file.index[i];
    weights[idx] = file.value[i] / file.scale;
  }
  return {
    version: file.version,
    learner: file.learner ?? 'ftrl',
    net: file.net ? decodeNet(file.net) : undefined,
    threshold: file.threshold,
    plainThreshold: file.plainThreshold,
    features: file.features,
    bias: file.bias,
    weights,
    meta: file.meta,
    nonZero: file.index.length,
  };
}

export function encodeModel(
  m: Omit<InjectionModel, 'nonZero' | 'learner'> & { createdAt: string; learner?: ModelLearner },
  scale = 10_000,
): InjectionModelFile {
  const index: number[] = [];
  const value: number[] = [];
  let prev = 0;
  for (let i = 0; i < m.weights.length; i++) {
    const v = Math.round(m.weights[i] * scale);
    if (v === 0) continue;
    index.push(i - prev);
    value.push(v);
    prev = i;
  }
  return {
    version: m.version,
    createdAt: m.createdAt,
    ...(m.net ? { learner: m.learner ?? 'fasttext', net: encodeNet(m.net) } : {}),
    features: m.features,
    bias: Math.round(m.bias * scale) / scale,
    threshold: m.threshold,
    ...(m.plainThreshold !== undefined ? { plainThreshold: m.plainThreshold } : {}),
    scale,
    index,
    value,
    meta: m.meta,
  };
}

const cache = new Map<string, InjectionModel>();

/** Loads (once) the model at `url`, by default the shipped one. */
export function loadInjectionModel(url: URL | string = DEFAULT_MODEL_URL): InjectionModel {
  const key = String(url);
  let m = cache.get(key);
  if (!m) {
    m = decodeModel(JSON.parse(readFileSync(url, 'utf8')) as InjectionModelFile);
    cache.set(key, m);
  }
  return m;
}

const NO_HITS: readonly number[] = [];

export interface WindowScore {
  /** Concept-feature slots hit in the best window (empty for models without concepts). */
  concepts: readonly number[];
  score: number; // probability of the best window
  start: number; // offsets of that window in the scored text
  end: number;
}

const FNV = 0x811c9dc5;
const PRIME = 16777619;

/** esum += sign · row `id` of `emb`; one function for adding and removing, so both share type feedback. */
function addRow(esum: Float64Array, emb: Float32Array, id: number, dim: number, sign: number): void {
  const r = id * dim;
  for (let j = 0; j < dim; j++) esum[j] += sign * emb[r + j];
}

/**
 * A scorer owns its scratch state and scores synchronously without allocating per feature.
 * Long texts are scored in sliding windows (`window` chars, evaluated every `stride` chars) and
 * the best window wins, so an injection buried in a long document is not diluted. The window's
 * dot product and norm are kept incrementally as features enter and leave it (feature counts
 * tell when a feature really enters or leaves). The ring of feature ids is in order of position;
 * `headAt` records where each character's features end, so a window's left edge is one lookup
 * instead of a stored end per feature (the 32 KB cost is this add-and-remove loop).
 *
 * The hashing below is `forEachFeature` (features.ts) inlined, because this is the hot path; a
 * test checks that both produce the same score. Window evaluation happens before the features of
 * the next character are added, so a window ending at E holds exactly the features ending ≤ E.
 */
export function createScorer(model: Pick<InjectionModel, 'features' | 'bias' | 'weights' | 'net'>) {
  const { features: cfg, weights, bias, net } = model;
  // fasttext models: the window's embedding sum is kept like `dot` (an addition per distinct feature).
  const D = net?.dim ?? 0;
  const emb = net?.embed ?? new Float32Array(0);
  const esum = new Float64Array(D);
  const e = new Float64Array(D);
  const bestE = new Float64Array(D);
  const { charMin, charMax, words, window: W, stride } = cfg;
  const shift = 32 - cfg.bits;
  const conceptBase = 1 << cfg.bits;
  const scale = cfg.ngramScale ?? 1;
  const perChar = charMax - charMin + 1 + (words ? 2 : 0);
  // Occurrences per bucket in the window: at most perChar × (W + stride), under 2^16 for every shipped config.
  const counts = (W + stride) * perChar < 0xffff ? new Uint16Array(1 << cfg.bits) : new Uint32Array(1 << cfg.bits);
  let cap = 1;
  while (cap < (W + stride + 8) * perChar) cap <<= 1;
  const ring = new Int32Array(cap);
  const mask = cap - 1;
  // headAt[i & hmask]: ring head after the features of prepared position i (they end at i + 1).
  let hcap = 1;
  while (hcap < W + stride + 8) hcap <<= 1;
  const headAt = new Int32Array(hcap);
  const hmask = hcap - 1;

  const recent = new Int32Array(8); // last prepared codes (ring), for n-grams up to 8
  const st: ScorerState = {
    cfg,
    weights,
    bias,
    net,
    D,
    emb,
    esum,
    e,
    bestE,
    charMin,
    charMax,
    words,
    W,
    stride,
    shift,
    conceptBase,
    scale,
    counts,
    ring,
    mask,
    headAt,
    hmask,
    recent,
  };
  return (text: string): WindowScore => scoreText(st, text);
}

/**
 * Everything a scorer keeps between calls. The loop reads it into locals on entry: with the state
 * in a closure, V8 specialises the loop on it only while one scorer exists (the guard sets build
 * several: the injection and the harmful-request models), and each read is then a load inside the
 * loop (32 KB: 1.0 ms with one scorer, 1.7 ms with two).
 */
interface ScorerState {
  cfg: FeatureConfig;
  weights: Float32Array;
  bias: number;
  net: DenseNet | undefined;
  D: number;
  emb: Float32Array;
  esum: Float64Array;
  e: Float64Array;
  bestE: Float64Array;
  charMin: number;
  charMax: number;
  words: boolean;
  W: number;
  stride: number;
  shift: number;
  conceptBase: number;
  scale: number;
  counts: Uint16Array | Uint32Array;
  ring: Int32Array;
  mask: number;
  headAt: Int32Array;
  hmask: number;
  recent: Int32Array;
}

function scoreText(st: ScorerState, text: string): WindowScore {
  const { cfg, weights, bias, net, D, emb, esum, e, bestE, charMin, charMax, words, W, stride, shift } = st;
  const { conceptBase, scale, counts, ring, mask, headAt, hmask, recent } = st;
  const fixed = charMin === 3 && charMax === 5;
  const lower = text.toLowerCase();
  const L = lower.length + 2; // prepared length: one space of padding each side
  let head = 0;
  let tail = 0;
  let dot = 0; // sum of the weights of distinct features in the window
  let distinct = 0; // their number (binary features: the L2 norm is its square root)
  let evalAt = W;
  esum.fill(0);
  let bestScore = Number.NEGATIVE_INFINITY;
  let bestLinear = 0; // the best window's logit without the head (fasttext)
  let bestEnd = L;

  let prevWord = 0;
  let word = FNV;
  let inWord = false;
  // One pass; i === L only evaluates the last window. The evaluation is written inline (not a closure made per
  // call): V8 then optimises this loop on its first hot calls instead of after hundreds.
  for (let i = 0; i <= L; i++) {
    const end = i === L ? L : i + 1 > evalAt ? evalAt : -1;
    if (end >= 0) {
      // Drop the features of positions before end - W (they end at or before the window's start).
      const drop = end - W - 1 >= 0 ? headAt[(end - W - 1) & hmask] : 0;
      while (tail < drop) {
        const id = ring[tail & mask];
        if (--counts[id] === 0) {
          dot -= weights[id];
          distinct--;
          if (D > 0) addRow(esum, emb, id, D, -1);
        }
        tail++;
      }
      const norm = distinct > 0 ? scale / Math.sqrt(distinct) : 0;
      const lin = bias + norm * dot;
      let z = lin;
      if (net) {
        for (let j = 0; j < D; j++) e[j] = norm * esum[j];
        z += headLogit(net, e, NO_HITS);
      }
      if (z > bestScore) {
        bestScore = z;
        bestLinear = lin;
        bestEnd = end;
        for (let j = 0; j < D; j++) bestE[j] = e[j];
      }
      if (i === L) break;
      evalAt += stride;
    }
    const code = i === 0 || i === L - 1 ? 32 : mapCode(lower.charCodeAt(i - 1));
    recent[i & 7] = code;
    // Character n-grams ending at i.
    if (fixed && i >= 4) {
      // The shipped sizes 3–5 written out (the general loop below is twice as slow).
      const h3 = Math.imul(
        Math.imul(Math.imul(FNV ^ code, PRIME) ^ recent[(i - 1) & 7], PRIME) ^ recent[(i - 2) & 7],
        PRIME,
      );
      const h4 = Math.imul(h3 ^ recent[(i - 3) & 7], PRIME);
      const h5 = Math.imul(h4 ^ recent[(i - 4) & 7], PRIME);
      const a = Math.imul(h3 ^ 3, 0x9e3779b1) >>> shift;
      const b = Math.imul(h4 ^ 4, 0x9e3779b1) >>> shift;
      const c = Math.imul(h5 ^ 5, 0x9e3779b1) >>> shift;
      ring[head & mask] = a;
      ring[(head + 1) & mask] = b;
      ring[(head + 2) & mask] = c;
      head += 3;
      if (counts[a]++ === 0) {
        dot += weights[a];
        distinct++;
        if (D > 0) addRow(esum, emb, a, D, 1);
      }
      if (counts[b]++ === 0) {
        dot += weights[b];
        distinct++;
        if (D > 0) addRow(esum, emb, b, D, 1);
      }
      if (counts[c]++ === 0) {
        dot += weights[c];
        distinct++;
        if (D > 0) addRow(esum, emb, c, D, 1);
      }
    } else {
      let h = FNV;
      const top = i + 1 < charMax ? i + 1 : charMax;
      for (let n = 1; n <= top; n++) {
        h = Math.imul(h ^ recent[(i - n + 1) & 7], PRIME);
        if (n < charMin) continue;
        const id = Math.imul(h ^ n, 0x9e3779b1) >>> shift;
        ring[head & mask] = id;
        head++;
        if (counts[id]++ === 0) {
          dot += weights[id];
          distinct++;
          if (D > 0) addRow(esum, emb, id, D, 1);
        }
      }
    }
    if (!words) {
      headAt[i & hmask] = head;
      continue;
    }
    // Word unigram and bigram at the character that ends a word (they end at i, ≤ evalAt).
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127) {
      word = Math.imul(word ^ code, PRIME);
      inWord = true;
    } else if (inWord) {
      const uni = Math.imul(word ^ 0x5bd1e995, 0x9e3779b1) >>> shift;
      ring[head & mask] = uni;
      head++;
      if (counts[uni]++ === 0) {
        dot += weights[uni];
        distinct++;
        if (D > 0) addRow(esum, emb, uni, D, 1);
      }
      if (prevWord !== 0) {
        const bi = Math.imul(Math.imul(prevWord, 31) ^ word ^ 0x27d4eb2d, 0x9e3779b1) >>> shift;
        ring[head & mask] = bi;
        head++;
        if (counts[bi]++ === 0) {
          dot += weights[bi];
          distinct++;
          if (D > 0) addRow(esum, emb, bi, D, 1);
        }
      }
      prevWord = word;
      word = FNV;
      inWord = false;
    }
    headAt[i & hmask] = head;
  }
  // Reset the counts touched by this call.
  for (let k = tail; k < head; k++) counts[ring[k & mask]] = 0;
  const start = Math.max(0, bestEnd - W - 1);
  const wStart = L <= W ? 0 : start;
  const wEnd = L <= W ? text.length : Math.min(text.length, Math.max(start, bestEnd - 1));
  // Concept families of the best window (the whole text when it fits one window, as in training):
  // the cost stays bounded by the window on long texts.
  const concepts = cfg.concepts ? conceptHits(cfg.concepts, L <= W ? text : text.slice(wStart, wEnd)) : NO_HITS;
  // The head sees the concept slots too, so a fasttext score is recomputed with them.
  if (net) bestScore = bestLinear + headLogit(net, bestE, concepts);
  for (const k of concepts) bestScore += weights[conceptBase + k];
  return { score: 1 / (1 + Math.exp(-bestScore)), start: wStart, end: wEnd, concepts };
}

// One window's aggregate for one dimension tuple (route, model, arm, tenant): additive counters, DDSketches
// and a bounded reservoir of hashed-n-gram text samples. Aggregates merge exactly (counters add, sketch bins
// add), so per-minute partial rows written by any node combine into any window at query time. Negative
// deltas are allowed for scores (a feedback correction replaces its earlier value).
import { createRng } from '../../util/prng.ts';
import { DDSketch, type SketchJson } from '../sketch/ddsketch.ts';

/** Numeric features kept as sketches (latency and TTFT are signals and drift features alike). */
export const NUMERIC_FEATURES = ['latency_ms', 'ttft_ms', 'prompt_chars', 'answer_chars', 'output_tokens'] as const;
export type NumericFeature = (typeof NUMERIC_FEATURES)[number];
/** Categorical features kept as counts. */
export const CATEGORICAL_FEATURES = ['language', 'finish_reason', 'model_served', 'error_class', 'guardrail'] as const;
export type CategoricalFeature = (typeof CATEGORICAL_FEATURES)[number];

export const TEXT_RESERVOIR = 32;
/** Text samples kept when windows are merged for a query (drift needs more than one window's worth). */
export const QUERY_RESERVOIR = 400;
export const MAX_TERMS = 256;
const MAX_CATEGORIES = 64;

export interface ScoreStats {
  n: number;
  sum: number;
  /** Counts of values in [0,0.1), …, [0.9,1] (values clamped), for quality SLOs at tenths. */
  h: number[];
}

export interface Aggregate {
  n: number;
  /** Requests answered 5xx (or not at all): availability's bad events. */
  failed: number;
  /** Requests with any error (status ≥ 400). */
  errors: number;
  refusals: number;
  empty: number;
  inTokens: number;
  outTokens: number;
  cost: number;
  costN: number;
  num: Record<NumericFeature, DDSketch>;
  cat: Record<CategoricalFeature, Record<string, number>>;
  scores: Record<string, ScoreStats>;
  labels: Record<string, number>;
  /** Reservoir of hashed-n-gram vectors of answers (Algorithm R over `seen`). */
  text: { seen: number; samples: number[][]; terms: Record<string, string> };
}

export interface AggregateJson extends Omit<Aggregate, 'num'> {
  num: Record<string, SketchJson>;
}

export function newAggregate(): Aggregate {
  const num = {} as Record<NumericFeature, DDSketch>;
  for (const f of NUMERIC_FEATURES) num[f] = new DDSketch();
  const cat = {} as Record<CategoricalFeature, Record<string, number>>;
  for (const f of CATEGORICAL_FEATURES) cat[f] = {};
  return {
    n: 0,
    failed: 0,
    errors: 0,
    refusals: 0,
    empty: 0,
    inTokens: 0,
    outTokens: 0,
    cost: 0,
    costN: 0,
    num,
    cat,
    scores: {},
    labels: {},
    text: { seen: 0, samples: [], terms: {} },
  };
}

export function countCategory(map: Record<string, number>, key: string, by = 1): void {
  const v = map[key];
  if (v !== undefined) map[key] = v + by;
  else if (Object.keys(map).length < MAX_CATEGORIES) map[key] = by;
  else map._other = (map._other ?? 0) + by;
}

export function addScore(a: Aggregate, name: string, value: number, weight = 1): void {
  let s = a.scores[name];
  if (!s) {
    s = { n: 0, sum: 0, h: new Array<number>(10).fill(0) };
    a.scores[name] = s;
  }
  s.n += weight;
  s.sum += value * weight;
  s.h[Math.min(9, Math.max(0, Math.floor(value * 10)))] += weight;
}

export function addTerms(a: Aggregate, terms: Map<number, string>): void {
  let n = Object.keys(a.text.terms).length;
  for (const [k, v] of terms) {
    if (n >= MAX_TERMS) return;
    if (a.text.terms[k] === undefined && !v.includes(' ')) {
      a.text.terms[k] = v;
      n++;
    }
  }
}

/** Adds b into a (in place). */
export function mergeInto(a: Aggregate, b: Aggregate | AggregateJson, cap = TEXT_RESERVOIR, seed = 1): void {
  a.n += b.n;
  a.failed += b.failed;
  a.errors += b.errors;
  a.refusals += b.refusals;
  a.empty += b.empty;
  a.inTokens += b.inTokens;
  a.outTokens += b.outTokens;
  a.cost += b.cost;
  a.costN += b.costN;
  for (const f of NUMERIC_FEATURES) {
    const s = b.num[f];
    if (s) a.num[f].merge(s instanceof DDSketch ? s : (s as SketchJson));
  }
  for (const f of CATEGORICAL_FEATURES) {
    for (const [k, v] of Object.entries(b.cat[f] ?? {})) a.cat[f][k] = (a.cat[f][k] ?? 0) + v;
  }
  for (const [name, s] of Object.entries(b.scores)) {
    const t = a.scores[name] ?? { n: 0, sum: 0, h: new Array<number>(10).fill(0) };
    t.n += s.n;
    t.sum += s.sum;
    for (let i = 0; i < 10; i++) t.h[i] += s.h[i];
    a.scores[name] = t;
  }
  for (const [k, v] of Object.entries(b.labels)) a.labels[k] = (a.labels[k] ?? 0) + v;
  mergeReservoir(a, b.text, cap, seed);
}

/** Merged reservoir: each slot drawn from a side in proportion to how many items that side saw. */
function mergeReservoir(a: Aggregate, t: Aggregate['text'], cap: number, seed: number): void {
  for (const [k, v] of Object.entries(t.terms)) if (a.text.terms[k] === undefined) a.text.terms[k] = v;
  if (t.seen === 0) return;
  if (a.text.seen === 0) {
    a.text.seen = t.seen;
    a.text.samples = t.samples.slice();
    return;
  }
  const all = a.text.samples.length + t.samples.length;
  if (all <= cap) {
    a.text.samples = a.text.samples.concat(t.samples);
  } else {
    const rng = createRng(seed + a.text.seen * 31 + t.seen);
    const pa = a.text.seen / (a.text.seen + t.seen);
    const left = a.text.samples.slice();
    const right = t.samples.slice();
    const out: number[][] = [];
    while (out.length < cap && (left.length > 0 || right.length > 0)) {
      const fromLeft = right.length === 0 || (left.length > 0 && rng() < pa);
      const src = fromLeft ? left : right;
      out.push(src.splice(Math.floor(rng() * src.length), 1)[0]);
    }
    a.text.samples = out;
  }
  a.text.seen += t.seen;
}

export function aggregateToJson(a: Aggregate): AggregateJson {
  const num: Record<string, SketchJson> = {};
  for (const f of NUMERIC_FEATURES) if (a.num[f].count !== 0) num[f] = a.num[f].toJSON();
  return { ...a, num };
}

export function aggregateFromJson(j: AggregateJson): Aggregate {
  const a = newAggregate();
  mergeInto(a, j, QUERY_RESERVOIR);
  return a;
}

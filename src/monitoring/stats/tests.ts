// The drift statistics, each a pure function over weighted numeric points or category counts, returning the
// statistic and (for the hypothesis tests) a p-value. Thresholds and the choice of test live in drift/.
import { chiSquareSurvival, kolmogorovSurvival } from './distributions.ts';

export interface WeightedPoint {
  value: number;
  weight: number;
}

function totalWeight(p: WeightedPoint[]): number {
  let n = 0;
  for (const x of p) n += x.weight;
  return n;
}

function sorted(p: WeightedPoint[]): WeightedPoint[] {
  return [...p].filter((x) => x.weight > 0).sort((a, b) => a.value - b.value);
}

/**
 * Two-sample Kolmogorov–Smirnov over weighted points: D = sup |F₁ − F₂|; the p-value is the asymptotic one
 * (Stephens' correction, as scipy's `ks_2samp(method="asymp")` and Numerical Recipes `kstwo`).
 */
export function ksTwoSample(a: WeightedPoint[], b: WeightedPoint[]): { statistic: number; pValue: number } {
  const sa = sorted(a);
  const sb = sorted(b);
  const na = totalWeight(sa);
  const nb = totalWeight(sb);
  if (na === 0 || nb === 0) return { statistic: 0, pValue: 1 };
  let i = 0;
  let j = 0;
  let fa = 0;
  let fb = 0;
  let d = 0;
  while (i < sa.length || j < sb.length) {
    const v = Math.min(i < sa.length ? sa[i].value : Infinity, j < sb.length ? sb[j].value : Infinity);
    while (i < sa.length && sa[i].value === v) fa += sa[i++].weight;
    while (j < sb.length && sb[j].value === v) fb += sb[j++].weight;
    d = Math.max(d, Math.abs(fa / na - fb / nb));
  }
  const en = Math.sqrt((na * nb) / (na + nb));
  return { statistic: d, pValue: kolmogorovSurvival((en + 0.12 + 0.11 / en) * d) };
}

/** First Wasserstein (earth mover's) distance between two weighted 1-D distributions: ∫|F₁ − F₂| dx. */
export function wasserstein(a: WeightedPoint[], b: WeightedPoint[]): number {
  const sa = sorted(a);
  const sb = sorted(b);
  const na = totalWeight(sa);
  const nb = totalWeight(sb);
  if (na === 0 || nb === 0) return 0;
  const xs = [...new Set([...sa.map((p) => p.value), ...sb.map((p) => p.value)])].sort((x, y) => x - y);
  let i = 0;
  let j = 0;
  let fa = 0;
  let fb = 0;
  let dist = 0;
  for (let k = 0; k < xs.length - 1; k++) {
    while (i < sa.length && sa[i].value <= xs[k]) fa += sa[i++].weight;
    while (j < sb.length && sb[j].value <= xs[k]) fb += sb[j++].weight;
    dist += Math.abs(fa / na - fb / nb) * (xs[k + 1] - xs[k]);
  }
  return dist;
}

export function weightedStd(p: WeightedPoint[]): number {
  const n = totalWeight(p);
  if (n === 0) return 0;
  let mean = 0;
  for (const x of p) mean += x.value * x.weight;
  mean /= n;
  let v = 0;
  for (const x of p) v += x.weight * (x.value - mean) ** 2;
  return Math.sqrt(v / n);
}

/** Evidently's eps for empty bins in PSI (keeps the log finite). */
const PSI_EPS = 0.0001;

/** Population stability index over aligned bin shares: Σ (c − r)·ln(c / r). */
export function psi(refShares: number[], curShares: number[]): { value: number; perBin: number[] } {
  const perBin = refShares.map((r0, i) => {
    const r = Math.max(r0, PSI_EPS);
    const c = Math.max(curShares[i] ?? 0, PSI_EPS);
    return (c - r) * Math.log(c / r);
  });
  return { value: perBin.reduce((s, x) => s + x, 0), perBin };
}

/** Shares of weighted points in bins split at `edges` (k edges → k+1 bins; a value equal to an edge goes left). */
export function binShares(p: WeightedPoint[], edges: number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  let n = 0;
  for (const x of p) {
    let k = 0;
    while (k < edges.length && x.value > edges[k]) k++;
    counts[k] += x.weight;
    n += x.weight;
  }
  return counts.map((c) => (n === 0 ? 0 : c / n));
}

/** Chi-square test of homogeneity on a 2×k table (reference vs current counts per category). */
export function chiSquare(
  ref: Record<string, number>,
  cur: Record<string, number>,
): { statistic: number; pValue: number; df: number; contributions: Record<string, number> } {
  const cats = [...new Set([...Object.keys(ref), ...Object.keys(cur)])].filter(
    (c) => (ref[c] ?? 0) + (cur[c] ?? 0) > 0,
  );
  const nr = cats.reduce((s, c) => s + (ref[c] ?? 0), 0);
  const nc = cats.reduce((s, c) => s + (cur[c] ?? 0), 0);
  const n = nr + nc;
  const contributions: Record<string, number> = {};
  let stat = 0;
  if (nr === 0 || nc === 0 || cats.length < 2) return { statistic: 0, pValue: 1, df: 0, contributions };
  for (const c of cats) {
    const col = (ref[c] ?? 0) + (cur[c] ?? 0);
    const er = (nr * col) / n;
    const ec = (nc * col) / n;
    const x = ((ref[c] ?? 0) - er) ** 2 / er + ((cur[c] ?? 0) - ec) ** 2 / ec;
    contributions[c] = x;
    stat += x;
  }
  const df = cats.length - 1;
  return { statistic: stat, pValue: chiSquareSurvival(stat, df), df, contributions };
}

/** Jensen–Shannon distance (natural log, as scipy's `jensenshannon`): √(½KL(P‖M) + ½KL(Q‖M)). */
export function jensenShannon(
  ref: Record<string, number>,
  cur: Record<string, number>,
): { distance: number; contributions: Record<string, number> } {
  const cats = [...new Set([...Object.keys(ref), ...Object.keys(cur)])];
  const nr = cats.reduce((s, c) => s + (ref[c] ?? 0), 0);
  const nc = cats.reduce((s, c) => s + (cur[c] ?? 0), 0);
  const contributions: Record<string, number> = {};
  if (nr === 0 || nc === 0) return { distance: 0, contributions };
  let js = 0;
  for (const c of cats) {
    const p = (ref[c] ?? 0) / nr;
    const q = (cur[c] ?? 0) / nc;
    const m = (p + q) / 2;
    const term = (p > 0 ? 0.5 * p * Math.log(p / m) : 0) + (q > 0 ? 0.5 * q * Math.log(q / m) : 0);
    contributions[c] = term;
    js += term;
  }
  return { distance: Math.sqrt(Math.max(0, js)), contributions };
}

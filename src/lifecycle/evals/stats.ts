// Bootstrap confidence intervals: the mean of per-item scores, and the mean paired difference of two versions on
// the same items. Seeded (mulberry32) so a report is reproducible; percentile method, 2,000 resamples by default.
import { createRng } from '../../util/prng.ts';

export interface MeanCi {
  n: number;
  mean: number;
  ci95: [number, number];
}

export interface PairedComparison extends MeanCi {
  wins: number;
  ties: number;
  losses: number;
}

const B = 2000;

function quantile(sorted: Float64Array, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function mean(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return xs.length ? s / xs.length : 0;
}

/** Mean with a percentile-bootstrap 95% CI (n = 0 gives NaN bounds: "insufficient data", never a pass). */
export function bootstrapMean(values: number[], seed = 1, resamples = B): MeanCi {
  const n = values.length;
  if (n === 0) return { n, mean: Number.NaN, ci95: [Number.NaN, Number.NaN] };
  const rng = createRng(seed);
  const means = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += values[Math.floor(rng() * n)];
    means[b] = s / n;
  }
  means.sort();
  return { n, mean: mean(values), ci95: [quantile(means, 0.025), quantile(means, 0.975)] };
}

/** Paired: per-item deltas (b − a), bootstrap over items, wins/ties/losses of b against a. */
export function pairedBootstrap(a: number[], b: number[], seed = 1, resamples = B): PairedComparison {
  if (a.length !== b.length) throw new Error('paired comparison needs the same items on both sides');
  const deltas = a.map((x, i) => b[i] - x);
  const eps = 1e-9;
  return {
    ...bootstrapMean(deltas, seed, resamples),
    wins: deltas.filter((d) => d > eps).length,
    ties: deltas.filter((d) => Math.abs(d) <= eps).length,
    losses: deltas.filter((d) => d < -eps).length,
  };
}

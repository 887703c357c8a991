// Drift of one feature between a reference aggregate and a current one. Each test is a descriptor (name,
// feature kind, default threshold) and the default follows Evidently: with ≤ 1,000 reference rows KS for
// numbers and chi-square for categories (p < 0.05), above it Wasserstein (normed by the reference's std)
// and Jensen–Shannon (> 0.1), since p-values flag everything on large samples. Too few rows is its own
// status ("insufficient_data"), never "not drifted".
import {
  type Aggregate,
  CATEGORICAL_FEATURES,
  type CategoricalFeature,
  NUMERIC_FEATURES,
  type NumericFeature,
} from '../signals/aggregate.ts';
import { binShares, chiSquare, jensenShannon, ksTwoSample, psi, wasserstein, weightedStd } from '../stats/tests.ts';
import { domainClassifierDrift } from '../text/domain-classifier.ts';
import { DDSketch } from '../sketch/ddsketch.ts';

export const TEXT_FEATURE = 'answer_text';
export type DriftMethod = 'ks' | 'wasserstein' | 'psi' | 'chi_square' | 'jensen_shannon' | 'domain_classifier';
export type FeatureKind = 'numeric' | 'categorical' | 'text';

export interface DriftContribution {
  name: string;
  reference: number;
  current: number;
  contribution: number;
}

export interface DriftResult {
  feature: string;
  kind: FeatureKind;
  method: DriftMethod;
  status: 'ok' | 'insufficient_data';
  drifted: boolean;
  statistic: number | null;
  pValue: number | null;
  /** Distance for distance tests (= statistic); null for p-value tests. */
  distance: number | null;
  threshold: number;
  nReference: number;
  nCurrent: number;
  /** What moved most: bins, categories or terms. */
  top: DriftContribution[];
}

export interface DriftOptions {
  method?: DriftMethod;
  threshold?: number;
  /** Below this many rows on either side the result is insufficient_data (default 30; text 20). */
  minSamples?: number;
  /** Reference size above which distance tests replace p-value tests (default 1000). */
  largeReference?: number;
}

export const DEFAULT_THRESHOLDS: Record<DriftMethod, number> = {
  ks: 0.05,
  chi_square: 0.05,
  wasserstein: 0.1,
  psi: 0.1,
  jensen_shannon: 0.1,
  domain_classifier: 0.55,
};

export function featureKind(feature: string): FeatureKind | null {
  if ((NUMERIC_FEATURES as readonly string[]).includes(feature)) return 'numeric';
  if ((CATEGORICAL_FEATURES as readonly string[]).includes(feature)) return 'categorical';
  if (feature === TEXT_FEATURE) return 'text';
  return null;
}

export const ALL_FEATURES: string[] = [...NUMERIC_FEATURES, ...CATEGORICAL_FEATURES, TEXT_FEATURE];

function insufficient(
  feature: string,
  kind: FeatureKind,
  method: DriftMethod,
  t: number,
  nr: number,
  nc: number,
): DriftResult {
  return {
    feature,
    kind,
    method,
    status: 'insufficient_data',
    drifted: false,
    statistic: null,
    pValue: null,
    distance: null,
    threshold: t,
    nReference: nr,
    nCurrent: nc,
    top: [],
  };
}

function numericDrift(feature: NumericFeature, ref: DDSketch, cur: DDSketch, o: DriftOptions): DriftResult {
  const large = ref.count > (o.largeReference ?? 1000);
  const method = o.method ?? (large ? 'wasserstein' : 'ks');
  const threshold = o.threshold ?? DEFAULT_THRESHOLDS[method];
  const min = o.minSamples ?? 30;
  if (ref.count < min || cur.count < min)
    return insufficient(feature, 'numeric', method, threshold, ref.count, cur.count);
  const rp = ref.points();
  const cp = cur.points();
  const top: DriftContribution[] = [0.5, 0.9].map((q) => ({
    name: `p${q * 100}`,
    reference: ref.quantile(q) ?? 0,
    current: cur.quantile(q) ?? 0,
    contribution: (cur.quantile(q) ?? 0) - (ref.quantile(q) ?? 0),
  }));
  top.unshift({
    name: 'mean',
    reference: ref.mean() ?? 0,
    current: cur.mean() ?? 0,
    contribution: (cur.mean() ?? 0) - (ref.mean() ?? 0),
  });
  const base = {
    feature,
    kind: 'numeric' as const,
    method,
    status: 'ok' as const,
    threshold,
    nReference: ref.count,
    nCurrent: cur.count,
    top,
  };
  if (method === 'ks') {
    const r = ksTwoSample(rp, cp);
    return { ...base, drifted: r.pValue < threshold, statistic: r.statistic, pValue: r.pValue, distance: null };
  }
  if (method === 'psi') {
    const edges = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((q) => ref.quantile(q) ?? 0);
    const uniq = [...new Set(edges)];
    const r = psi(binShares(rp, uniq), binShares(cp, uniq));
    return { ...base, drifted: r.value > threshold, statistic: r.value, pValue: null, distance: r.value };
  }
  const d = wasserstein(rp, cp) / Math.max(weightedStd(rp), 0.001);
  return { ...base, method: 'wasserstein', drifted: d > threshold, statistic: d, pValue: null, distance: d };
}

function categoricalDrift(
  feature: CategoricalFeature,
  ref: Record<string, number>,
  cur: Record<string, number>,
  o: DriftOptions,
): DriftResult {
  const nr = Object.values(ref).reduce((s, x) => s + x, 0);
  const nc = Object.values(cur).reduce((s, x) => s + x, 0);
  const method = o.method ?? (nr > (o.largeReference ?? 1000) ? 'jensen_shannon' : 'chi_square');
  const threshold = o.threshold ?? DEFAULT_THRESHOLDS[method];
  const min = o.minSamples ?? 30;
  if (nr < min || nc < min) return insufficient(feature, 'categorical', method, threshold, nr, nc);
  const share = (m: Record<string, number>, n: number, k: string) => (m[k] ?? 0) / n;
  const tops = (contrib: Record<string, number>) =>
    Object.entries(contrib)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([name, c]) => ({ name, reference: share(ref, nr, name), current: share(cur, nc, name), contribution: c }));
  const base = {
    feature,
    kind: 'categorical' as const,
    status: 'ok' as const,
    threshold,
    nReference: nr,
    nCurrent: nc,
  };
  if (method === 'jensen_shannon') {
    const r = jensenShannon(ref, cur);
    return {
      ...base,
      method,
      drifted: r.distance > threshold,
      statistic: r.distance,
      pValue: null,
      distance: r.distance,
      top: tops(r.contributions),
    };
  }
  const r = chiSquare(ref, cur);
  return {
    ...base,
    method: 'chi_square',
    drifted: r.df > 0 && r.pValue < threshold,
    statistic: r.statistic,
    pValue: r.pValue,
    distance: null,
    top: tops(r.contributions),
  };
}

function textDrift(ref: Aggregate, cur: Aggregate, o: DriftOptions): DriftResult {
  const threshold = o.threshold ?? DEFAULT_THRESHOLDS.domain_classifier;
  const min = o.minSamples ?? 20;
  const nr = ref.text.samples.length;
  const nc = cur.text.samples.length;
  if (nr < min || nc < min) return insufficient(TEXT_FEATURE, 'text', 'domain_classifier', threshold, nr, nc);
  const r = domainClassifierDrift(ref.text.samples, cur.text.samples, { threshold });
  const docShare = (samples: number[][], f: number) => samples.filter((s) => s.includes(f)).length / samples.length;
  const terms = { ...ref.text.terms, ...cur.text.terms };
  return {
    feature: TEXT_FEATURE,
    kind: 'text',
    method: 'domain_classifier',
    status: 'ok',
    drifted: r.drifted,
    statistic: r.auc,
    pValue: null,
    distance: r.auc,
    threshold,
    nReference: nr,
    nCurrent: nc,
    top: r.topFeatures
      .filter((f) => terms[f.feature] !== undefined)
      .slice(0, 5)
      .map((f) => ({
        name: terms[f.feature],
        reference: docShare(ref.text.samples, f.feature),
        current: docShare(cur.text.samples, f.feature),
        contribution: f.weight,
      })),
  };
}

export function detectDrift(feature: string, ref: Aggregate, cur: Aggregate, o: DriftOptions = {}): DriftResult {
  const kind = featureKind(feature);
  if (kind === 'numeric')
    return numericDrift(
      feature as NumericFeature,
      ref.num[feature as NumericFeature],
      cur.num[feature as NumericFeature],
      o,
    );
  if (kind === 'categorical') {
    const f = feature as CategoricalFeature;
    return categoricalDrift(f, ref.cat[f], cur.cat[f], o);
  }
  if (kind === 'text') return textDrift(ref, cur, o);
  throw new RangeError(`unknown drift feature "${feature}"`);
}

/** Dataset-level drift: the share of evaluated features that drifted (drifted when ≥ `share`, default 0.5). */
export function datasetDrift(
  results: DriftResult[],
  share = 0.5,
): { share: number; drifted: boolean; evaluated: number } {
  const ok = results.filter((r) => r.status === 'ok');
  const s = ok.length === 0 ? 0 : ok.filter((r) => r.drifted).length / ok.length;
  return { share: s, drifted: ok.length > 0 && s >= share, evaluated: ok.length };
}

export { DDSketch };

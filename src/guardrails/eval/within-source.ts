// `lintel guard eval --within-source <k>`: the held-out estimate for a hidden test split drawn from
// the same distribution as a training source. For each chosen source, its items go to k grouped
// folds (train/within-folds.ts); each fold is scored by a detector trained on every other source
// plus the other k-1 folds (near-duplicates of the fold removed), threshold and plain threshold
// chosen on that training data as `guard train` does, classifier + rules as the detector runs.
// Leave-one-source-out and in-sample (evalBySource) are printed beside it.

import { foldTrainMask, withinFolds } from '../train/within-folds.ts';
import { type BySourceOptions, conceptRun, evalBySource, type SourceRow, trainedFlagger } from './by-source.ts';

export interface WithinRow extends SourceRow {
  k: number;
  /** Per fold: items, and held-out rate of the detector (classifier + rules) and of the classifier alone. */
  folds: { n: number; rate: number; clf: number }[];
  mean: number;
  sd: number;
  meanClf: number;
  /** All folds' held-out decisions pooled. */
  pooled: number;
}

export interface WithinSourceResult {
  rows: WithinRow[];
  seconds: number;
}

export interface WithinSourceOptions extends BySourceOptions {
  k: number;
  /** Also run leave-one-source-out and in-sample for the same sources (default true). */
  loso?: boolean;
}

export function meanSd(xs: readonly number[]): { mean: number; sd: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const v = xs.length < 2 ? 0 : xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1);
  return { mean, sd: Math.sqrt(v) };
}

export function evalWithinSource(o: WithinSourceOptions): WithinSourceResult {
  const t0 = performance.now();
  const log = o.log ?? (() => {});
  const loso = o.loso === false ? undefined : evalBySource(o);
  const rows: WithinRow[] = [];
  for (const concept of o.concepts ?? (['injection', 'harmful'] as const)) {
    const { opts, items, vecs, plainTarget, canTrain, sources } = conceptRun(o, concept);
    for (const source of sources) {
      const folds = withinFolds(items, source, o.k);
      const per: WithinRow['folds'] = [];
      let hits = 0;
      let n = 0;
      for (let f = 0; f < o.k; f++) {
        const held = items.filter((_, i) => folds[i] === f);
        if (held.length === 0) continue;
        const flag = trainedFlagger(
          items,
          vecs,
          foldTrainMask(items, canTrain, folds, f),
          concept,
          opts,
          plainTarget,
        ).flag;
        let any = 0;
        let clf = 0;
        for (const t of held) {
          const r = flag(t.text);
          if (r.any) any++;
          if (r.clf) clf++;
        }
        per.push({ n: held.length, rate: any / held.length, clf: clf / held.length });
        hits += any;
        n += held.length;
        log(
          `${concept} ${source} fold ${f + 1}/${o.k}: n ${held.length}, held out ${(any / held.length).toFixed(3)} (${((performance.now() - t0) / 1000).toFixed(0)}s)`,
        );
      }
      const label = items.find((t) => t.source === source)!.label;
      const base = loso?.rows.find((r) => r.concept === concept && r.source === source);
      const { mean, sd } = meanSd(per.map((p) => p.rate));
      rows.push({
        concept,
        source,
        kind: label === 1 ? 'attack' : 'benign',
        n,
        loso: base?.loso ?? Number.NaN,
        losoRules: base?.losoRules ?? Number.NaN,
        inSample: base?.inSample ?? Number.NaN,
        threshold: base?.threshold ?? Number.NaN,
        k: o.k,
        folds: per,
        mean,
        sd,
        meanClf: meanSd(per.map((p) => p.clf)).mean,
        pooled: hits / Math.max(1, n),
      });
    }
  }
  return { rows, seconds: (performance.now() - t0) / 1000 };
}

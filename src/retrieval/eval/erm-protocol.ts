// The ERM evaluation protocol: for each of several random splits of the judged queries, evolve the keys with the
// qrels of the "evolve" part, then compare BM25 and BM25+ERM on the held-out part. Keys are reset between splits.
// Also reports the held-out queries none of whose relevant documents received feedback (the no-regression check).
import { createRng, shuffled } from '../../util/prng.ts';
import { ErmEngine } from '../erm/engine.ts';
import type { ErmConfig } from '../erm/types.ts';
import type { Bm25Index, QueryTerms } from '../lexical/bm25.ts';
import type { BeirQuery } from './beir.ts';
import { meanMetrics, meanSd, type Qrels, queryMetrics } from './metrics.ts';

export interface ErmProtocolOptions {
  splits: number;
  /** Share of the judged queries used to evolve (the rest is held out). */
  evolveFraction: number;
  seed: number;
  erm?: Partial<ErmConfig>;
}

export interface SplitResult {
  split: number;
  evolve: number;
  heldOut: number;
  bm25: number;
  erm: number;
  /** Held-out queries whose relevant documents got no feedback. */
  untouched: { queries: number; bm25: number; erm: number };
  /** Held-out queries with at least one relevant document that got feedback. */
  touched: { queries: number; bm25: number; erm: number };
  keys: { documents: number; units: number };
}

export interface ErmProtocolReport {
  splits: SplitResult[];
  bm25: { mean: number; sd: number };
  erm: { mean: number; sd: number };
  delta: { mean: number; sd: number };
  untouchedDelta: { mean: number; sd: number };
}

export function runErmProtocol(
  index: Bm25Index,
  deps: {
    analyze(t: string): string[];
    toQuery(t: string[]): QueryTerms;
    docTerms(id: string): Map<string, number> | undefined;
  },
  queries: BeirQuery[],
  qrels: Qrels,
  opts: ErmProtocolOptions,
): ErmProtocolReport {
  const judged = queries.filter((q) => qrels.has(q.id));
  const rng = createRng(opts.seed);
  const results: SplitResult[] = [];
  const ndcg = (qs: BeirQuery[], learned: boolean) =>
    meanMetrics(
      qs.map((q) =>
        queryMetrics(
          q.id,
          index.search(deps.toQuery(deps.analyze(q.text)), 100, { useLearned: learned }).map((h) => h.id),
          qrels.get(q.id) as Map<string, number>,
        ),
      ),
    ).ndcg10;
  for (let s = 0; s < opts.splits; s++) {
    const order = shuffled(judged, rng);
    const cut = Math.round(order.length * opts.evolveFraction);
    const evolve = order.slice(0, cut);
    const held = order.slice(cut);
    // A fresh engine resets the keys (version 0) for every split.
    const erm = new ErmEngine({ index, ...deps }, opts.erm);
    const fed = new Set<string>();
    for (const q of evolve) {
      for (const [doc, rel] of qrels.get(q.id) ?? []) {
        const r = erm.observe({ query: q.text, queryId: q.id, doc, relevance: rel, source: 'qrels' });
        if (r.accepted) fed.add(doc);
      }
    }
    const v = erm.commit('end of evolve');
    const isTouched = (q: BeirQuery) => [...(qrels.get(q.id)?.keys() ?? [])].some((d) => fed.has(d));
    const untouchedQs = held.filter((q) => !isTouched(q));
    const touchedQs = held.filter(isTouched);
    results.push({
      split: s,
      evolve: evolve.length,
      heldOut: held.length,
      bm25: ndcg(held, false),
      erm: ndcg(held, true),
      untouched: { queries: untouchedQs.length, bm25: ndcg(untouchedQs, false), erm: ndcg(untouchedQs, true) },
      touched: { queries: touchedQs.length, bm25: ndcg(touchedQs, false), erm: ndcg(touchedQs, true) },
      keys: {
        documents: Object.keys(v.keys).length,
        units: Object.values(v.keys).reduce((n, k) => n + Object.keys(k).length, 0),
      },
    });
    erm.rollback(0);
  }
  return {
    splits: results,
    bm25: meanSd(results.map((r) => r.bm25)),
    erm: meanSd(results.map((r) => r.erm)),
    delta: meanSd(results.map((r) => r.erm - r.bm25)),
    untouchedDelta: meanSd(results.map((r) => r.untouched.erm - r.untouched.bm25)),
  };
}

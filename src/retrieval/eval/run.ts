// `lintel retrieval eval`: BM25 (and optionally the ERM protocol) on a BEIR-layout data set, read in place.
import { analyze } from '../lexical/analyzer.ts';
import { type Bm25Params, Bm25Index, queryTerms } from '../lexical/bm25.ts';
import type { ErmConfig } from '../erm/types.ts';
import { readCorpus, readQrels, readQueries } from './beir.ts';
import { type ErmProtocolReport, runErmProtocol } from './erm-protocol.ts';
import { meanMetrics, type QueryMetrics, queryMetrics } from './metrics.ts';

export interface EvalOptions {
  corpus: string;
  queries: string;
  qrels: string;
  bm25: Bm25Params;
  erm?: { splits: number; evolveFraction: number; seed: number; config?: Partial<ErmConfig> };
}

export interface EvalReport {
  documents: number;
  queries: number;
  bm25: Bm25Params;
  analyzer: string;
  metrics: { ndcg10: number; recall100: number; mrr10: number; queries: number };
  perQuery: QueryMetrics[];
  timings: { indexMs: number; searchMs: number };
  erm?: ErmProtocolReport;
}

export function buildBeirIndex(corpusPath: string, params: Bm25Params) {
  const corpus = readCorpus(corpusPath);
  const docs = corpus.map((c) => {
    const terms = analyze(`${c.title}\n${c.text}`);
    return { id: c.id, terms: queryTerms(terms), length: terms.length };
  });
  const byId = new Map(docs.map((d) => [d.id, d.terms]));
  return { index: new Bm25Index(docs, params), docTerms: (id: string) => byId.get(id) };
}

export function runEval(o: EvalOptions): EvalReport {
  const t0 = performance.now();
  const { index, docTerms } = buildBeirIndex(o.corpus, o.bm25);
  const t1 = performance.now();
  const qrels = readQrels(o.qrels);
  const queries = readQueries(o.queries).filter((q) => qrels.has(q.id));
  if (queries.length === 0) throw new Error('no query in the queries file has judgements in the qrels file');
  const perQuery = queries.map((q) =>
    queryMetrics(
      q.id,
      index.search(queryTerms(analyze(q.text)), 100).map((h) => h.id),
      qrels.get(q.id) as Map<string, number>,
    ),
  );
  const t2 = performance.now();
  const report: EvalReport = {
    documents: index.size,
    queries: queries.length,
    bm25: o.bm25,
    analyzer: 'lucene-english-porter-1',
    metrics: meanMetrics(perQuery),
    perQuery,
    timings: { indexMs: Math.round(t1 - t0), searchMs: Math.round(t2 - t1) },
  };
  if (o.erm) {
    report.erm = runErmProtocol(index, { analyze, toQuery: queryTerms, docTerms }, queries, qrels, {
      splits: o.erm.splits,
      evolveFraction: o.erm.evolveFraction,
      seed: o.erm.seed,
      erm: o.erm.config,
    });
  }
  return report;
}

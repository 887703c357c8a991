// Evaluates a collection as it serves now: each judged query runs through the live search (same mode, fusion,
// learned keys) and the ranked documents are scored like the offline BEIR evaluation (nDCG@10, recall@100,
// MRR@10). Judgments name documents by doc_key, with a graded relevance (0 = not relevant).
import type { RetrieveRequest, RetrieveResponse } from '../service.ts';
import { meanMetrics, type QueryMetrics, queryMetrics } from './metrics.ts';

export interface Judgment {
  query: string;
  /** doc_key → relevance (> 0 relevant), or a list of relevant doc_keys (relevance 1). */
  relevant: Record<string, number> | string[];
}

export interface LiveEvalReport {
  collection: string;
  mode: RetrieveResponse['mode'];
  index_version: number;
  key_version: number;
  metrics: ReturnType<typeof meanMetrics>;
  per_query: (QueryMetrics & { top: string[] })[];
}

/** Search depth: recall@100 needs the first hundred documents. */
const DEPTH = 100;

export async function evaluateLive(
  retrieve: (r: RetrieveRequest) => Promise<RetrieveResponse>,
  base: Omit<RetrieveRequest, 'query' | 'k' | 'explain'>,
  judgments: Judgment[],
): Promise<LiveEvalReport> {
  const perQuery: LiveEvalReport['per_query'] = [];
  let last: RetrieveResponse | null = null;
  for (const j of judgments) {
    last = await retrieve({ ...base, query: j.query, k: DEPTH });
    // Chunks → documents, best chunk first (a document counts once, at its best rank).
    const ranked = [...new Set(last.results.map((r) => r.doc_key))];
    const rels = new Map(Array.isArray(j.relevant) ? j.relevant.map((d) => [d, 1]) : Object.entries(j.relevant));
    perQuery.push({ ...queryMetrics(j.query, ranked, rels), top: ranked.slice(0, 3) });
  }
  return {
    collection: base.collection,
    mode: last?.mode ?? base.mode ?? 'lexical',
    index_version: last?.index_version ?? 0,
    key_version: last?.key_version ?? 0,
    metrics: meanMetrics(perQuery),
    per_query: perQuery,
  };
}

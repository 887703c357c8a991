// Ranking metrics as pytrec_eval/BEIR compute them: nDCG@k with graded gains (rel, linear), recall@k over the
// judged-relevant documents, MRR@k (first relevant within k). Documents judged 0 are not relevant.

export type Qrels = Map<string, Map<string, number>>;

export function ndcgAt(ranked: string[], rels: Map<string, number>, k: number): number {
  let dcg = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) {
    const g = rels.get(ranked[i] as string) ?? 0;
    if (g > 0) dcg += g / Math.log2(i + 2);
  }
  const ideal = [...rels.values()].filter((g) => g > 0).sort((a, b) => b - a);
  let idcg = 0;
  for (let i = 0; i < Math.min(k, ideal.length); i++) idcg += (ideal[i] as number) / Math.log2(i + 2);
  return idcg > 0 ? dcg / idcg : 0;
}

export function recallAt(ranked: string[], rels: Map<string, number>, k: number): number {
  const relevant = [...rels.entries()].filter(([, g]) => g > 0).map(([d]) => d);
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((d) => top.has(d)).length / relevant.length;
}

export function mrrAt(ranked: string[], rels: Map<string, number>, k: number): number {
  for (let i = 0; i < Math.min(k, ranked.length); i++) if ((rels.get(ranked[i] as string) ?? 0) > 0) return 1 / (i + 1);
  return 0;
}

export interface QueryMetrics {
  query: string;
  ndcg10: number;
  recall100: number;
  mrr10: number;
}

export function queryMetrics(query: string, ranked: string[], rels: Map<string, number>): QueryMetrics {
  return {
    query,
    ndcg10: ndcgAt(ranked, rels, 10),
    recall100: recallAt(ranked, rels, 100),
    mrr10: mrrAt(ranked, rels, 10),
  };
}

export function meanMetrics(rows: QueryMetrics[]): {
  ndcg10: number;
  recall100: number;
  mrr10: number;
  queries: number;
} {
  const n = rows.length || 1;
  const sum = (f: (r: QueryMetrics) => number) => rows.reduce((s, r) => s + f(r), 0) / n;
  return {
    ndcg10: sum((r) => r.ndcg10),
    recall100: sum((r) => r.recall100),
    mrr10: sum((r) => r.mrr10),
    queries: rows.length,
  };
}

export function meanSd(xs: number[]): { mean: number; sd: number } {
  const mean = xs.reduce((s, x) => s + x, 0) / (xs.length || 1);
  const v = xs.length > 1 ? xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1) : 0;
  return { mean, sd: Math.sqrt(v) };
}

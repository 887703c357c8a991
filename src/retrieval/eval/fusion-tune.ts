// Hybrid fusion weights chosen on data: BM25 and a dense embedding route (through the gateway) over a BEIR-layout
// set; the judged queries are split at random into a tuning part and a held-out part (repeated over several seeds);
// every candidate (weighted fusion with dense weight w, RRF with dense weight w) is scored by nDCG@10 on the tuning
// part, the best is then measured on the held-out part beside BM25 alone, dense alone and plain RRF.
import { createRng, shuffled } from '../../util/prng.ts';
import { analyze } from '../lexical/analyzer.ts';
import { queryTerms } from '../lexical/bm25.ts';
import { DenseIndex } from '../search/dense.ts';
import { type Ranked, rrf, weightedFusion } from '../search/fusion.ts';
import { type BeirQuery, readCorpus, readQrels, readQueries } from './beir.ts';
import { meanSd, ndcgAt, type Qrels } from './metrics.ts';
import { buildBeirIndex } from './run.ts';

export type FusionChoice = { method: 'weighted'; lexical: number; dense: number } | { method: 'rrf'; dense: number };

export interface FusionTuneOptions {
  corpus: string;
  queries: string;
  qrels: string;
  /** Embeds texts (a gateway embeddings route); called in batches. */
  embed(texts: string[]): Promise<ArrayLike<number>[]>;
  splits: number;
  tuneShare: number;
  seed: number;
  batch?: number;
}

export interface FusionSplit {
  split: number;
  chosen: FusionChoice;
  tuneNdcg: number;
  heldOut: { bm25: number; dense: number; rrf: number; chosen: number };
}

export interface FusionTuneReport {
  documents: number;
  queries: number;
  splits: FusionSplit[];
  /** Held-out nDCG@10 over the splits. */
  bm25: { mean: number; sd: number };
  dense: { mean: number; sd: number };
  rrf: { mean: number; sd: number };
  chosen: { mean: number; sd: number };
  /** The choice made most often (ties: the first), as a collection's `fusion` setting. */
  recommended: FusionChoice;
}

const WEIGHTS = [0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

export function candidates(): FusionChoice[] {
  return [
    ...WEIGHTS.map((w) => ({ method: 'weighted' as const, lexical: +(1 - w).toFixed(2), dense: w })),
    ...[0.25, 0.5, 1].map((w) => ({ method: 'rrf' as const, dense: w })),
  ];
}

export function fuse(choice: FusionChoice, lexical: Ranked[], dense: Ranked[]): Ranked[] {
  return choice.method === 'weighted'
    ? weightedFusion([lexical, dense], [choice.lexical, choice.dense])
    : rrf([lexical, dense], 60, [1, choice.dense]);
}

export async function tuneFusion(o: FusionTuneOptions): Promise<FusionTuneReport> {
  const corpus = readCorpus(o.corpus);
  const { index } = buildBeirIndex(o.corpus, { k1: 0.9, b: 0.4 });
  const qrels: Qrels = readQrels(o.qrels);
  const queries = readQueries(o.queries).filter((q) => qrels.has(q.id));
  const batch = o.batch ?? 128;
  const embedAll = async (texts: string[]) => {
    const out: ArrayLike<number>[] = [];
    for (let i = 0; i < texts.length; i += batch) out.push(...(await o.embed(texts.slice(i, i + batch))));
    return out;
  };
  const docVecs = await embedAll(corpus.map((c) => `${c.title}\n${c.text}`));
  const dense = new DenseIndex(corpus.map((c, i) => ({ id: c.id, vector: docVecs[i] as ArrayLike<number> })));
  const queryVecs = await embedAll(queries.map((q) => q.text));
  // Both lists once per query (depth 100), then every candidate is a cheap re-fusion.
  const lists = new Map<string, { lexical: Ranked[]; dense: Ranked[] }>();
  queries.forEach((q, i) => {
    lists.set(q.id, {
      lexical: index.search(queryTerms(analyze(q.text)), 100),
      dense: dense.search(queryVecs[i] as ArrayLike<number>, 100),
    });
  });
  const score = (qs: BeirQuery[], rank: (l: { lexical: Ranked[]; dense: Ranked[] }) => Ranked[]) =>
    qs.reduce(
      (s, q) =>
        s +
        ndcgAt(
          rank(lists.get(q.id) as { lexical: Ranked[]; dense: Ranked[] }).map((r) => r.id),
          qrels.get(q.id) as Map<string, number>,
          10,
        ),
      0,
    ) / (qs.length || 1);
  const rng = createRng(o.seed);
  const splits: FusionSplit[] = [];
  for (let s = 0; s < o.splits; s++) {
    const order = shuffled(queries, rng);
    const cut = Math.round(order.length * o.tuneShare);
    const tune = order.slice(0, cut);
    const held = order.slice(cut);
    let best: { choice: FusionChoice; ndcg: number } | null = null;
    for (const c of candidates()) {
      const n = score(tune, (l) => fuse(c, l.lexical, l.dense));
      if (!best || n > best.ndcg + 1e-12) best = { choice: c, ndcg: n };
    }
    const chosen = (best as { choice: FusionChoice; ndcg: number }).choice;
    splits.push({
      split: s,
      chosen,
      tuneNdcg: (best as { ndcg: number }).ndcg,
      heldOut: {
        bm25: score(held, (l) => l.lexical),
        dense: score(held, (l) => l.dense),
        rrf: score(held, (l) => rrf([l.lexical, l.dense])),
        chosen: score(held, (l) => fuse(chosen, l.lexical, l.dense)),
      },
    });
  }
  const counts = new Map<string, { n: number; c: FusionChoice }>();
  for (const sp of splits) {
    const key = JSON.stringify(sp.chosen);
    counts.set(key, { n: (counts.get(key)?.n ?? 0) + 1, c: sp.chosen });
  }
  const recommended = [...counts.values()].sort((a, b) => b.n - a.n)[0]?.c as FusionChoice;
  const of = (f: (x: FusionSplit['heldOut']) => number) => meanSd(splits.map((x) => f(x.heldOut)));
  return {
    documents: corpus.length,
    queries: queries.length,
    splits,
    bm25: of((x) => x.bm25),
    dense: of((x) => x.dense),
    rrf: of((x) => x.rrf),
    chosen: of((x) => x.chosen),
    recommended,
  };
}

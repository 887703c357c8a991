// Marginal-gain attribution: for a judged-relevant (query, document) pair, each candidate expansion unit is
// credited with how much it would raise the document's DCG contribution for the ORIGINAL query if it were part of
// the document's key — i.e. key expansion measured exactly as the equivalent query expansion. Units that do not
// help (or that the document already owns strongly) earn nothing, so noise never reaches the memory.
import type { Bm25Index, QueryTerms } from '../lexical/bm25.ts';
import type { UnitSource } from './memory.ts';

export interface Candidate {
  term: string;
  source: UnitSource;
}

export interface Attribution {
  term: string;
  source: UnitSource;
  gain: number;
  rankBefore: number;
  rankAfter: number;
}

const dcg = (rank: number) => (rank > 0 ? 1 / Math.log2(rank + 1) : 0);

/** Rank (1-based) of `score` among `others` (strictly greater scores rank above; ties keep the document ahead). */
function rankOf(score: number, others: Float64Array, touched: number[], selfNo: number): number {
  let above = 0;
  for (const no of touched) if (no !== selfNo && (others[no] as number) > score) above++;
  return above + 1;
}

/**
 * Gains of `candidates` for document `doc` under query `q`. `unitWeight` is the learned weight a unit would get
 * (the same bound the key update applies), so the attributed gain is the gain the key update can realise.
 */
export function attribute(
  index: Bm25Index,
  q: QueryTerms,
  doc: string,
  docNo: number,
  candidates: Candidate[],
  unitWeight: number,
): Attribution[] {
  // Each unit is measured on its own, so the query-time rules for whole keys (match count, coverage) are off here.
  const coveragePower = index.coveragePower;
  index.coveragePower = 0;
  try {
    return attributeEach(index, q, doc, docNo, candidates, unitWeight);
  } finally {
    index.coveragePower = coveragePower;
  }
}

function attributeEach(
  index: Bm25Index,
  q: QueryTerms,
  doc: string,
  docNo: number,
  candidates: Candidate[],
  unitWeight: number,
): Attribution[] {
  const acc = new Float64Array(index.size);
  const touched = index.scoreAll(q, acc);
  if (acc[docNo] === 0) touched.push(docNo);
  const base = acc[docNo] as number;
  const rankBefore = rankOf(base, acc, touched, docNo);
  const out: Attribution[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.term)) continue;
    seen.add(c.term);
    // Key expansion with a term only moves queries holding that term (query/key expansion equivalence).
    if (!q.has(c.term)) continue;
    const withUnit = index.scoreDoc(q, doc, new Map([[c.term, unitWeight]]), 1);
    const rankAfter = rankOf(withUnit, acc, touched, docNo);
    const gain = dcg(rankAfter) - dcg(rankBefore);
    if (gain > 0) out.push({ term: c.term, source: c.source, gain, rankBefore, rankAfter });
  }
  return out;
}

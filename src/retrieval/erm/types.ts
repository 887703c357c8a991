// ERM settings and feedback, shared by the engine, the store and the eval protocol.

export interface ErmConfig {
  /** Units each document remembers (the weakest is evicted). */
  memoryCapacity: number;
  /** Upper bound of one learned key weight (the norm bound of the lexical key). */
  maxWeight: number;
  /** Key weight per unit of accumulated gain. */
  eta: number;
  /** Pseudo-relevance feedback: documents and terms taken from the top of the original ranking. */
  prfDocs: number;
  prfTerms: number;
  /** Weight of PRF terms in the expanded query their gains are measured under. */
  prfWeight: number;
  /** Feedback events per batch; keys are committed when a batch fills or gains saturate. */
  batchSize: number;
  /** Saturation: commit when a batch raised the memory's total gain by less than this fraction. */
  saturation: number;
  /** Minimum relevance for a judgement to pass the correctness gate. */
  minRelevance: number;
  /** Multiplier of the learned field in scoring. */
  learnedBoost: number;
  /** Learned units of a document that must match a query before they count. */
  minLearnedMatches: number;
  /** Learned scores are scaled by (covered share of the query's idf mass)^coveragePower. */
  coveragePower: number;
  /** Dense ERM: share of the mean judged query vector added to a chunk's key per commit. */
  denseEta: number;
  /** Dense ERM: norm bound of a chunk's total key update (keys are unit vectors). */
  denseMaxNorm: number;
}

export const DEFAULT_ERM: ErmConfig = {
  memoryCapacity: 32,
  maxWeight: 2,
  eta: 4,
  prfDocs: 3,
  prfTerms: 10,
  prfWeight: 0.3,
  batchSize: 64,
  saturation: 0.02,
  minRelevance: 1,
  learnedBoost: 1,
  minLearnedMatches: 2,
  coveragePower: 2,
  denseEta: 0.5,
  denseMaxNorm: 0.5,
};

export interface Feedback {
  /** The query text as the user sent it. */
  query: string;
  /** An id for explain output (request id, eval query id). */
  queryId?: string;
  doc: string;
  /** Graded relevance (0 = not relevant). */
  relevance: number;
  source: 'qrels' | 'feedback' | 'click';
  /** The query's embedding (dense ERM), when the collection has vectors. */
  vector?: ArrayLike<number>;
}

export type GateResult = { ok: true } | { ok: false; reason: string };

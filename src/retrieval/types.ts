// Records of the retrieval area as the service, API and CLI see them.
import type { ErmConfig } from './erm/types.ts';
import type { Bm25Params } from './lexical/bm25.ts';

export interface ChunkingSettings {
  /** Target chunk size in tokens (≈ words × 1.3). */
  maxTokens: number;
  /** Tokens repeated from the end of the previous chunk. */
  overlapTokens: number;
}

export interface CollectionSettings {
  bm25: Bm25Params;
  chunking: ChunkingSettings;
  /** Redact PII (the guardrail detectors) before anything is indexed. */
  redactPii: boolean;
  /** Embeddings model routed by the gateway; null = lexical only. */
  embeddingModel: string | null;
  embedBatch: number;
  /** Requested embedding size (`dimensions`), for models that can shorten vectors; null = the model's own. */
  embedDimensions?: number | null;
  /** Near-duplicate threshold: chunks whose SimHash differs in at most this many of 64 bits collapse. */
  nearDuplicateBits: number;
  erm: Partial<ErmConfig>;
  /** Default fusion of hybrid queries; unset = RRF (k 60, equal weights). */
  fusion?: FusionSetting;
}

export type FusionSetting =
  | { method: 'rrf'; k?: number; dense_weight?: number }
  | { method: 'weighted'; lexical: number; dense: number };

export const DEFAULT_COLLECTION_SETTINGS: CollectionSettings = {
  bm25: { k1: 0.9, b: 0.4 },
  chunking: { maxTokens: 256, overlapTokens: 32 },
  redactPii: false,
  embeddingModel: null,
  embedBatch: 64,
  nearDuplicateBits: 3,
  erm: {},
};

export interface Collection {
  id: string;
  tenant: string;
  name: string;
  settings: CollectionSettings;
  indexVersion: number;
  keyVersion: number;
  createdAt: number;
  updatedAt: number;
}

export interface StoredChunk {
  id: string;
  collectionId: string;
  docKey: string;
  docVersion: number;
  ordinal: number;
  text: string;
  contentHash: string;
  simhash: string;
  terms: Record<string, number>;
  length: number;
  embedding: Float32Array | number[] | null;
  indexVersion: number;
}

export interface StoredDocument {
  collectionId: string;
  docKey: string;
  source: string;
  version: number;
  contentHash: string;
  title: string;
  metadata: Record<string, unknown>;
  indexVersion: number;
  updatedAt: number;
}

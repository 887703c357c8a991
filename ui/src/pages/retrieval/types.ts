// The retrieval admin API's answers as the Retrieval page reads them.
export interface Collection {
  id: string;
  tenant: string;
  name: string;
  settings: { embeddingModel: string | null; chunking: { maxTokens: number; overlapTokens: number } };
  indexVersion: number;
  keyVersion: number;
  createdAt: number;
  updatedAt: number;
}
export interface IndexVersion {
  version: number;
  runId: string;
  stats: { documents: number; added: number; changed: number; removed: number; chunks: number; errors: number };
  createdAt: number;
}
export interface CollectionDetail extends Collection {
  documents: number;
  index_versions: IndexVersion[];
}
export interface Job {
  id: string;
  state: string;
  progress: { done?: number; total?: number; detail?: Record<string, number> } | null;
  result: { documents: number; added: number; changed: number; removed: number; chunks: number } | null;
  error: string | null;
  createdAt: number;
}
export interface Explain {
  version: number;
  terms: { term: string; field: string; idf: number; freq: number; score: number }[];
  learned: { term: string; weight?: number; score?: number; source?: string }[];
}
export interface Hit {
  id: string;
  doc_key: string;
  title: string | null;
  text: string;
  score: number;
  explain?: Explain;
}
export interface KeyVersion {
  version: number;
  note: string;
  feedback: number;
  created_at: number;
  documents: number;
  units: number;
  active: boolean;
}
export interface EvalReport {
  mode: string;
  index_version: number;
  key_version: number;
  metrics: { ndcg10: number; recall100: number; mrr10: number; queries: number };
  per_query: { query: string; ndcg10: number; recall100: number; mrr10: number; top: string[] }[];
}
export interface DocumentRow {
  docKey: string;
  title: string | null;
  version: number;
  source: string;
  updatedAt: number;
}

/** Where a collection lives: its name and, for global callers, the tenant. */
export interface Where {
  collection: string;
  tenant: string | undefined;
}

export const MODES = ['lexical', 'dense', 'hybrid'] as const;
export const collectionPath = (name: string) => `/admin/retrieval/collections/${encodeURIComponent(name)}`;

// The ingestion job's queue name and payload (durable job runner, see src/jobs/types.ts).
import type { SourceSpec } from './ingest/types.ts';

export const INGEST_QUEUE = 'retrieval.ingest';

export interface IngestJob {
  tenant: string;
  collection: string;
  sources: SourceSpec[];
}

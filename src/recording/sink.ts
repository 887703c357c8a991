// The seam between the recorder (queue, spool) and a store: one call per batch, idempotent by record id.
import type { RequestRecord } from '../spec/record.ts';

/** Prompt and response bodies: off by default, passed only when the route or key opted in. */
export interface RecordBodies {
  request?: string;
  response?: string;
}

export interface RecordItem {
  record: RequestRecord;
  bodies?: RecordBodies;
}

export interface RecordSink {
  /**
   * Writes the batch durably or rejects. Must be idempotent: a batch may be written again after a
   * timeout or a crash (the spool replays it), and records already stored must not count twice.
   */
  writeBatch(items: readonly RecordItem[]): Promise<void>;
}

// RequestRecorder: the request log's write path, a DurableQueue of records into the store (see durable-queue.ts
// for the queue, spool and replay guarantees). The spool lives in `<dataDir>/spool/requests-<ts>.jsonl`.
import { join } from 'node:path';
import type { RequestRecord } from '../spec/record.ts';
import { DurableQueue, type DurableQueueOptions, type DurableQueueStats } from './durable-queue.ts';
import type { RecordBodies, RecordSink } from './sink.ts';
import type { SpoolEntry } from './spool.ts';

export interface RecorderOptions
  extends Omit<DurableQueueOptions<SpoolEntry>, 'sink' | 'spoolDir' | 'spoolPrefix' | 'spoolCodec'> {
  sink: RecordSink;
  /** The spool lives in `<dataDir>/spool`. */
  dataDir: string;
}

export type RecorderStats = DurableQueueStats;

export class RequestRecorder extends DurableQueue<SpoolEntry> {
  constructor(opts: RecorderOptions) {
    const { dataDir, ...rest } = opts;
    super({ ...rest, spoolDir: join(dataDir, 'spool') });
  }

  /** Enqueues a record (and its bodies, only when the route or key opted in). Never blocks or throws. */
  record(rec: RequestRecord, bodies?: RecordBodies): void {
    this.push(bodies ? { record: rec, bodies, at: Date.now() } : { record: rec, at: Date.now() });
  }
}

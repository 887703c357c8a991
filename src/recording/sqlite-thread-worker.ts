// The embedded store's record writer on its own thread (see sqlite-thread-sink.ts): its own connection to the
// store's file, one transaction per batch (records, bodies, rollups, explanations), answered by batch id.
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import type { PackedBatch } from './record-pack.ts';
import { SqliteRecordWriter } from './sqlite-writer.ts';

export interface WriterInit {
  file: string;
  /** How long a write waits for a lock another connection holds (off the event loop, so it may wait). */
  busyTimeoutMs: number;
}

/** A batch comes packed (record-pack.ts): flat strings and numbers, cheap to clone and bound as they are. */
export type WriterRequest = ({ type: 'write'; id: number } & PackedBatch) | { type: 'close' };
export type WriterReply = { id: number; error?: string };

const init = workerData as WriterInit;
const port = parentPort;
if (!port) throw new Error('sqlite-thread-worker runs as a worker thread');

const db = new SQLite(init.file, { fileMustExist: true });
db.pragma('synchronous = NORMAL');
db.pragma(`busy_timeout = ${Math.max(0, Math.round(init.busyTimeoutMs))}`);
let writer: SqliteRecordWriter | null = null;

port.on('message', (m: WriterRequest) => {
  if (m.type === 'close') {
    db.close();
    port.close();
    return;
  }
  try {
    // Prepared on first use: the statements need the migrated tables.
    writer ??= new SqliteRecordWriter(db, { explanations: true });
    writer.writePacked(m);
    port.postMessage({ id: m.id } satisfies WriterReply);
  } catch (err) {
    port.postMessage({ id: m.id, error: err instanceof Error ? err.message : String(err) } satisfies WriterReply);
  }
});

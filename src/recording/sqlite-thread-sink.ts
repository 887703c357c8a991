// The embedded store's request log written off the event loop. better-sqlite3 is synchronous: on the server's
// thread a batch of 500 search records (requests row with its indexes, rollups, explanation row) took ≈ 10 ms and a
// WAL checkpoint up to ≈ 30 ms, a stall every in-flight request waited for (the p99 of /v1/retrieve). Here a worker
// thread with its own connection to the same file writes each batch in one transaction (sqlite-writer.ts with the
// explanation rows); the server's thread only hands the batch over, packed into one flat array of the rows' values
// (record-pack.ts; ≈ 3 µs a search record with its clone).
// Same contract as the in-thread sink: idempotent by record id, a rejection spools the batch (durable-queue.ts).
// The worker is started on first write, restarted after a crash (its batches in flight reject and are spooled),
// and referenced only while a batch is in flight, so an idle sink never keeps a process alive.
import { Worker } from 'node:worker_threads';
import { packBatch } from './record-pack.ts';
import type { RecordItem, RecordSink } from './sink.ts';
import type { WriterInit, WriterReply, WriterRequest } from './sqlite-thread-worker.ts';

const workerUrl = new URL(`./sqlite-thread-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

interface Pending {
  resolve(): void;
  reject(e: Error): void;
}

export interface SqliteThreadSinkOptions {
  /** The store's file (the server's own connection has it open in WAL mode). */
  file: string;
  /** Lock wait of the writer's connection (default 2 s; below the recorder's write timeout of 5 s). */
  busyTimeoutMs?: number;
}

export class SqliteThreadSink implements RecordSink {
  readonly #init: WriterInit;
  #worker: Worker | null = null;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  #closed = false;

  constructor(opts: SqliteThreadSinkOptions) {
    this.#init = { file: opts.file, busyTimeoutMs: opts.busyTimeoutMs ?? 2_000 };
  }

  writeBatch(items: readonly RecordItem[]): Promise<void> {
    if (items.length === 0) return Promise.resolve();
    if (this.#closed) return Promise.reject(new Error('the record writer thread is closed'));
    const worker = this.#worker ?? this.#spawn();
    const id = this.#nextId++;
    return new Promise<void>((resolve, reject) => {
      const { n, cells } = packBatch(items, true); // a throw here rejects, like a failed clone did
      this.#pending.set(id, { resolve, reject });
      if (this.#pending.size === 1) worker.ref();
      worker.postMessage({ type: 'write', id, n, cells } satisfies WriterRequest);
    });
  }

  /** Waits for the batches in flight (the recorder closes first, so there are none left to send), then stops. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const worker = this.#worker;
    if (!worker) return;
    await Promise.allSettled([...this.#pending.values()].map((p) => new Promise<void>((r) => wrapSettle(p, r))));
    const exited = new Promise<void>((r) => worker.once('exit', () => r()));
    worker.ref();
    worker.postMessage({ type: 'close' } satisfies WriterRequest);
    await exited;
  }

  #spawn(): Worker {
    // From the TypeScript sources (tests, a checkout without a build) the worker registers tsx itself first.
    const worker = workerUrl.pathname.endsWith('.ts')
      ? new Worker(
          `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((t) => { t.register(); return import(${JSON.stringify(workerUrl.href)}); })`,
          { eval: true, workerData: this.#init },
        )
      : new Worker(workerUrl, { workerData: this.#init });
    worker.unref();
    worker.on('message', (m: WriterReply) => {
      const p = this.#pending.get(m.id);
      if (!p) return;
      this.#pending.delete(m.id);
      if (this.#pending.size === 0) worker.unref();
      if (m.error === undefined) p.resolve();
      else p.reject(new Error(m.error));
    });
    worker.on('error', (e) => this.#lost(worker, e));
    worker.on('exit', (code) => this.#lost(worker, new Error(`record writer thread exited (code ${code})`)));
    this.#worker = worker;
    return worker;
  }

  /** The thread died: its batches reject (the recorder spools and replays them); the next write starts a new one. */
  #lost(worker: Worker, e: Error): void {
    if (this.#worker !== worker) return;
    this.#worker = null;
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.reject(e);
  }
}

/** Calls `done` once the pending batch settles either way (close waits for it, whatever its outcome). */
function wrapSettle(p: Pending, done: () => void): void {
  const { resolve, reject } = p;
  p.resolve = () => {
    resolve();
    done();
  };
  p.reject = (e) => {
    reject(e);
    done();
  };
}

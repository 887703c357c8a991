// RequestRecorder: takes request records off the hot path and gets them into the store without loss.
//
//   record() ─► bounded in-memory queue ─► every flushIntervalMs or batchSize rows: sink.writeBatch
//                 │ overflow                     │ error or timeout
//                 ▼                              ▼
//            spool file (<dataDir>/spool/requests-<ts>.jsonl, fsync'd) ◄── while degraded, every batch
//                 └─► background loop: retry the sink with backoff, replay files oldest first, delete each
//
// Guarantees: record() never blocks, never throws and is O(1) (after close() it appends to the spool
// synchronously). A record reaches the store or the spool; the sink is idempotent by id (ON CONFLICT
// DO NOTHING, rollups of inserted rows only), so a batch written twice (timeout, crash mid-replay) is
// stored and counted once. close() flushes the queue and tries to drain the spool; what cannot be
// written stays on disk and start() replays it.
// Limit: a `kill -9` (or power loss) loses the records still only in memory: those of the last flush
// interval (flushIntervalMs, default 200 ms) plus the batch whose write was in flight. While the store
// is slow but not yet failing, that can stretch to writeTimeoutMs (default 5 s) of traffic, bounded by
// maxQueue. Everything handed to the store or the spool survives. One recorder per dataDir.
import { join } from 'node:path';
import type { RequestRecord } from '../spec/record.ts';
import type { RecordBodies, RecordSink } from './sink.ts';
import { Spool, type SpoolEntry } from './spool.ts';

export interface RecorderOptions {
  sink: RecordSink;
  /** The spool lives in `<dataDir>/spool`. */
  dataDir: string;
  flushIntervalMs?: number;
  batchSize?: number;
  /** Queue bound; past it the queue spills to the spool. */
  maxQueue?: number;
  /** A sink write slower than this counts as failed and its batch is spooled (the write may still land: idempotent). */
  writeTimeoutMs?: number;
  retryMinMs?: number;
  retryMaxMs?: number;
  /** How long close() keeps trying to drain the spool before leaving it for the next start. */
  closeTimeoutMs?: number;
  spoolFileBytes?: number;
  /** Called with errors the recorder handled (sink down, spool I/O); for logging. */
  onError?: (err: unknown, where: 'flush' | 'replay' | 'spool' | 'record') => void;
}

export interface RecorderStats {
  queueDepth: number;
  spooledRecords: number;
  writtenTotal: number;
  failedFlushes: number;
  /** Time from record() to the store for the last written batch (its oldest record). */
  lastWriteLagMs: number;
  /** True while records go through the spool (store failed, or spool not yet drained). */
  degraded: boolean;
}

class TimeoutError extends Error {
  constructor(ms: number) {
    super(`sink write exceeded ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

function withTimeout(p: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(ms)), ms);
  });
  p.catch(() => {}); // a late failure after the timeout is already handled (batch spooled)
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export class RequestRecorder {
  readonly #sink: RecordSink;
  readonly #spool: Spool;
  readonly #flushIntervalMs: number;
  readonly #batchSize: number;
  readonly #maxQueue: number;
  readonly #writeTimeoutMs: number;
  readonly #retryMinMs: number;
  readonly #retryMaxMs: number;
  readonly #closeTimeoutMs: number;
  readonly #onError: NonNullable<RecorderOptions['onError']>;

  #queue: SpoolEntry[] = [];
  #flushing: Promise<void> | null = null;
  #flushScheduled = false;
  #timer: NodeJS.Timeout | null = null;
  #spills = new Set<Promise<boolean>>();
  #degraded = false;
  #replaying: Promise<void> = Promise.resolve();
  #replayRunning = false;
  #stopReplay = false;
  #wake: (() => void) | null = null;
  #closing: Promise<void> | null = null;
  #closed = false;
  #closeDeadline = Number.POSITIVE_INFINITY;
  #writtenTotal = 0;
  #failedFlushes = 0;
  #lastWriteLagMs = 0;

  constructor(opts: RecorderOptions) {
    this.#sink = opts.sink;
    this.#spool = new Spool(join(opts.dataDir, 'spool'), { maxFileBytes: opts.spoolFileBytes });
    this.#flushIntervalMs = opts.flushIntervalMs ?? 200;
    this.#batchSize = opts.batchSize ?? 500;
    this.#maxQueue = Math.max(opts.maxQueue ?? 50_000, this.#batchSize);
    this.#writeTimeoutMs = opts.writeTimeoutMs ?? 5_000;
    this.#retryMinMs = opts.retryMinMs ?? 100;
    this.#retryMaxMs = opts.retryMaxMs ?? 5_000;
    this.#closeTimeoutMs = opts.closeTimeoutMs ?? 5_000;
    this.#onError = opts.onError ?? (() => {});
  }

  /** Opens the spool, replays what an earlier run left in it (in the background), starts the flush timer. */
  async start(): Promise<void> {
    await this.#spool.open();
    if (!this.#spool.isEmpty()) this.#enterDegraded();
    this.#timer ??= setInterval(() => {
      if (this.#queue.length > 0) void this.flush();
    }, this.#flushIntervalMs);
    this.#timer.unref();
  }

  /** Enqueues a record (and its bodies, only when the route or key opted in). Never blocks or throws. */
  record(rec: RequestRecord, bodies?: RecordBodies): void {
    try {
      const entry: SpoolEntry = bodies ? { record: rec, bodies, at: Date.now() } : { record: rec, at: Date.now() };
      if (this.#closed) {
        this.#spool.appendLate([entry]); // arrival after close(): straight to disk for the next start
        return;
      }
      this.#queue.push(entry);
      if (this.#queue.length >= this.#maxQueue) this.#spill();
      else if (this.#queue.length >= this.#batchSize && !this.#flushing) this.#scheduleFlush();
    } catch (err) {
      this.#report(err, 'record');
    }
  }

  /** Writes everything queued now (to the store, or the spool if the store fails). Resolves when done. */
  flush(): Promise<void> {
    if (!this.#flushing) {
      this.#flushing = this.#drainQueue().finally(() => {
        this.#flushing = null;
      });
    }
    return this.#flushing;
  }

  stats(): RecorderStats {
    return {
      queueDepth: this.#queue.length,
      spooledRecords: this.#spool.pendingRecords,
      writtenTotal: this.#writtenTotal,
      failedFlushes: this.#failedFlushes,
      lastWriteLagMs: this.#lastWriteLagMs,
      degraded: this.#degraded,
    };
  }

  /** Flushes the queue, tries to drain the spool for up to closeTimeoutMs, and leaves the rest on disk. */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    // From here on record() appends to the spool synchronously, so the queue below is final and close()
    // terminates even under load. Call it after the server stopped taking requests and drained them.
    this.#closed = true;
    this.#closeDeadline = Date.now() + this.#closeTimeoutMs;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.flush(); // to the store; past the deadline, to the spool
    await Promise.all(this.#spills);
    // Stop the background loop, then make a last bounded attempt at the spool ourselves.
    this.#stopReplay = true;
    this.#wake?.();
    await this.#replaying;
    let delay = this.#retryMinMs;
    while (!this.#spool.isEmpty() && Date.now() < this.#closeDeadline) {
      if (await this.#replayOldest()) continue;
      await this.#sleep(Math.min(delay, this.#closeDeadline - Date.now()));
      delay = Math.min(delay * 2, this.#retryMaxMs);
    }
    if (this.#spool.isEmpty()) this.#degraded = false;
    if (this.#queue.length > 0) {
      // Only when the spool's async append failed too: one last synchronous try before giving up.
      const rest = this.#queue;
      this.#queue = [];
      try {
        this.#spool.appendLate(rest);
      } catch (err) {
        this.#report(err, 'spool');
        this.#queue = rest; // still visible in stats().queueDepth as unwritten
      }
    }
    await this.#spool.close();
  }

  #pastCloseDeadline(): boolean {
    return Date.now() > this.#closeDeadline;
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    setImmediate(() => {
      this.#flushScheduled = false;
      void this.flush();
    });
  }

  /** Moves the whole queue to the spool (overflow: the store is not keeping up). */
  #spill(): void {
    const items = this.#queue;
    this.#queue = [];
    const p = this.#toSpool(items).finally(() => this.#spills.delete(p));
    this.#spills.add(p);
    this.#enterDegraded();
  }

  async #drainQueue(): Promise<void> {
    while (this.#queue.length > 0) {
      // Everything going to the spool is taken in one append (one fsync).
      const n = this.#degraded || this.#pastCloseDeadline() ? this.#queue.length : this.#batchSize;
      const batch = this.#queue.length <= n ? this.#queue : this.#queue.slice(0, n);
      this.#queue = batch === this.#queue ? [] : this.#queue.slice(n);
      if (!(await this.#writeOrSpool(batch))) return; // spool failed too: batch is back in the queue
    }
  }

  /** False only when both the store and the spool failed (the batch is requeued). */
  async #writeOrSpool(batch: SpoolEntry[]): Promise<boolean> {
    if (!this.#degraded && !this.#pastCloseDeadline()) {
      try {
        await withTimeout(this.#sink.writeBatch(batch), this.#writeTimeoutMs);
        this.#noteWritten(batch);
        return true;
      } catch (err) {
        this.#failedFlushes++;
        this.#report(err, 'flush');
        const spooled = this.#toSpool(batch); // first, so the replay loop sees the append in flight
        this.#enterDegraded();
        return spooled;
      }
    }
    return this.#toSpool(batch);
  }

  /** Starts the spool append synchronously (Spool.isEmpty() turns false before this returns). */
  async #toSpool(items: SpoolEntry[]): Promise<boolean> {
    try {
      await this.#spool.append(items);
      return true;
    } catch (err) {
      // Neither store nor disk will take them: keep them in memory (over the bound) rather than drop them.
      this.#report(err, 'spool');
      this.#queue = items.concat(this.#queue);
      return false;
    }
  }

  #noteWritten(batch: readonly SpoolEntry[]): void {
    this.#writtenTotal += batch.length;
    let oldest = Number.POSITIVE_INFINITY;
    for (const e of batch) if (e.at < oldest) oldest = e.at;
    this.#lastWriteLagMs = Math.max(0, Date.now() - oldest);
  }

  #enterDegraded(): void {
    this.#degraded = true;
    if (this.#replayRunning || this.#stopReplay) return;
    this.#replayRunning = true;
    this.#replaying = this.#replayLoop();
  }

  /** Replays the spool until it is empty, backing off while the store fails; then leaves degraded mode. */
  async #replayLoop(): Promise<void> {
    let delay = this.#retryMinMs;
    try {
      while (!this.#stopReplay) {
        // Checked in the same tick as leaving degraded mode (and clearing #replayRunning, in `finally`):
        // an append started before this point keeps the loop going; one started after sees the flags.
        if (this.#spool.isEmpty()) {
          this.#degraded = false;
          return;
        }
        if (await this.#replayOldest()) {
          delay = this.#retryMinMs;
          continue;
        }
        await this.#sleep(delay);
        delay = Math.min(delay * 2, this.#retryMaxMs);
      }
    } finally {
      this.#replayRunning = false;
    }
  }

  /** Writes the oldest spool file to the sink in batches and deletes it. False if the sink failed. */
  async #replayOldest(): Promise<boolean> {
    let taken: Awaited<ReturnType<Spool['takeOldest']>>;
    try {
      taken = await this.#spool.takeOldest();
    } catch (err) {
      this.#report(err, 'spool');
      return false;
    }
    if (!taken) return true;
    for (let i = taken.done; i < taken.entries.length; i += this.#batchSize) {
      const batch = taken.entries.slice(i, i + this.#batchSize);
      try {
        await withTimeout(this.#sink.writeBatch(batch), this.#writeTimeoutMs);
      } catch (err) {
        this.#failedFlushes++;
        this.#report(err, 'replay');
        return false;
      }
      this.#noteWritten(batch);
      this.#spool.markWritten(taken.path, batch.length);
    }
    try {
      await this.#spool.remove(taken.path);
    } catch (err) {
      this.#report(err, 'spool');
      return false;
    }
    return true;
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(done, Math.max(0, ms));
      if (!this.#closing) t.unref(); // the background loop alone must not keep the process alive; close() must
      function done() {
        clearTimeout(t);
        resolve();
      }
      this.#wake = () => {
        this.#wake = null;
        done();
      };
    });
  }

  #report(err: unknown, where: Parameters<NonNullable<RecorderOptions['onError']>>[1]): void {
    try {
      this.#onError(err, where);
    } catch {
      // a failing logger must not break recording
    }
  }
}

// DurableQueue: takes entries off the hot path and gets them to a destination without loss. The request log
// (RequestRecorder → SQL store) and the streaming sinks (src/integrations → OTLP, syslog, Splunk, Elastic) use it.
//
//   push() ─► bounded in-memory queue ─► every flushIntervalMs or batchSize entries: sink.writeBatch
//               │ overflow                     │ error or timeout
//               ▼                              ▼
//          spool file (<spoolDir>/<prefix>-<ts>.jsonl, fsync'd) ◄── while degraded, every batch
//               └─► background loop: retry the sink with backoff, replay files oldest first, delete each
//
// Guarantees: push() never blocks, never throws and is O(1) (after close() it appends to the spool
// synchronously). An entry reaches the destination or the spool, in order: while degraded every batch goes
// through the spool, which replays oldest first. A batch may be written twice (timeout, crash mid-replay), so
// the sink must be idempotent by id (the SQL store: ON CONFLICT DO NOTHING) or the destination tolerate
// at-least-once delivery. close() flushes the queue and tries to drain the spool; what cannot be written stays on
// disk and start() replays it.
// Limit: a `kill -9` (or power loss) loses the entries still only in memory: those of the last flush
// interval (flushIntervalMs, default 200 ms) plus the batch whose write was in flight. While the destination
// is slow but not yet failing, that can stretch to writeTimeoutMs (default 5 s) of traffic, bounded by
// maxQueue. Everything handed to the destination or the spool survives. One queue per spool directory.
import { Spool, type SpoolCodec, type Timed } from './spool.ts';

export interface BatchSink<E> {
  /** Writes the batch or rejects (the batch is then spooled and retried). */
  writeBatch(items: readonly E[]): Promise<void>;
}

export interface DurableQueueOptions<E extends Timed> {
  sink: BatchSink<E>;
  spoolDir: string;
  /** Spool file prefix and codec (default: request records, `requests-*.jsonl`). */
  spoolPrefix?: string;
  spoolCodec?: SpoolCodec<E>;
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
  /** Called with errors the queue handled (destination down, spool I/O); for logging. */
  onError?: (err: unknown, where: 'flush' | 'replay' | 'spool' | 'record') => void;
}

export interface DurableQueueStats {
  queueDepth: number;
  spooledRecords: number;
  writtenTotal: number;
  failedFlushes: number;
  /** Time from push() to the destination for the last written batch (its oldest record). */
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

export class DurableQueue<E extends Timed> {
  readonly #sink: BatchSink<E>;
  readonly #spool: Spool<E>;
  readonly #flushIntervalMs: number;
  readonly #batchSize: number;
  readonly #maxQueue: number;
  readonly #writeTimeoutMs: number;
  readonly #retryMinMs: number;
  readonly #retryMaxMs: number;
  readonly #closeTimeoutMs: number;
  readonly #onError: NonNullable<DurableQueueOptions<E>['onError']>;

  #queue: E[] = [];
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

  constructor(opts: DurableQueueOptions<E>) {
    this.#sink = opts.sink;
    this.#spool = new Spool<E>(opts.spoolDir, {
      maxFileBytes: opts.spoolFileBytes,
      prefix: opts.spoolPrefix,
      codec: opts.spoolCodec,
    });
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

  /** Enqueues an entry. Never blocks or throws. */
  push(entry: E): void {
    try {
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

  stats(): DurableQueueStats {
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
    // From here on push() appends to the spool synchronously, so the queue below is final and close()
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
  async #writeOrSpool(batch: E[]): Promise<boolean> {
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
  async #toSpool(items: E[]): Promise<boolean> {
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

  #noteWritten(batch: readonly E[]): void {
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
    let taken: Awaited<ReturnType<Spool<E>['takeOldest']>>;
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

  #report(err: unknown, where: Parameters<NonNullable<DurableQueueOptions<E>['onError']>>[1]): void {
    try {
      this.#onError(err, where);
    } catch {
      // a failing logger must not break recording
    }
  }
}

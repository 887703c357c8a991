// A pool of inference workers (node:worker_threads) for one ONNX classifier. Calls queue; an idle worker takes
// every queued text (up to `maxBatch`) as one batch, so concurrent requests share an inference run. Workers start
// on first use or on warmUp() (the server warms up at start, so a model that does not load stops the start), are
// referenced only while they have work (an idle pool never keeps a process alive) and are restarted after a crash.
// A call that waits longer than its time limit is rejected (the run it is part of still finishes in the worker).

import { Worker } from 'node:worker_threads';
// The native binding stays loaded in the main thread: a worker loading it after another worker that had it exited
// fails with "Module did not self-register" (the binding registers once per process).
import 'onnxruntime-node';
import type { TextScore, WorkerInit, WorkerReply } from './worker.ts';

interface Job {
  text: string;
  resolve(s: TextScore): void;
  reject(e: Error): void;
  done: boolean;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  loaded: boolean;
  busy: Job[] | null;
}

const workerUrl = new URL(`./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/** How long `close` lets a model load or an inference run in progress finish before it terminates the workers. */
const CLOSE_WAIT_MS = 5_000;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

export interface PoolOptions {
  threads: number;
  maxBatch: number;
}

export class ClassifierPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private seq = 0;
  private scheduled = false;
  private closed = false;
  /** Inference runs and texts scored (metrics, tests). */
  readonly stats = { runs: 0, texts: 0, maxBatch: 0 };

  constructor(
    private readonly init: WorkerInit,
    private readonly opts: PoolOptions,
  ) {}

  /** Starts the workers and waits until each has loaded the model (rejects with the load error). */
  async warmUp(): Promise<void> {
    this.start();
    await Promise.all(this.slots.map((s) => s.ready));
  }

  score(text: string, timeoutMs: number): Promise<TextScore> {
    if (this.closed) return Promise.reject(new Error('the classifier is closed'));
    this.start();
    return new Promise<TextScore>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (job.done) return;
        job.done = true;
        this.queue = this.queue.filter((j) => j !== job);
        reject(new Error(`onnx classifier timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      const job: Job = {
        text,
        done: false,
        resolve: (s) => {
          clearTimeout(timer);
          resolve(s);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      this.queue.push(job);
      for (const s of this.slots) s.worker.ref(); // keep the process alive while work is pending
      this.schedule();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.queue) if (!j.done) j.reject(new Error('the classifier is closed'));
    this.queue = [];
    const slots = this.slots;
    this.slots = [];
    // Terminating a worker inside a native ONNX call (loading the model, a run) aborts the whole process
    // ("terminate called after throwing an instance of 'Napi::Error'"): let loads and runs in progress end
    // first, for at most CLOSE_WAIT_MS.
    const deadline = Date.now() + CLOSE_WAIT_MS;
    await Promise.race([Promise.allSettled(slots.map((s) => s.ready)), sleep(CLOSE_WAIT_MS)]);
    while (slots.some((s) => s.busy) && Date.now() < deadline) await sleep(5);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private start(): void {
    if (this.closed) return;
    while (this.slots.length < this.opts.threads) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    // From the TypeScript sources (tests, a checkout without a build) the worker registers tsx itself first.
    const worker = workerUrl.pathname.endsWith('.ts')
      ? new Worker(
          `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((t) => { t.register(); return import(${JSON.stringify(workerUrl.href)}); })`,
          { eval: true, workerData: this.init },
        )
      : new Worker(workerUrl, { workerData: this.init });
    worker.unref();
    const slot: Slot = { worker, busy: null, loaded: false, ready: Promise.resolve() };
    slot.ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (m: WorkerReply) => {
        if (m.type === 'ready') {
          slot.loaded = true;
          resolve();
          this.schedule();
        } else if (m.type === 'fatal') reject(new Error(`the ONNX classifier does not load: ${m.message}`));
        else this.settle(slot, m);
      });
      worker.on('error', (e) => {
        reject(new Error(`the ONNX classifier does not load: ${e.message}`));
        this.lost(slot, e);
      });
      worker.on('exit', (code) => this.lost(slot, new Error(`inference worker exited (code ${code})`)));
    });
    slot.ready.catch(() => {}); // observed by warmUp() and by the jobs that wait for it
    return slot;
  }

  /** A worker died: its jobs fail (their guard's on_error decides) and a fresh worker replaces it on next use. */
  private lost(slot: Slot, e: Error): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    for (const j of slot.busy ?? [])
      if (!j.done) {
        j.done = true;
        j.reject(e);
      }
    slot.busy = null;
    void slot.worker.terminate();
    // Queued jobs fail fast while no worker can load the model, instead of waiting for their time limit.
    slot.ready.then(
      () => this.schedule(),
      (err: Error) => {
        for (const j of this.queue.splice(0))
          if (!j.done) {
            j.done = true;
            j.reject(err);
          }
      },
    );
  }

  private settle(slot: Slot, m: Extract<WorkerReply, { type: 'result' | 'error' }>): void {
    const jobs = slot.busy ?? [];
    slot.busy = null;
    this.unrefIdle();
    for (const [i, j] of jobs.entries()) {
      if (j.done) continue;
      j.done = true;
      if (m.type === 'result') j.resolve(m.results[i]);
      else j.reject(new Error(`onnx classifier failed: ${m.message}`));
    }
    this.schedule();
  }

  /** Dispatches on the next turn, so calls made in the same turn share one batch. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.dispatch();
    });
  }

  /** An idle pool does not keep the process alive. */
  private unrefIdle(): void {
    if (this.queue.every((j) => j.done) && this.slots.every((s) => !s.busy))
      for (const s of this.slots) s.worker.unref();
  }

  private dispatch(): void {
    this.unrefIdle();
    if (this.slots.length < this.opts.threads && this.queue.length > 0) this.start();
    for (const slot of this.slots) {
      this.queue = this.queue.filter((j) => !j.done);
      if (this.queue.length === 0) return;
      if (slot.busy || !slot.loaded) continue; // a loading worker asks for work when it reports ready
      const batch = this.queue.splice(0, this.opts.maxBatch);
      slot.busy = batch;
      slot.worker.ref();
      this.stats.runs++;
      this.stats.texts += batch.length;
      this.stats.maxBatch = Math.max(this.stats.maxBatch, batch.length);
      slot.worker.postMessage({ id: ++this.seq, texts: batch.map((j) => j.text) });
    }
  }
}

// The durable job runner's contract. Embedded: a table in the SQLite store; scale-out: an existing engine on
// the stores Lintel already uses. Delivery is at-least-once with a lease: a job whose node dies is retried by
// another node (or the restarted one) after its lease expires, so handlers make their work idempotent per
// item (store per-item results under a unique key and skip what is already done on a retry).

/**
 * queued: waiting to run (first time); active: a node holds its lease; failed: the last attempt threw and a retry
 * is scheduled; dead: out of attempts (the dead-letter state; kept for inspection and manual retry);
 * completed / cancelled: final.
 */
export type JobState = 'queued' | 'active' | 'completed' | 'failed' | 'dead' | 'cancelled';

export interface JobProgress {
  done: number;
  total?: number;
  /** Free-form details (cost so far, current item, …). */
  detail?: Record<string, unknown>;
}

export interface JobInfo<T = unknown> {
  id: string;
  queue: string;
  data: T;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  progress: JobProgress | null;
  result: unknown;
  error: string | null;
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  runAfter: number;
}

export interface JobContext<T = unknown> {
  job: JobInfo<T>;
  /** Aborted when the job is cancelled or the runner stops; handlers stop at the next item. */
  signal: AbortSignal;
  progress(p: JobProgress): Promise<void>;
}

export interface QueueOptions {
  /** Jobs of this queue run at most this many at once on one node (default 1). */
  concurrency?: number;
  /** Attempts before the job goes to the dead-letter state (default 3). */
  maxAttempts?: number;
  /** First retry delay; doubles per attempt (default 1000 ms). */
  backoffMs?: number;
  /** Lease: a job active longer than this without progress is presumed dead and retried (default 60 s). */
  leaseMs?: number;
}

export interface EnqueueOptions {
  /** Do not start before this epoch-ms time. */
  runAfter?: number;
  maxAttempts?: number;
  /** At most one queued/active job with this key per queue; enqueue returns the existing job's id. */
  singletonKey?: string;
}

export interface JobRunner {
  readonly kind: string;
  /** Declares a queue and its handler on this node; jobs of unknown queues wait for a node that handles them. */
  handle<T>(queue: string, handler: (ctx: JobContext<T>) => Promise<unknown>, opts?: QueueOptions): void;
  enqueue<T>(queue: string, data: T, opts?: EnqueueOptions): Promise<string>;
  get(id: string): Promise<JobInfo | null>;
  list(filter?: { queue?: string; state?: JobState; limit?: number }): Promise<JobInfo[]>;
  /** Cancels a queued or active job (active handlers see their signal abort). False when already finished. */
  cancel(id: string): Promise<boolean>;
  /** Puts a dead job back in the queue with fresh attempts. False when the job is not dead. */
  retry(id: string): Promise<boolean>;
  /** Resolves when the job reaches completed, dead or cancelled (tests, CLI --wait). */
  wait(id: string, opts?: { timeoutMs?: number }): Promise<JobInfo>;
  /** Deletes finished jobs past the retention (runs on a timer once started); returns how many went. */
  prune(): Promise<number>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** How long finished jobs stay readable (job history, `lintel jobs`, the console) before they are deleted. */
export interface JobRetention {
  /** completed and cancelled jobs (default 24 h). */
  completedMs: number;
  /** dead jobs, kept longer for inspection and manual retry (default 7 days). */
  deadMs: number;
}

export const DEFAULT_JOB_RETENTION: JobRetention = { completedMs: 24 * 3600_000, deadMs: 7 * 24 * 3600_000 };

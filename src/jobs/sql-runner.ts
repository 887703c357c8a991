// The embedded job runner: a table in the node's own store (SQLite by default). Claims are one atomic
// UPDATE … RETURNING, leases are renewed by a heartbeat while the handler runs, and a job whose node died
// (kill -9) is claimed again once its lease expires. Owner fencing keeps a stale node from completing a job
// that another node has taken over.
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Migration } from '../storage/database.ts';
import { type Handler, type JobLogger, NOOP_LOGGER, pollUntilFinal, type Queue, queueDefaults } from './shared.ts';
import {
  DEFAULT_JOB_RETENTION,
  type EnqueueOptions,
  type JobInfo,
  type JobProgress,
  type JobRetention,
  type JobRunner,
  type JobState,
  type QueueOptions,
} from './types.ts';

export const jobMigrations: Migration[] = [
  {
    name: '0700_jobs',
    async up(db) {
      await sql`CREATE TABLE IF NOT EXISTS lintel_jobs (
        id TEXT PRIMARY KEY,
        queue TEXT NOT NULL,
        data TEXT NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        max_attempts INTEGER NOT NULL,
        backoff_ms INTEGER NOT NULL,
        singleton_key TEXT,
        progress TEXT,
        result TEXT,
        error TEXT,
        owner TEXT,
        lease_until BIGINT,
        run_after BIGINT NOT NULL,
        created_at BIGINT NOT NULL,
        started_at BIGINT,
        finished_at BIGINT
      )`.execute(db);
      await sql`CREATE INDEX IF NOT EXISTS lintel_jobs_claim ON lintel_jobs (queue, state, run_after)`.execute(db);
      await sql`CREATE INDEX IF NOT EXISTS lintel_jobs_singleton ON lintel_jobs (queue, singleton_key)`.execute(db);
    },
  },
  {
    // Retention deletes by state and age; recurring jobs (a rollout tick every 2 s) make this table grow fast.
    name: '0701_jobs_finished_index',
    async up(db) {
      await sql`CREATE INDEX IF NOT EXISTS lintel_jobs_finished ON lintel_jobs (state, finished_at)`.execute(db);
    },
  },
];

interface JobRow {
  id: string;
  queue: string;
  data: string;
  state: JobState;
  attempts: number;
  max_attempts: number;
  backoff_ms: number;
  progress: string | null;
  result: string | null;
  error: string | null;
  run_after: number | string;
  created_at: number | string;
  started_at: number | string | null;
  finished_at: number | string | null;
}

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));
const parse = (v: string | null): unknown => (v === null ? null : JSON.parse(v));

function toInfo(r: JobRow): JobInfo {
  return {
    id: r.id,
    queue: r.queue,
    data: JSON.parse(r.data),
    state: r.state,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    progress: parse(r.progress) as JobProgress | null,
    result: parse(r.result),
    error: r.error,
    createdAt: Number(r.created_at),
    startedAt: num(r.started_at),
    finishedAt: num(r.finished_at),
    runAfter: Number(r.run_after),
  };
}

export interface SqlJobRunnerOptions {
  logger?: JobLogger;
  /** How often idle queues look for due jobs (default 200 ms). */
  pollMs?: number;
  now?: () => number;
  retention?: Partial<JobRetention>;
  /** How often finished jobs past the retention are deleted (default 5 min). */
  pruneEveryMs?: number;
}

export class SqlJobRunner implements JobRunner {
  readonly kind = 'table';
  private readonly queues = new Map<string, Queue>();
  private readonly running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  private readonly owner = `node-${randomUUID()}`;
  private readonly log: JobLogger;
  private readonly pollMs: number;
  private readonly now: () => number;
  private readonly retention: JobRetention;
  private readonly pruneEveryMs: number;
  private timer: NodeJS.Timeout | null = null;
  private pruner: NodeJS.Timeout | null = null;
  private started = false;
  private stopping = false;
  private pumping = false;
  private again = false;

  constructor(
    // biome-ignore lint/suspicious/noExplicitAny: the jobs table is owned by this module
    private readonly db: Kysely<any>,
    opts: SqlJobRunnerOptions = {},
  ) {
    this.log = opts.logger ?? NOOP_LOGGER;
    this.pollMs = opts.pollMs ?? 200;
    this.now = opts.now ?? Date.now;
    this.retention = { ...DEFAULT_JOB_RETENTION, ...opts.retention };
    this.pruneEveryMs = opts.pruneEveryMs ?? 5 * 60_000;
  }

  async prune(): Promise<number> {
    const now = this.now();
    const r = await sql`DELETE FROM lintel_jobs
      WHERE (state IN ('completed', 'cancelled') AND finished_at < ${now - this.retention.completedMs})
         OR (state = 'dead' AND finished_at < ${now - this.retention.deadMs})`.execute(this.db);
    return Number(r.numAffectedRows ?? 0);
  }

  handle<T>(queue: string, handler: Handler<T>, opts: QueueOptions = {}): void {
    this.queues.set(queue, { handler: handler as Handler<unknown>, opts: queueDefaults(opts), active: 0 });
    this.kick();
  }

  async enqueue<T>(queue: string, data: T, opts: EnqueueOptions = {}): Promise<string> {
    const q = this.queues.get(queue);
    const defaults = q?.opts ?? queueDefaults({});
    const id = randomUUID();
    const now = this.now();
    const row = {
      id,
      queue,
      data: JSON.stringify(data ?? null),
      state: 'queued',
      attempts: 0,
      max_attempts: opts.maxAttempts ?? defaults.maxAttempts,
      backoff_ms: defaults.backoffMs,
      singleton_key: opts.singletonKey ?? null,
      run_after: opts.runAfter ?? now,
      created_at: now,
    };
    if (opts.singletonKey !== undefined) {
      // Check and insert in one transaction so two callers cannot both create the singleton.
      const existing = await this.db.transaction().execute(async (trx) => {
        const found = await trx
          .selectFrom('lintel_jobs')
          .select('id')
          .where('queue', '=', queue)
          .where('singleton_key', '=', opts.singletonKey)
          .where('state', 'in', ['queued', 'active', 'failed'])
          .executeTakeFirst();
        if (found) return found.id as string;
        await trx.insertInto('lintel_jobs').values(row).execute();
        return null;
      });
      if (existing) return existing;
    } else {
      await this.db.insertInto('lintel_jobs').values(row).execute();
    }
    this.kick();
    return id;
  }

  async get(id: string): Promise<JobInfo | null> {
    const r = await this.db.selectFrom('lintel_jobs').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toInfo(r as JobRow) : null;
  }

  async list(filter: { queue?: string; state?: JobState; limit?: number } = {}): Promise<JobInfo[]> {
    let q = this.db.selectFrom('lintel_jobs').selectAll();
    if (filter.queue) q = q.where('queue', '=', filter.queue);
    if (filter.state) q = q.where('state', '=', filter.state);
    const rows = await q
      .orderBy('created_at', 'desc')
      .limit(Math.min(Math.max(filter.limit ?? 100, 1), 1000))
      .execute();
    return rows.map((r) => toInfo(r as JobRow));
  }

  async cancel(id: string): Promise<boolean> {
    const r = await this.db
      .updateTable('lintel_jobs')
      .set({ state: 'cancelled', finished_at: this.now(), owner: null })
      .where('id', '=', id)
      .where('state', 'in', ['queued', 'active', 'failed'])
      .executeTakeFirst();
    // A handler on this node stops at once; one on another node at its next heartbeat.
    this.running.get(id)?.controller.abort(new Error('cancelled'));
    return Number(r.numUpdatedRows) > 0;
  }

  async retry(id: string): Promise<boolean> {
    const r = await this.db
      .updateTable('lintel_jobs')
      .set({ state: 'queued', attempts: 0, error: null, finished_at: null, run_after: this.now() })
      .where('id', '=', id)
      .where('state', '=', 'dead')
      .executeTakeFirst();
    this.kick();
    return Number(r.numUpdatedRows) > 0;
  }

  wait(id: string, opts: { timeoutMs?: number } = {}): Promise<JobInfo> {
    return pollUntilFinal((jobId) => this.get(jobId), id, opts.timeoutMs);
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.timer = setInterval(() => this.kick(), this.pollMs);
    this.timer.unref();
    const prune = () => this.prune().catch((err) => this.log.warn({ err }, 'job runner: pruning finished jobs failed'));
    this.pruner = setInterval(prune, this.pruneEveryMs);
    this.pruner.unref();
    void prune();
    this.kick();
  }

  /** Stops claiming, aborts running handlers and puts their jobs back in the queue for any node to take. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    if (this.pruner) clearInterval(this.pruner);
    for (const r of this.running.values()) r.controller.abort(new Error('runner stopping'));
    await Promise.all([...this.running.values()].map((r) => r.done));
  }

  private kick(): void {
    if (!this.started || this.stopping) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    this.pump()
      .catch((err) => this.log.warn({ err }, 'job runner: claiming failed'))
      .finally(() => {
        this.pumping = false;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  private async pump(): Promise<void> {
    for (const [name, q] of this.queues) {
      while (!this.stopping && q.active < q.opts.concurrency) {
        const job = await this.claim(name, q);
        if (!job) break;
        this.run(job, q);
      }
    }
  }

  private async claim(queue: string, q: Queue): Promise<JobInfo | null> {
    const now = this.now();
    const rows = await sql<JobRow>`UPDATE lintel_jobs
      SET state = 'active', attempts = attempts + 1, owner = ${this.owner}, lease_until = ${now + q.opts.leaseMs},
          started_at = COALESCE(started_at, ${now}), error = NULL
      WHERE id = (
        SELECT id FROM lintel_jobs
        WHERE queue = ${queue}
          AND ((state IN ('queued', 'failed') AND run_after <= ${now}) OR (state = 'active' AND lease_until < ${now}))
        ORDER BY run_after, created_at LIMIT 1
      ) AND ((state IN ('queued', 'failed') AND run_after <= ${now}) OR (state = 'active' AND lease_until < ${now}))
      RETURNING *`.execute(this.db);
    const row = rows.rows[0];
    if (!row) return null;
    const job = toInfo(row);
    if (job.attempts > job.maxAttempts) {
      // Its earlier holders died (lease expired) as many times as it may be tried: dead-letter it.
      await this.finish(job.id, { state: 'dead', error: 'lease expired on every attempt (node died or hung)' });
      return this.claim(queue, q);
    }
    return job;
  }

  private run(job: JobInfo, q: Queue): void {
    const controller = new AbortController();
    q.active++;
    const heartbeat = setInterval(
      () => {
        this.renew(job.id, q.opts.leaseMs)
          .then((held) => {
            if (!held) controller.abort(new Error('lease lost or job cancelled'));
          })
          .catch((err) => this.log.warn({ err, job: job.id }, 'job runner: lease renewal failed'));
      },
      Math.max(50, Math.floor(q.opts.leaseMs / 3)),
    );
    heartbeat.unref();
    const done = (async () => {
      try {
        const result = await q.handler({
          job,
          signal: controller.signal,
          progress: (p) => this.progress(job.id, p, q.opts.leaseMs),
        });
        await this.finish(job.id, { state: 'completed', result: result ?? null });
      } catch (err) {
        if (controller.signal.aborted && this.stopping) {
          // Not the job's fault: give the attempt back so another node (or this one restarted) takes it now.
          await this.finish(job.id, { state: 'queued', attempts: job.attempts - 1, runAfter: this.now() });
        } else if (!controller.signal.aborted) {
          const message = (err as Error)?.message ?? String(err);
          if (job.attempts >= job.maxAttempts) await this.finish(job.id, { state: 'dead', error: message });
          else {
            const delay = (job.maxAttempts > 0 ? q.opts.backoffMs : 0) * 2 ** (job.attempts - 1);
            await this.finish(job.id, { state: 'failed', error: message, runAfter: this.now() + delay });
          }
        }
      } finally {
        clearInterval(heartbeat);
        q.active--;
        this.running.delete(job.id);
        this.kick();
      }
    })().catch((err) => this.log.warn({ err, job: job.id }, 'job runner: could not store a job outcome'));
    this.running.set(job.id, { controller, done });
  }

  private async renew(id: string, leaseMs: number): Promise<boolean> {
    const r = await this.db
      .updateTable('lintel_jobs')
      .set({ lease_until: this.now() + leaseMs })
      .where('id', '=', id)
      .where('owner', '=', this.owner)
      .where('state', '=', 'active')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  private async progress(id: string, p: JobProgress, leaseMs: number): Promise<void> {
    await this.db
      .updateTable('lintel_jobs')
      .set({ progress: JSON.stringify(p), lease_until: this.now() + leaseMs })
      .where('id', '=', id)
      .where('owner', '=', this.owner)
      .where('state', '=', 'active')
      .execute();
  }

  /** Writes a job's outcome, only while this node still owns it (fencing against a node that took it over). */
  private async finish(
    id: string,
    o: { state: JobState; result?: unknown; error?: string; runAfter?: number; attempts?: number },
  ): Promise<void> {
    const final = o.state === 'completed' || o.state === 'dead';
    await this.db
      .updateTable('lintel_jobs')
      .set({
        state: o.state,
        owner: null,
        lease_until: null,
        ...(o.result !== undefined ? { result: JSON.stringify(o.result) } : {}),
        ...(o.error !== undefined ? { error: o.error.slice(0, 2000) } : {}),
        ...(o.runAfter !== undefined ? { run_after: o.runAfter } : {}),
        ...(o.attempts !== undefined ? { attempts: o.attempts } : {}),
        ...(final ? { finished_at: this.now() } : {}),
      })
      .where('id', '=', id)
      .where('owner', '=', this.owner)
      .where('state', '=', 'active')
      .execute();
  }
}

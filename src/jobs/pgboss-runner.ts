// The scale-out job runner: pg-boss (10.x, Node 20) on the PostgreSQL that the nodes already share.
// pg-boss owns storage, claiming (FOR UPDATE SKIP LOCKED), retries with backoff, the dead-letter state
// (its `failed`), expiry of jobs whose node died and archiving. Lintel drives fetching itself instead of
// pg-boss's work(), because work() cuts every handler at the expiry time: here a heartbeat moves the job's
// started_on forward while the handler runs, so expiry means "the node stopped beating", not "the job is long".
// Progress lives in Lintel's own table (pg-boss's output column holds the result).
import { type Kysely, sql } from 'kysely';
import PgBoss from 'pg-boss';
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

export const pgBossProgressMigrations: Migration[] = [
  {
    name: '0701_job_progress',
    async up(db) {
      await sql`CREATE TABLE IF NOT EXISTS lintel_job_progress (
        id TEXT PRIMARY KEY,
        progress TEXT NOT NULL,
        updated_at BIGINT NOT NULL
      )`.execute(db);
    },
  },
];

const STATE: Record<string, JobState> = {
  created: 'queued',
  retry: 'failed',
  active: 'active',
  completed: 'completed',
  cancelled: 'cancelled',
  failed: 'dead',
};

interface BossRow {
  id: string;
  name: string;
  data: unknown;
  state: string;
  retry_count: number;
  retry_limit: number;
  output: unknown;
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
  start_after: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PgBossJobRunnerOptions {
  url: string;
  /** pg-boss's own schema (default `pgboss`); one per Lintel deployment. */
  bossSchema: string;
  logger?: JobLogger;
  pollMs?: number;
  /** How often pg-boss looks for expired jobs (seconds, ≥ 1; default 5). */
  maintenanceIntervalSeconds?: number;
  retention?: Partial<JobRetention>;
}

export class PgBossJobRunner implements JobRunner {
  readonly kind = 'pg-boss';
  private readonly boss: PgBoss;
  private readonly queues = new Map<string, Queue>();
  private readonly created = new Set<string>();
  private readonly running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  private readonly log: JobLogger;
  private readonly pollMs: number;
  private readonly schema: string;
  private readonly retention: JobRetention;
  private timer: NodeJS.Timeout | null = null;
  private started = false;
  private stopping = false;
  private pumping = false;
  private opened: Promise<unknown> | null = null;

  constructor(
    // biome-ignore lint/suspicious/noExplicitAny: the progress table is owned by this module
    private readonly db: Kysely<any>,
    opts: PgBossJobRunnerOptions,
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(opts.bossSchema)) throw new Error(`invalid pg-boss schema: ${opts.bossSchema}`);
    this.schema = opts.bossSchema;
    this.log = opts.logger ?? NOOP_LOGGER;
    this.pollMs = opts.pollMs ?? 250;
    this.retention = { ...DEFAULT_JOB_RETENTION, ...opts.retention };
    this.boss = new PgBoss({
      connectionString: opts.url,
      schema: opts.bossSchema,
      max: 4,
      schedule: false,
      supervise: true,
      // pg-boss's maintenance moves finished jobs to its archive after these ages (get() still reads them there)
      // and deletes archived ones an hour later.
      archiveCompletedAfterSeconds: Math.max(1, Math.round(this.retention.completedMs / 1000)),
      archiveFailedAfterSeconds: Math.max(1, Math.round(this.retention.deadMs / 1000)),
      deleteAfterSeconds: 3600,
      maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds ?? 5,
    });
    this.boss.on('error', (err) => this.log.warn({ err }, 'pg-boss error'));
  }

  handle<T>(queue: string, handler: Handler<T>, opts: QueueOptions = {}): void {
    this.queues.set(queue, { handler: handler as Handler<unknown>, opts: queueDefaults(opts), active: 0 });
    if (this.started) {
      void this.ensureQueue(queue)
        .then(() => this.pump())
        .catch((err) => this.log.warn({ err }, 'pg-boss createQueue'));
    }
  }

  /** Starts pg-boss (creating or migrating its schema) once; enqueueing works before start(). */
  private open(): Promise<unknown> {
    this.opened ??= this.boss.start();
    return this.opened;
  }

  private async ensureQueue(name: string): Promise<void> {
    if (this.created.has(name)) return;
    await this.open();
    if (!(await this.boss.getQueue(name))) {
      const o = this.queues.get(name)?.opts ?? queueDefaults({});
      // Nodes starting together would deadlock in pg-boss's createQueue (it adds a partition): one at a time,
      // under a session advisory lock held on one of Lintel's connections while pg-boss's pool does the work.
      await this.db.connection().execute(async (conn) => {
        await sql`SELECT pg_advisory_lock(hashtext(${`lintel-pgboss:${this.schema}`}))`.execute(conn);
        try {
          if (await this.boss.getQueue(name)) return;
          await this.boss.createQueue(name, {
            name,
            retryLimit: Math.max(0, o.maxAttempts - 1),
            retryDelay: Math.round(o.backoffMs / 1000),
            retryBackoff: true,
            expireInSeconds: Math.max(1, Math.ceil(o.leaseMs / 1000)),
          });
        } finally {
          await sql`SELECT pg_advisory_unlock(hashtext(${`lintel-pgboss:${this.schema}`}))`.execute(conn);
        }
      });
    }
    this.created.add(name);
  }

  async enqueue<T>(queue: string, data: T, opts: EnqueueOptions = {}): Promise<string> {
    await this.ensureQueue(queue);
    const o = this.queues.get(queue)?.opts ?? queueDefaults({});
    const send: PgBoss.SendOptions = {
      retryLimit: Math.max(0, (opts.maxAttempts ?? o.maxAttempts) - 1),
      retryDelay: Math.round(o.backoffMs / 1000),
      retryBackoff: true,
      expireInSeconds: Math.max(1, Math.ceil(o.leaseMs / 1000)),
      ...(opts.runAfter !== undefined ? { startAfter: new Date(opts.runAfter) } : {}),
    };
    if (opts.singletonKey === undefined) {
      const id = await this.boss.send(queue, (data ?? {}) as object, send);
      if (!id) throw new Error(`pg-boss refused the job for queue ${queue}`);
      this.pump();
      return id;
    }
    // Check-then-insert under a transaction-scoped advisory lock on (queue, key): one singleton across nodes.
    const id = await this.db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(hashtext(${queue}), hashtext(${opts.singletonKey}))`.execute(trx);
      const found = await sql<{ id: string }>`SELECT id::text AS id FROM ${sql.id(this.schema, 'job')}
        WHERE name = ${queue} AND singleton_key = ${opts.singletonKey} AND state < 'completed' LIMIT 1`.execute(trx);
      if (found.rows[0]) return found.rows[0].id;
      // Sent on pg-boss's own connection and committed while this transaction still holds the lock, so the
      // next caller's check sees it.
      return await this.boss.send(queue, (data ?? {}) as object, { ...send, singletonKey: opts.singletonKey });
    });
    if (!id) throw new Error(`pg-boss refused the job for queue ${queue}`);
    this.pump();
    return id;
  }

  async get(id: string): Promise<JobInfo | null> {
    if (!UUID.test(id)) return null;
    await this.open();
    const cols = sql.raw(
      'id::text AS id, name, data, state::text AS state, retry_count, retry_limit, output, created_on, started_on, completed_on, start_after',
    );
    const r = await sql<BossRow>`SELECT ${cols} FROM ${sql.id(this.schema, 'job')} WHERE id = ${id}::uuid
      UNION ALL SELECT ${cols} FROM ${sql.id(this.schema, 'archive')} WHERE id = ${id}::uuid LIMIT 1`.execute(this.db);
    const row = r.rows[0];
    return row ? this.toInfo(row, await this.progressOf([row.id])) : null;
  }

  async list(filter: { queue?: string; state?: JobState; limit?: number } = {}): Promise<JobInfo[]> {
    const states = filter.state ? Object.keys(STATE).filter((k) => STATE[k] === filter.state) : null;
    const limit = Math.min(Math.max(filter.limit ?? 100, 1), 1000);
    await this.open();
    const r = await sql<BossRow>`SELECT id::text AS id, name, data, state::text AS state, retry_count, retry_limit,
        output, created_on, started_on, completed_on, start_after
      FROM ${sql.id(this.schema, 'job')}
      WHERE name NOT LIKE '__pgboss__%'
        ${filter.queue ? sql`AND name = ${filter.queue}` : sql``}
        ${states ? sql`AND state::text IN (${sql.join(states)})` : sql``}
      ORDER BY created_on DESC LIMIT ${limit}`.execute(this.db);
    const progress = await this.progressOf(r.rows.map((x) => x.id));
    return r.rows.map((row) => this.toInfo(row, progress));
  }

  async cancel(id: string): Promise<boolean> {
    const job = await this.get(id);
    if (!job || !['queued', 'active', 'failed'].includes(job.state)) return false;
    await this.boss.cancel(job.queue, id);
    this.running.get(id)?.controller.abort(new Error('cancelled'));
    return (await this.get(id))?.state === 'cancelled';
  }

  async retry(id: string): Promise<boolean> {
    const job = await this.get(id);
    if (!job || job.state !== 'dead') return false;
    await this.boss.retry(job.queue, id);
    this.pump();
    return true;
  }

  wait(id: string, opts: { timeoutMs?: number } = {}): Promise<JobInfo> {
    return pollUntilFinal((jobId) => this.get(jobId), id, opts.timeoutMs);
  }

  /** pg-boss deletes its own jobs; this removes progress rows no job can still be read with. */
  async prune(): Promise<number> {
    const horizon = Date.now() - Math.max(this.retention.completedMs, this.retention.deadMs) - 2 * 3600_000;
    const r = await sql`DELETE FROM lintel_job_progress WHERE updated_at < ${horizon}`.execute(this.db);
    return Number(r.numAffectedRows ?? 0);
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    // pg-boss (its pool, schema and maintenance timers) starts only on a node that has work: a queue to handle
    // now, or later through handle() / enqueue().
    for (const name of this.queues.keys()) await this.ensureQueue(name);
    this.timer = setInterval(() => this.pump(), this.pollMs);
    this.timer.unref();
    this.pump();
  }

  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    for (const r of this.running.values()) r.controller.abort(new Error('runner stopping'));
    await Promise.all([...this.running.values()].map((r) => r.done));
    if (this.opened) await this.boss.stop({ graceful: false, wait: true, timeout: 5000 });
  }

  private pump(): void {
    if (!this.started || this.stopping || this.pumping) return;
    this.pumping = true;
    (async () => {
      for (const [name, q] of this.queues) {
        if (!this.created.has(name)) continue;
        while (!this.stopping && q.active < q.opts.concurrency) {
          const [job] = await this.boss.fetch(name, { batchSize: 1, includeMetadata: true });
          if (!job) break;
          this.run(job as PgBoss.JobWithMetadata<unknown>, q);
        }
      }
    })()
      .catch((err) => this.log.warn({ err }, 'job runner: fetching failed'))
      .finally(() => {
        this.pumping = false;
      });
  }

  private run(job: PgBoss.JobWithMetadata<unknown>, q: Queue): void {
    const controller = new AbortController();
    const table = sql.id(this.schema, 'job');
    q.active++;
    // The lease is the claiming node's: its expiry is set now and moved forward by every heartbeat.
    const lease = sql`make_interval(secs => ${Math.max(1, Math.ceil(q.opts.leaseMs / 1000))})`;
    const renew = () =>
      sql`UPDATE ${table} SET started_on = now(), expire_in = ${lease} WHERE id = ${job.id}::uuid AND state = 'active'`
        .execute(this.db)
        .then((r) => {
          if (Number(r.numAffectedRows ?? 0) === 0) controller.abort(new Error('lease lost or job cancelled'));
        })
        .catch((err) => this.log.warn({ err, job: job.id }, 'job runner: heartbeat failed'));
    void renew();
    const beat = setInterval(renew, Math.max(100, Math.floor(q.opts.leaseMs / 3)));
    beat.unref();
    const info = this.toInfo(
      {
        id: job.id,
        name: job.name,
        data: job.data,
        state: 'active',
        retry_count: job.retryCount,
        retry_limit: job.retryLimit,
        output: null,
        created_on: job.createdOn,
        started_on: job.startedOn,
        completed_on: null,
        start_after: job.startAfter,
      },
      new Map(),
    );
    // Queued again at once, without counting as a retry.
    const giveBack = () =>
      sql`UPDATE ${table} SET state = 'created', started_on = NULL, start_after = now()
        WHERE id = ${job.id}::uuid AND state = 'active'`.execute(this.db);
    const done = (async () => {
      try {
        const result = await q.handler({
          job: info,
          signal: controller.signal,
          progress: (p) => this.saveProgress(job.id, p),
        });
        // A handler that returns has done its work, also when the runner's stop aborted it meanwhile (left active,
        // the job would wait for its lease to expire and run again). Not after a lost lease or a cancel.
        if (!controller.signal.aborted || this.stopping) await this.boss.complete(job.name, job.id, wrap(result));
      } catch (err) {
        if (controller.signal.aborted && this.stopping) {
          await giveBack();
        } else if (!controller.signal.aborted) {
          await this.boss.fail(job.name, job.id, { message: (err as Error)?.message ?? String(err) });
        }
      } finally {
        clearInterval(beat);
        q.active--;
        this.running.delete(job.id);
        this.pump();
      }
    })().catch((err) => this.log.warn({ err, job: job.id }, 'job runner: could not store a job outcome'));
    this.running.set(job.id, { controller, done });
  }

  private async saveProgress(id: string, p: JobProgress): Promise<void> {
    const text = JSON.stringify(p);
    await sql`INSERT INTO lintel_job_progress (id, progress, updated_at) VALUES (${id}, ${text}, ${Date.now()})
      ON CONFLICT (id) DO UPDATE SET progress = ${text}, updated_at = ${Date.now()}`.execute(this.db);
  }

  private async progressOf(ids: string[]): Promise<Map<string, JobProgress>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('lintel_job_progress').selectAll().where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id as string, JSON.parse(r.progress as string) as JobProgress]));
  }

  private toInfo(r: BossRow, progress: Map<string, JobProgress>): JobInfo {
    const state = STATE[r.state] ?? 'queued';
    const out = r.output as { value?: unknown; message?: string } | null;
    const errorText =
      state === 'failed' || state === 'dead'
        ? typeof out?.message === 'string'
          ? out.message
          : JSON.stringify((out as { value?: unknown })?.value ?? out)
        : null;
    return {
      id: r.id,
      queue: r.name,
      data: r.data,
      state,
      attempts: r.retry_count + (r.started_on ? 1 : 0),
      maxAttempts: r.retry_limit + 1,
      progress: progress.get(r.id) ?? null,
      result: state === 'completed' ? unwrap(r.output) : null,
      error: errorText,
      createdAt: new Date(r.created_on).getTime(),
      startedAt: r.started_on ? new Date(r.started_on).getTime() : null,
      finishedAt: r.completed_on ? new Date(r.completed_on).getTime() : null,
      runAfter: new Date(r.start_after).getTime(),
    };
  }
}

/** pg-boss stores a job's output as a JSON object; results of other shapes travel inside { value }. */
function wrap(result: unknown): object {
  return { value: result ?? null };
}

function unwrap(output: unknown): unknown {
  return output && typeof output === 'object' && 'value' in output ? (output as { value: unknown }).value : output;
}

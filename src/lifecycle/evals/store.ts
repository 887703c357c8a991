// Evaluation runs and their per-item results. (run_id, idx) is the primary key of a result: a resumed run
// inserts only items not yet stored, so no item is ever scored twice.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../storage/database.ts';
import type { ScorerSpec } from './scorers/index.ts';

// biome-ignore lint/suspicious/noExplicitAny: tables are this module's own
type Db = Kysely<any>;

export type RunStatus = 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';

export interface RunOptions {
  concurrency: number;
  retries: number;
}

export interface EvalRun {
  id: string;
  model: string;
  version: number;
  dataset: string;
  datasetHash: string;
  scorers: ScorerSpec[];
  scorersHash: string;
  options: RunOptions;
  status: RunStatus;
  total: number;
  jobId: string | null;
  summary: RunSummary | null;
  error: string | null;
  createdBy: string;
  createdAt: number;
  finishedAt: number | null;
}

export interface ItemResult {
  runId: string;
  idx: number;
  ok: boolean;
  output: string | null;
  error: string | null;
  /** Mean of the scorers' scores (0 for an error). */
  score: number;
  scores: Record<string, { score: number; pass: boolean; reason?: string }>;
  latencyMs: number;
  costUsd: number | null;
  requestId: string | null;
  createdAt: number;
}

export interface RunSummary {
  items: number;
  errors: number;
  score: { mean: number; ci95: [number, number] };
  scorers: Record<string, { mean: number; ci95: [number, number]; pass_rate: number }>;
  cost_usd: number;
  cost_per_item_usd: number;
  latency_ms: { p50: number | null; p95: number | null };
}

export class EvalStore {
  constructor(private readonly database: Database) {}

  get db(): Db {
    return this.database.db;
  }

  async insertRun(r: EvalRun): Promise<void> {
    await sql`INSERT INTO lc_eval_runs (id, model, version, dataset, dataset_hash, scorers, scorers_hash, options, status,
        total, job_id, summary, error, created_by, created_at, finished_at)
      VALUES (${r.id}, ${r.model}, ${r.version}, ${r.dataset}, ${r.datasetHash}, ${JSON.stringify(r.scorers)},
        ${r.scorersHash}, ${JSON.stringify(r.options)}, ${r.status}, ${r.total}, ${r.jobId}, NULL, NULL, ${r.createdBy},
        ${r.createdAt}, NULL)`.execute(this.db);
  }

  async setJob(id: string, jobId: string): Promise<void> {
    await sql`UPDATE lc_eval_runs SET job_id = ${jobId} WHERE id = ${id}`.execute(this.db);
  }

  async setStatus(
    id: string,
    status: RunStatus,
    extra: { summary?: RunSummary; error?: string; finishedAt?: number } = {},
  ): Promise<void> {
    await sql`UPDATE lc_eval_runs SET status = ${status},
        summary = COALESCE(${extra.summary ? JSON.stringify(extra.summary) : null}, summary),
        error = ${extra.error ?? null}, finished_at = ${extra.finishedAt ?? null}
      WHERE id = ${id}`.execute(this.db);
  }

  async get(id: string): Promise<EvalRun | null> {
    const r = await sql<Record<string, unknown>>`SELECT * FROM lc_eval_runs WHERE id = ${id}`.execute(this.db);
    return r.rows[0] ? toRun(r.rows[0]) : null;
  }

  async list(filter: { model?: string; version?: number; limit?: number } = {}): Promise<EvalRun[]> {
    let q = this.db.selectFrom('lc_eval_runs').selectAll();
    if (filter.model !== undefined) q = q.where('model', '=', filter.model);
    if (filter.version !== undefined) q = q.where('version', '=', filter.version);
    const rows = await q
      .orderBy('created_at', 'desc')
      .limit(filter.limit ?? 100)
      .execute();
    return rows.map(toRun);
  }

  /** The newest run with the same version, dataset content and scorers (completed, or still going). */
  async matching(model: string, version: number, datasetHash: string, scorersHash: string): Promise<EvalRun | null> {
    const r = await sql<Record<string, unknown>>`SELECT * FROM lc_eval_runs
      WHERE model = ${model} AND version = ${version} AND dataset_hash = ${datasetHash}
        AND scorers_hash = ${scorersHash} AND status IN ('queued', 'running', 'completed')
      ORDER BY created_at DESC LIMIT 1`.execute(this.db);
    return r.rows[0] ? toRun(r.rows[0]) : null;
  }

  /** Stores one item's result unless it exists; true when this call stored it. */
  async insertResult(x: ItemResult): Promise<boolean> {
    const r =
      await sql`INSERT INTO lc_eval_results (run_id, idx, ok, output, error, score, scores, latency_ms, cost_usd,
        request_id, created_at)
      VALUES (${x.runId}, ${x.idx}, ${x.ok ? 1 : 0}, ${x.output}, ${x.error}, ${x.score}, ${JSON.stringify(x.scores)},
        ${x.latencyMs}, ${x.costUsd}, ${x.requestId}, ${x.createdAt})
      ON CONFLICT DO NOTHING`.execute(this.db);
    return Number(r.numAffectedRows ?? 0) > 0;
  }

  async doneIndexes(runId: string): Promise<Set<number>> {
    const r = await sql<{ idx: number }>`SELECT idx FROM lc_eval_results WHERE run_id = ${runId}`.execute(this.db);
    return new Set(r.rows.map((x) => Number(x.idx)));
  }

  async progress(runId: string): Promise<{ done: number; costUsd: number }> {
    const r = await sql<{ n: number; c: number | null }>`SELECT COUNT(*) AS n, SUM(cost_usd) AS c
      FROM lc_eval_results WHERE run_id = ${runId}`.execute(this.db);
    return { done: Number(r.rows[0]?.n ?? 0), costUsd: Number(r.rows[0]?.c ?? 0) };
  }

  async results(runId: string): Promise<ItemResult[]> {
    const r = await sql<Record<string, unknown>>`SELECT * FROM lc_eval_results WHERE run_id = ${runId}
      ORDER BY idx`.execute(this.db);
    return r.rows.map((x) => ({
      runId: String(x.run_id),
      idx: Number(x.idx),
      ok: Number(x.ok) === 1,
      output: x.output === null ? null : String(x.output),
      error: x.error === null ? null : String(x.error),
      score: Number(x.score),
      scores: JSON.parse(String(x.scores)),
      latencyMs: Number(x.latency_ms),
      costUsd: x.cost_usd === null ? null : Number(x.cost_usd),
      requestId: x.request_id === null ? null : String(x.request_id),
      createdAt: Number(x.created_at),
    }));
  }
}

function toRun(r: Record<string, unknown>): EvalRun {
  return {
    id: String(r.id),
    model: String(r.model),
    version: Number(r.version),
    dataset: String(r.dataset),
    datasetHash: String(r.dataset_hash),
    scorers: JSON.parse(String(r.scorers)),
    scorersHash: String(r.scorers_hash),
    options: JSON.parse(String(r.options)),
    status: String(r.status) as RunStatus,
    total: Number(r.total),
    jobId: r.job_id === null ? null : String(r.job_id),
    summary: r.summary ? JSON.parse(String(r.summary)) : null,
    error: r.error === null ? null : String(r.error),
    createdBy: String(r.created_by),
    createdAt: Number(r.created_at),
    finishedAt: r.finished_at === null ? null : Number(r.finished_at),
  };
}

// Deployment persistence: the deployment row, its event history, the per-request arm log and shadow results.
import { type Kysely, sql } from 'kysely';
import type { Arm, Deployment, DeploymentInput } from './types.ts';

// biome-ignore lint/suspicious/noExplicitAny: tables are this module's own
type Db = Kysely<any>;

export function rowToDeployment(r: Record<string, unknown>): Deployment {
  return {
    id: String(r.id),
    route: String(r.route),
    model: String(r.model),
    alias: String(r.alias),
    baseline: Number(r.baseline),
    candidate: Number(r.candidate),
    strategy: String(r.strategy) as Deployment['strategy'],
    config: JSON.parse(String(r.config)) as DeploymentInput,
    state: String(r.state) as Deployment['state'],
    weight: Number(r.weight),
    step: Number(r.step),
    stepStartedAt: Number(r.step_started_at),
    createdBy: String(r.created_by),
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
  };
}

export interface ArmRequest {
  requestId: string;
  deploymentId: string;
  arm: Arm;
  version: number;
  status: number;
  latencyMs: number;
  costUsd: number | null;
  at: number;
}

export interface ShadowResult {
  requestId: string;
  deploymentId: string;
  shadowRequestId: string | null;
  primaryOutput: string | null;
  shadowOutput: string | null;
  shadowStatus: number;
  primaryScores: Record<string, number>;
  shadowScores: Record<string, number>;
  shadowLatencyMs: number;
  shadowCostUsd: number | null;
  at: number;
}

export class DeploymentStore {
  constructor(readonly db: Db) {}

  async insert(d: Deployment, db: Db = this.db): Promise<void> {
    await sql`INSERT INTO lc_deployments (id, route, model, alias, baseline, candidate, strategy, config, state, weight,
        step, step_started_at, created_by, created_at, updated_at)
      VALUES (${d.id}, ${d.route}, ${d.model}, ${d.alias}, ${d.baseline}, ${d.candidate}, ${d.strategy},
        ${JSON.stringify(d.config)}, ${d.state}, ${d.weight}, ${d.step}, ${d.stepStartedAt}, ${d.createdBy},
        ${d.createdAt}, ${d.updatedAt})`.execute(db);
  }

  /** Moves weight/step/state; only an active deployment changes (returns false when it was not active). */
  async update(
    id: string,
    patch: Pick<Deployment, 'state' | 'weight' | 'step' | 'stepStartedAt' | 'updatedAt'>,
    db: Db = this.db,
    /** Only when the deployment is still at this step (two analyses of one step cannot both advance it). */
    fromStep?: number,
  ): Promise<boolean> {
    const stepGuard = fromStep === undefined ? sql`` : sql` AND step = ${fromStep}`;
    const r =
      await sql`UPDATE lc_deployments SET state = ${patch.state}, weight = ${patch.weight}, step = ${patch.step},
        step_started_at = ${patch.stepStartedAt}, updated_at = ${patch.updatedAt}
      WHERE id = ${id} AND state = 'active'${stepGuard}`.execute(db);
    return Number(r.numAffectedRows ?? 0) > 0;
  }

  /**
   * `update` and the event that explains it, in one transaction: a reader never sees the new state without
   * its history entry (a status read between the two writes once showed "promoted" with no "promoted" event).
   * Returns false, writing nothing, when the deployment was no longer active (or no longer at `fromStep`).
   */
  async transition(
    id: string,
    patch: Pick<Deployment, 'state' | 'weight' | 'step' | 'stepStartedAt' | 'updatedAt'>,
    event: { kind: string; detail: unknown },
    fromStep?: number,
  ): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      if (!(await this.update(id, patch, trx, fromStep))) return false;
      await this.event(id, patch.updatedAt, event.kind, event.detail, trx);
      return true;
    });
  }

  async get(id: string, db: Db = this.db): Promise<Deployment | null> {
    const r = await sql<Record<string, unknown>>`SELECT * FROM lc_deployments WHERE id = ${id}`.execute(db);
    return r.rows[0] ? rowToDeployment(r.rows[0]) : null;
  }

  async list(route?: string): Promise<Deployment[]> {
    const r = route
      ? await sql<Record<string, unknown>>`SELECT * FROM lc_deployments WHERE route = ${route}
          ORDER BY created_at DESC`.execute(this.db)
      : await sql<Record<string, unknown>>`SELECT * FROM lc_deployments ORDER BY created_at DESC`.execute(this.db);
    return r.rows.map(rowToDeployment);
  }

  async activeOn(route: string, db: Db = this.db): Promise<Deployment | null> {
    const r = await sql<Record<string, unknown>>`SELECT * FROM lc_deployments
      WHERE route = ${route} AND state = 'active'`.execute(db);
    return r.rows[0] ? rowToDeployment(r.rows[0]) : null;
  }

  async event(id: string, at: number, kind: string, detail: unknown, db: Db = this.db): Promise<void> {
    await sql`INSERT INTO lc_deployment_events (deployment_id, at, kind, detail)
      VALUES (${id}, ${at}, ${kind}, ${JSON.stringify(detail)})`.execute(db);
  }

  async events(id: string): Promise<{ at: number; kind: string; detail: unknown }[]> {
    const r = await sql<Record<string, unknown>>`SELECT * FROM lc_deployment_events WHERE deployment_id = ${id}
      ORDER BY at, kind`.execute(this.db);
    return r.rows.map((e) => ({ at: Number(e.at), kind: String(e.kind), detail: JSON.parse(String(e.detail)) }));
  }

  async logRequests(rows: ArmRequest[]): Promise<void> {
    // Multi-row inserts: under steady traffic a row-at-a-time flush falls behind on PostgreSQL.
    for (let i = 0; i < rows.length; i += 200) {
      await this.db
        .insertInto('lc_deployment_requests')
        .values(
          rows.slice(i, i + 200).map((a) => ({
            request_id: a.requestId,
            deployment_id: a.deploymentId,
            arm: a.arm,
            version: a.version,
            status: a.status,
            latency_ms: a.latencyMs,
            cost_usd: a.costUsd,
            at: a.at,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }

  /** Requests of a deployment since `from`, for analysis and per-arm metrics. */
  async requests(id: string, from = 0): Promise<ArmRequest[]> {
    const r = await sql<Record<string, unknown>>`SELECT * FROM lc_deployment_requests
      WHERE deployment_id = ${id} AND at >= ${from}`.execute(this.db);
    return r.rows.map((x) => ({
      requestId: String(x.request_id),
      deploymentId: String(x.deployment_id),
      arm: String(x.arm) as Arm,
      version: Number(x.version),
      status: Number(x.status),
      latencyMs: Number(x.latency_ms),
      costUsd: x.cost_usd === null ? null : Number(x.cost_usd),
      at: Number(x.at),
    }));
  }

  /**
   * Mean of one feedback score per arm over the deployment's requests since `from` — the monitoring area's
   * feedback store (users' feedback and the online judge's scores, stored as feedback with source "system").
   */
  async armQuality(
    id: string,
    from: number,
    q: { feedback: string; source?: string },
  ): Promise<Record<Arm, { mean: number | null; samples: number }>> {
    const source = q.source === undefined ? sql`` : sql` AND f.source = ${q.source}`;
    const r = await sql<{ arm: string; mean: number | null; n: number | string }>`SELECT r.arm AS arm,
        AVG(f.value) AS mean, COUNT(f.value) AS n
      FROM lc_deployment_requests r JOIN monitor_feedback f ON f.request_id = r.request_id
      WHERE r.deployment_id = ${id} AND r.at >= ${from} AND f.name = ${q.feedback} AND f.value IS NOT NULL${source}
      GROUP BY r.arm`.execute(this.db);
    const out: Record<Arm, { mean: number | null; samples: number }> = {
      baseline: { mean: null, samples: 0 },
      candidate: { mean: null, samples: 0 },
    };
    for (const x of r.rows) {
      if (x.arm === 'baseline' || x.arm === 'candidate') {
        out[x.arm] = { mean: x.mean === null ? null : Number(x.mean), samples: Number(x.n) };
      }
    }
    return out;
  }

  async armOfRequest(requestId: string): Promise<ArmRequest | null> {
    const r = await sql<Record<string, unknown>>`SELECT * FROM lc_deployment_requests
      WHERE request_id = ${requestId}`.execute(this.db);
    const x = r.rows[0];
    return x
      ? {
          requestId: String(x.request_id),
          deploymentId: String(x.deployment_id),
          arm: String(x.arm) as Arm,
          version: Number(x.version),
          status: Number(x.status),
          latencyMs: Number(x.latency_ms),
          costUsd: x.cost_usd === null ? null : Number(x.cost_usd),
          at: Number(x.at),
        }
      : null;
  }

  async saveShadow(s: ShadowResult): Promise<void> {
    await sql`INSERT INTO lc_shadow_results (request_id, deployment_id, shadow_request_id, primary_output, shadow_output,
        shadow_status, primary_scores, shadow_scores, shadow_latency_ms, shadow_cost_usd, at)
      VALUES (${s.requestId}, ${s.deploymentId}, ${s.shadowRequestId}, ${s.primaryOutput}, ${s.shadowOutput},
        ${s.shadowStatus}, ${JSON.stringify(s.primaryScores)}, ${JSON.stringify(s.shadowScores)},
        ${s.shadowLatencyMs}, ${s.shadowCostUsd}, ${s.at}) ON CONFLICT DO NOTHING`.execute(this.db);
  }

  async hasShadow(requestId: string): Promise<boolean> {
    const r = await sql`SELECT 1 AS x FROM lc_shadow_results WHERE request_id = ${requestId}`.execute(this.db);
    return r.rows.length > 0;
  }

  async shadows(id: string, limit = 100): Promise<ShadowResult[]> {
    const r = await sql<Record<string, unknown>>`SELECT * FROM lc_shadow_results WHERE deployment_id = ${id}
      ORDER BY at DESC LIMIT ${limit}`.execute(this.db);
    return r.rows.map((x) => ({
      requestId: String(x.request_id),
      deploymentId: String(x.deployment_id),
      shadowRequestId: x.shadow_request_id === null ? null : String(x.shadow_request_id),
      primaryOutput: x.primary_output === null ? null : String(x.primary_output),
      shadowOutput: x.shadow_output === null ? null : String(x.shadow_output),
      shadowStatus: Number(x.shadow_status),
      primaryScores: JSON.parse(String(x.primary_scores)),
      shadowScores: JSON.parse(String(x.shadow_scores)),
      shadowLatencyMs: Number(x.shadow_latency_ms),
      shadowCostUsd: x.shadow_cost_usd === null ? null : Number(x.shadow_cost_usd),
      at: Number(x.at),
    }));
  }
}

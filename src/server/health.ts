// What a load balancer and an operator need to know about a node, kept apart on purpose:
//   /healthz  the process is alive (liveness) — 200 until it exits.
//   /readyz   the node can serve a call now (readiness) — 503 only while starting, draining, or when limits are
//             fail-closed and Redis is away. A store outage does NOT make a node unready: calls are answered
//             and records spool to disk, so pulling every node would turn a harmless outage into a full one.
//   /status   everything, including degraded dependencies (store, Redis, record spool, audit anchoring).
import { sql } from 'kysely';
import type { Database } from '../storage/database.ts';

export type NodePhase = 'starting' | 'serving' | 'draining' | 'stopping';

export interface HealthInputs {
  database: Database;
  /** Redis state of the limits: null when limits are in process. */
  limits(): { redisUp: boolean; failClosed: boolean; topology: string; rebuilds: number; restored: number } | null;
  records(): { queueDepth: number; spooledRecords: number; degraded: boolean } | null;
  now?: () => number;
}

export interface NodeStatus {
  phase: NodePhase;
  ready: boolean;
  /** Why the node is not ready (empty when ready). */
  reasons: string[];
  store: { up: boolean; checkedAt: number | null; error?: string };
  limits: {
    backend: 'memory' | 'redis';
    up: boolean;
    failClosed: boolean;
    /** Redis: single, sentinel or cluster. */
    topology?: string;
    /** Tenants whose limit state this node rebuilt from the request log (first use, or Redis lost its data). */
    rebuilds: number;
    /** Of those, rebuilds that restored recorded spend or requests: Redis had lost them. */
    restored: number;
  };
  records: { queueDepth: number; spooled: number; degraded: boolean } | null;
  audit: { lastCheckpointAt: number | null };
}

export class NodeHealth {
  phase: NodePhase = 'starting';
  private storeUp = true;
  private storeError: string | undefined;
  private checkedAt: number | null = null;
  private lastCheckpointAt: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly now: () => number;

  constructor(private readonly inputs: HealthInputs) {
    this.now = inputs.now ?? Date.now;
  }

  /** Probes the store now and then every intervalMs (off the request path; readiness reads the last result). */
  async start(intervalMs = 5000): Promise<void> {
    await this.probe();
    this.timer = setInterval(() => void this.probe(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async probe(): Promise<void> {
    try {
      await withTimeout(sql`SELECT 1`.execute(this.inputs.database.db), 2000);
      this.storeUp = true;
      this.storeError = undefined;
      const cp = await sql<{ ts: number | string | null }>`SELECT MAX(ts) AS ts FROM audit_checkpoints`.execute(
        this.inputs.database.db,
      );
      const ts = cp.rows[0]?.ts;
      this.lastCheckpointAt = ts === null || ts === undefined ? null : Number(ts);
    } catch (err) {
      this.storeUp = false;
      this.storeError = (err as Error).message;
    }
    this.checkedAt = this.now();
  }

  status(): NodeStatus {
    const limits = this.inputs.limits();
    const reasons: string[] = [];
    if (this.phase === 'starting') reasons.push('starting');
    if (this.phase === 'draining' || this.phase === 'stopping') reasons.push('draining: shutting down');
    if (limits && !limits.redisUp && limits.failClosed) reasons.push('limits unavailable: Redis is down (fail-closed)');
    const rec = this.inputs.records();
    return {
      phase: this.phase,
      ready: reasons.length === 0,
      reasons,
      store: {
        up: this.storeUp,
        checkedAt: this.checkedAt,
        ...(this.storeError ? { error: this.storeError } : {}),
      },
      limits: limits
        ? {
            backend: 'redis',
            up: limits.redisUp,
            failClosed: limits.failClosed,
            topology: limits.topology,
            rebuilds: limits.rebuilds,
            restored: limits.restored,
          }
        : { backend: 'memory', up: true, failClosed: false, rebuilds: 0, restored: 0 },
      records: rec ? { queueDepth: rec.queueDepth, spooled: rec.spooledRecords, degraded: rec.degraded } : null,
      audit: { lastCheckpointAt: this.lastCheckpointAt },
    };
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let t: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(t)),
    new Promise<T>((_, reject) => {
      t = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]);
}

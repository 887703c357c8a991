// Kill switch: an admin stops a route, model, provider, key or tenant at once, with a reason.
// Stops live in the shared store; every node polls a cheap version query, so a stop or resume reaches
// all nodes within the poll interval (default 250 ms, well under the 1 s promise) with no extra service.
import { sql } from 'kysely';
import type { Database, Migration } from '../../storage/database.ts';

export const STOP_SCOPES = ['route', 'model', 'provider', 'key', 'tenant'] as const;
export type StopScope = (typeof STOP_SCOPES)[number];

export interface Stop {
  scope: StopScope;
  target: string;
  reason: string;
  actor: string;
  createdAt: number;
}

export const killSwitchMigrations: Migration[] = [
  {
    name: '0200_kill_switches',
    async up(db) {
      await sql`CREATE TABLE IF NOT EXISTS kill_switches (
        scope TEXT NOT NULL,
        target TEXT NOT NULL,
        reason TEXT NOT NULL,
        actor TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        PRIMARY KEY (scope, target)
      )`.execute(db);
      // One row whose counter changes on every stop/resume: nodes poll it instead of the whole table.
      await sql`CREATE TABLE IF NOT EXISTS kill_switch_version (id INTEGER PRIMARY KEY, version BIGINT NOT NULL)`.execute(
        db,
      );
      await sql`INSERT INTO kill_switch_version (id, version) VALUES (1, 0)`.execute(db);
    },
  },
];

export class KillSwitch {
  private stops = new Map<string, Stop>();
  private version = -1;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly database: Database,
    private readonly pollMs = 250,
  ) {}

  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch(() => {}), this.pollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** The active stop matching this scope and target, if any (in-memory; hot path). */
  find(scope: StopScope, target: string | null | undefined): Stop | undefined {
    if (!target || this.stops.size === 0) return undefined;
    return this.stops.get(`${scope}\u0000${target}`);
  }

  get size(): number {
    return this.stops.size;
  }

  list(): Stop[] {
    return [...this.stops.values()];
  }

  async engage(s: Omit<Stop, 'createdAt'>): Promise<Stop> {
    const stop: Stop = { ...s, createdAt: Date.now() };
    await this.database.db.transaction().execute(async (trx) => {
      await sql`DELETE FROM kill_switches WHERE scope = ${s.scope} AND target = ${s.target}`.execute(trx);
      await sql`INSERT INTO kill_switches (scope, target, reason, actor, created_at)
        VALUES (${s.scope}, ${s.target}, ${s.reason}, ${s.actor}, ${stop.createdAt})`.execute(trx);
      await sql`UPDATE kill_switch_version SET version = version + 1 WHERE id = 1`.execute(trx);
    });
    await this.refresh();
    return stop;
  }

  /** Returns false when nothing was stopped under this scope and target. */
  async release(scope: StopScope, target: string): Promise<boolean> {
    let removed = false;
    await this.database.db.transaction().execute(async (trx) => {
      const r = await sql`DELETE FROM kill_switches WHERE scope = ${scope} AND target = ${target}`.execute(trx);
      removed = Number(r.numAffectedRows ?? 0) > 0;
      if (removed) await sql`UPDATE kill_switch_version SET version = version + 1 WHERE id = 1`.execute(trx);
    });
    await this.refresh();
    return removed;
  }

  async refresh(): Promise<void> {
    const v = await sql<{ version: string | number }>`SELECT version FROM kill_switch_version WHERE id = 1`.execute(
      this.database.db,
    );
    const version = Number(v.rows[0]?.version ?? 0);
    if (version === this.version) return;
    const rows = await sql<{
      scope: StopScope;
      target: string;
      reason: string;
      actor: string;
      created_at: string | number;
    }>`SELECT scope, target, reason, actor, created_at FROM kill_switches`.execute(this.database.db);
    const next = new Map<string, Stop>();
    for (const r of rows.rows) {
      next.set(`${r.scope}\u0000${r.target}`, {
        scope: r.scope,
        target: r.target,
        reason: r.reason,
        actor: r.actor,
        createdAt: Number(r.created_at),
      });
    }
    this.stops = next;
    this.version = version;
  }
}

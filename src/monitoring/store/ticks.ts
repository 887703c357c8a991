// Evaluation ticks: every node's timer tries to claim the tick it is in with one INSERT; the first insert
// wins and that node evaluates, the others skip. So N nodes sharing the store evaluate each tick exactly once,
// with no leader to elect and nothing to hand over: when a node dies, the next tick simply goes to a node
// that is alive. (A node that dies mid-evaluation loses that one tick; the next re-evaluates from the store.)
import { sql } from 'kysely';
import type { Database } from '../../storage/database.ts';

export async function claimTick(database: Database, tick: number, node: string, at: number): Promise<boolean> {
  const r = await sql`INSERT INTO monitor_ticks (tick, node, started_at) VALUES (${tick}, ${node}, ${at})
    ON CONFLICT (tick) DO NOTHING`.execute(database.db);
  return Number(r.numAffectedRows ?? 0) > 0;
}

export async function finishTick(database: Database, tick: number, at: number, transitions: number): Promise<void> {
  await database.db
    .updateTable('monitor_ticks')
    .set({ finished_at: at, transitions })
    .where('tick', '=', tick)
    .execute();
}

export interface TickRow {
  tick: number;
  node: string;
  startedAt: number;
  finishedAt: number | null;
  transitions: number | null;
}

export async function recentTicks(database: Database, limit = 50): Promise<TickRow[]> {
  const rows = await database.db.selectFrom('monitor_ticks').selectAll().orderBy('tick', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    tick: Number(r.tick),
    node: r.node as string,
    startedAt: Number(r.started_at),
    finishedAt: r.finished_at === null ? null : Number(r.finished_at),
    transitions: r.transitions === null ? null : Number(r.transitions),
  }));
}

export async function pruneTicks(database: Database, before: number): Promise<number> {
  const r = await sql`DELETE FROM monitor_ticks WHERE tick < ${before}`.execute(database.db);
  return Number(r.numAffectedRows ?? 0);
}

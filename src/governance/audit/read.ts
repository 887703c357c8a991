// Reading the audit log back: events in sequence order (paged, so large logs stream) and checkpoints.
import type { Database } from '../../storage/database.ts';
import { type CheckpointRow, rowToCheckpoint, type SignedCheckpoint } from './checkpoint.ts';
import { type AuditEvent, type AuditEventRow, rowToEvent } from './event.ts';

export interface EventQuery {
  /** Inclusive sequence bounds. */
  fromSeq?: number;
  toSeq?: number;
  /** Inclusive time bounds (epoch ms). */
  fromTs?: number;
  toTs?: number;
  /** Only actions starting with this prefix, e.g. `killswitch.`. */
  actionPrefix?: string;
  pageSize?: number;
}

/** Yields matching events in sequence order, one page at a time. */
export async function* iterateAuditEvents(database: Database, q: EventQuery = {}): AsyncGenerator<AuditEvent> {
  const pageSize = q.pageSize ?? 2000;
  let after = (q.fromSeq ?? 1) - 1;
  for (;;) {
    let query = database.db.selectFrom('audit_events').selectAll().where('seq', '>', after);
    if (q.toSeq !== undefined) query = query.where('seq', '<=', q.toSeq);
    if (q.fromTs !== undefined) query = query.where('ts', '>=', q.fromTs);
    if (q.toTs !== undefined) query = query.where('ts', '<=', q.toTs);
    if (q.actionPrefix !== undefined) {
      // Range instead of LIKE so `_` and `%` in the prefix are literal.
      query = query.where('action', '>=', q.actionPrefix).where('action', '<', `${q.actionPrefix}\uffff`);
    }
    const rows = (await query.orderBy('seq').limit(pageSize).execute()) as AuditEventRow[];
    for (const row of rows) yield rowToEvent(row);
    if (rows.length < pageSize) return;
    after = rowToEvent(rows[rows.length - 1]).seq;
  }
}

export async function readAuditEvents(database: Database, q: EventQuery = {}): Promise<AuditEvent[]> {
  const out: AuditEvent[] = [];
  for await (const e of iterateAuditEvents(database, q)) out.push(e);
  return out;
}

/** All checkpoints, oldest first. */
export async function readCheckpoints(database: Database): Promise<SignedCheckpoint[]> {
  const rows = await database.db.selectFrom('audit_checkpoints').selectAll().orderBy('tree_size').execute();
  return rows.map((r) => rowToCheckpoint(r as CheckpointRow));
}

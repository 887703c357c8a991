// Reads of the audit log for the console: events newest first (paged by sequence).
import { type AuditEventRow, rowToEvent } from '../governance/audit/event.ts';
import type { Database } from '../storage/database.ts';
import { LintelError } from '../errors/lintel-error.ts';

export interface AuditEventsQuery {
  tenant: string | null;
  action?: string;
  actor?: string;
  before?: number;
  limit: number;
  from: number;
  to: number;
}

export async function auditEvents(database: Database, q: AuditEventsQuery) {
  if (!Number.isInteger(q.limit) || q.limit < 1 || q.limit > 500) {
    throw new LintelError('invalid_request', 'limit: expected an integer from 1 to 500', { param: 'limit' });
  }
  if (q.before !== undefined && !Number.isInteger(q.before)) {
    throw new LintelError('invalid_request', 'before_seq: expected an integer', { param: 'before_seq' });
  }
  let query = database.db.selectFrom('audit_events').selectAll().where('ts', '>=', q.from).where('ts', '<', q.to);
  if (q.tenant !== null) query = query.where('tenant', '=', q.tenant);
  if (q.action) query = query.where('action', '>=', q.action).where('action', '<', `${q.action}\uffff`);
  if (q.actor) query = query.where('actor', '=', q.actor);
  if (q.before !== undefined) query = query.where('seq', '<', q.before);
  const rows = (await query
    .orderBy('seq', 'desc')
    .limit(q.limit + 1)
    .execute()) as AuditEventRow[];
  const data = rows.slice(0, q.limit).map(rowToEvent);
  return { data, next_before_seq: rows.length > q.limit ? data[data.length - 1].seq : null };
}

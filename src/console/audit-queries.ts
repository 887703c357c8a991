// Reads of the audit log for the console: events newest first (paged by sequence) and guardrail blocks over
// time with sample requests (their guard decisions only: spans and types, never the matched text).
import { type AuditEventRow, rowToEvent } from '../governance/audit/event.ts';
import { HOUR_MS, bucketStart } from '../recording/rollup.ts';
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

interface StoredDecision {
  guard?: string;
  detector?: string;
  action?: string;
  stage?: string;
  spans?: { start?: number; end?: number; type?: string }[];
}

export async function guardrailHits(database: Database, tenant: string | null, range: { from: number; to: number }) {
  let q = database.db
    .selectFrom('audit_events')
    .select(['ts', 'resource', 'request_id'])
    .where('action', '=', 'guardrail.block')
    .where('ts', '>=', range.from)
    .where('ts', '<', range.to);
  if (tenant !== null) q = q.where('tenant', '=', tenant);
  const events = await q.orderBy('ts', 'desc').limit(10_000).execute();
  const buckets = new Map<string, number>();
  for (const e of events) {
    const k = `${bucketStart(Number(e.ts), HOUR_MS)}|${String(e.resource).replace(/^guard:/, '')}`;
    buckets.set(k, (buckets.get(k) ?? 0) + 1);
  }
  const series = [...buckets].map(([k, n]) => {
    const [bucket, guard] = k.split('|');
    return { bucket: Number(bucket), guard, blocks: n };
  });
  const ids = events
    .map((e) => e.request_id)
    .filter((id): id is string => typeof id === 'string')
    .slice(0, 20);
  let samples: unknown[] = [];
  if (ids.length > 0) {
    let rq = database.db
      .selectFrom('requests')
      .select(['id', 'received_at', 'tenant', 'key_id', 'model_requested', 'status', 'guardrails'])
      .where('id', 'in', ids);
    if (tenant !== null) rq = rq.where('tenant', '=', tenant);
    const rows = await rq.orderBy('received_at', 'desc').execute();
    samples = rows.map((r) => {
      let decisions: StoredDecision[] = [];
      try {
        const v = JSON.parse(String(r.guardrails)) as unknown;
        if (Array.isArray(v)) decisions = v as StoredDecision[];
      } catch {}
      return {
        id: r.id,
        received_at: Number(r.received_at),
        tenant: r.tenant,
        key_id: r.key_id,
        model: r.model_requested,
        status: Number(r.status),
        // Spans are positions and types only: the matched values are never shown.
        decisions: decisions.map((d) => ({
          guard: d.guard,
          detector: d.detector,
          action: d.action,
          stage: d.stage,
          spans: (d.spans ?? []).map((s) => ({ start: s.start, end: s.end, type: s.type })),
        })),
      };
    });
  }
  return { total: events.length, series, samples };
}

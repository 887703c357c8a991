// Feedback rows, unique on (request_id, name, source): a replay of the same feedback is a no-op, a changed
// one replaces the old values (and the caller rolls up the difference).
import type { Database } from '../../storage/database.ts';
import type { Dimensions } from '../signals/features.ts';
import type { NormalisedFeedback } from './schema.ts';

export interface FeedbackRow extends NormalisedFeedback {
  tenant: string;
  dims: Dimensions;
  createdAt: number;
  updatedAt: number;
}

// biome-ignore lint/suspicious/noExplicitAny: rows of a table this module owns
function fromRow(r: any): FeedbackRow {
  return {
    requestId: r.request_id,
    name: r.name,
    source: r.source,
    value: r.value === null ? null : Number(r.value),
    label: r.label,
    comment: r.comment,
    correction: r.correction,
    tenant: r.tenant,
    dims: { route: r.route, model: r.model, arm: r.arm, tenant: r.tenant },
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
  };
}

export function toJson(f: FeedbackRow): Record<string, unknown> {
  return {
    object: 'feedback',
    request_id: f.requestId,
    name: f.name,
    source: f.source,
    value: f.value,
    label: f.label,
    comment: f.comment,
    correction: f.correction,
    route: f.dims.route || null,
    model: f.dims.model || null,
    arm: f.dims.arm || null,
    created_at: f.createdAt,
    updated_at: f.updatedAt,
  };
}

export const sameValues = (a: NormalisedFeedback, b: NormalisedFeedback) =>
  a.value === b.value && a.label === b.label && a.comment === b.comment && a.correction === b.correction;

export class FeedbackStore {
  constructor(private readonly database: Database) {}

  async get(requestId: string, name: string, source: string): Promise<FeedbackRow | null> {
    const r = await this.database.db
      .selectFrom('monitor_feedback')
      .selectAll()
      .where('request_id', '=', requestId)
      .where('name', '=', name)
      .where('source', '=', source)
      .executeTakeFirst();
    return r ? fromRow(r) : null;
  }

  async upsert(f: FeedbackRow): Promise<void> {
    const values = {
      request_id: f.requestId,
      name: f.name,
      source: f.source,
      tenant: f.tenant,
      route: f.dims.route,
      model: f.dims.model,
      arm: f.dims.arm,
      value: f.value,
      label: f.label,
      comment: f.comment,
      correction: f.correction,
      created_at: f.createdAt,
      updated_at: f.updatedAt,
    };
    await this.database.db
      .insertInto('monitor_feedback')
      .values(values)
      .onConflict((oc) =>
        oc.columns(['request_id', 'name', 'source']).doUpdateSet({
          value: f.value,
          label: f.label,
          comment: f.comment,
          correction: f.correction,
          updated_at: f.updatedAt,
        }),
      )
      .execute();
  }

  async list(q: {
    tenant: string | null;
    requestId?: string;
    name?: string;
    route?: string;
    limit: number;
  }): Promise<FeedbackRow[]> {
    let s = this.database.db.selectFrom('monitor_feedback').selectAll().orderBy('created_at', 'desc').limit(q.limit);
    if (q.tenant !== null) s = s.where('tenant', '=', q.tenant);
    if (q.requestId) s = s.where('request_id', '=', q.requestId);
    if (q.name) s = s.where('name', '=', q.name);
    if (q.route) s = s.where('route', '=', q.route);
    return (await s.execute()).map(fromRow);
  }
}

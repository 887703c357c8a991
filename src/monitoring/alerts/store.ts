// Alert state rows (one per fingerprint) and the notification log.
import type { Database } from '../../storage/database.ts';
import type { AlertState, AlertStatus } from './state.ts';

export interface AlertRow extends AlertStatus {
  fingerprint: string;
  rule: string;
  labels: Record<string, string>;
  value: number | null;
  summary: string;
  details: Record<string, unknown>;
  updatedAt: number;
  /** The state last notified to receivers (dedupe: a still-firing alert is not sent again). */
  notifiedState: AlertState | null;
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

// biome-ignore lint/suspicious/noExplicitAny: rows of a table this module owns
function fromRow(r: any): AlertRow {
  return {
    fingerprint: r.fingerprint,
    rule: r.rule,
    labels: JSON.parse(r.labels),
    state: r.state,
    value: num(r.value),
    summary: r.summary,
    details: JSON.parse(r.details),
    pendingSince: num(r.pending_since),
    firedAt: num(r.fired_at),
    resolvedAt: num(r.resolved_at),
    updatedAt: Number(r.updated_at),
    notifiedState: r.notified_state ?? null,
  };
}

export class AlertStore {
  constructor(private readonly database: Database) {}

  async all(): Promise<AlertRow[]> {
    const rows = await this.database.db
      .selectFrom('monitor_alerts')
      .selectAll()
      .orderBy('updated_at', 'desc')
      .execute();
    return rows.map(fromRow);
  }

  async get(fp: string): Promise<AlertRow | null> {
    const r = await this.database.db
      .selectFrom('monitor_alerts')
      .selectAll()
      .where('fingerprint', '=', fp)
      .executeTakeFirst();
    return r ? fromRow(r) : null;
  }

  async save(a: AlertRow): Promise<void> {
    const values = {
      fingerprint: a.fingerprint,
      rule: a.rule,
      labels: JSON.stringify(a.labels),
      state: a.state,
      value: a.value !== null && Number.isFinite(a.value) ? a.value : null,
      summary: a.summary,
      details: JSON.stringify(a.details),
      pending_since: a.pendingSince,
      fired_at: a.firedAt,
      resolved_at: a.resolvedAt,
      updated_at: a.updatedAt,
      notified_state: a.notifiedState,
    };
    const { fingerprint: _, ...rest } = values;
    await this.database.db
      .insertInto('monitor_alerts')
      .values(values)
      .onConflict((oc) => oc.column('fingerprint').doUpdateSet(rest))
      .execute();
  }

  async logNotification(n: {
    id: string;
    fingerprint: string;
    receiver: string;
    state: string;
    attempts: number;
    status: string;
    error: string | null;
    at: number;
  }): Promise<void> {
    await this.database.db
      .insertInto('monitor_notifications')
      .values({ ...n })
      // A later attempt (a retried dead notification) replaces the outcome.
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({ attempts: n.attempts, status: n.status, error: n.error, at: n.at }),
      )
      .execute();
  }

  async notifications(fp?: string): Promise<Record<string, unknown>[]> {
    let q = this.database.db.selectFrom('monitor_notifications').selectAll().orderBy('at', 'desc').limit(200);
    if (fp) q = q.where('fingerprint', '=', fp);
    return q.execute();
  }
}

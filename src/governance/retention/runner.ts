// Deletes request records and bodies past their tenant's retention, in small batches so the store stays
// responsive, and audits every run. Deleting a record deletes its bodies (and rows in related tables) too.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../../storage/database.ts';
import type { AuditLog } from '../audit/log.ts';
import { defaultLogger, type GovernanceLogger } from '../audit/sinks.ts';
import { assertIdentifier, type Db, tableExists } from '../db.ts';
import { type RetentionDays, type RetentionPolicy, type ResolveOptions, resolveRetention } from './policy.ts';

export const DAY_MS = 86_400_000;

export interface RetentionTables {
  requests: string;
  requestId: string;
  requestTenant: string;
  /** Epoch ms. */
  requestTime: string;
  bodies: string;
  bodyRequestId: string;
  /** Epoch ms. */
  bodyTime: string;
  /** When bodies carry their own tenant column; otherwise the tenant comes from the request record. */
  bodyTenant?: string;
  /** Other tables keyed by request id, emptied along with the record (e.g. explanation records). */
  related: { table: string; requestId: string }[];
}

export const DEFAULT_RETENTION_TABLES: RetentionTables = {
  requests: 'requests',
  requestId: 'id',
  requestTenant: 'tenant',
  requestTime: 'received_at',
  bodies: 'request_bodies',
  bodyRequestId: 'request_id',
  bodyTime: 'created_at',
  related: [],
};

export interface RetentionRunnerOptions extends ResolveOptions {
  policies?: RetentionPolicy[];
  /** Every run is appended to the audit log as `retention.run`. */
  audit: AuditLog;
  now?: () => number;
  /** Rows per DELETE statement (default 1000). */
  batchSize?: number;
  tables?: Partial<RetentionTables>;
  /** Actor recorded in the audit event (default `system:retention`). */
  actor?: string;
  log?: GovernanceLogger;
}

export interface TenantRetentionResult {
  /** null: the default policy (tenants without their own policy, and records without a tenant). */
  tenant: string | null;
  bodiesDays: number;
  recordsDays: number;
  bodiesCutoff: number;
  recordsCutoff: number;
  bodiesDeleted: number;
  recordsDeleted: number;
}

export interface RetentionReport {
  ranAt: number;
  durationMs: number;
  tenants: TenantRetentionResult[];
  bodiesDeleted: number;
  recordsDeleted: number;
  /** Tables that do not exist (yet) and were skipped. */
  skipped: string[];
  auditSeq: number;
}

/** Which tenants a policy covers: one named tenant, or everyone not named (including no tenant). */
type Scope = { tenant: string } | { exclude: string[] };

export class RetentionRunner {
  private readonly tables: RetentionTables;
  private readonly policy: ReturnType<typeof resolveRetention>;
  private readonly now: () => number;
  private readonly batchSize: number;
  private readonly log: GovernanceLogger;
  private running: Promise<RetentionReport> | undefined;
  private timer: NodeJS.Timeout | undefined;

  /** Validates the policies against the floor (throws RetentionPolicyError). */
  constructor(
    private readonly database: Database,
    private readonly opts: RetentionRunnerOptions,
  ) {
    this.policy = resolveRetention(opts.policies, opts);
    this.tables = { ...DEFAULT_RETENTION_TABLES, ...opts.tables };
    const t = this.tables;
    for (const name of [
      t.requests,
      t.requestId,
      t.requestTenant,
      t.requestTime,
      t.bodies,
      t.bodyRequestId,
      t.bodyTime,
    ]) {
      assertIdentifier(name);
    }
    if (t.bodyTenant) assertIdentifier(t.bodyTenant);
    for (const r of t.related) {
      assertIdentifier(r.table);
      assertIdentifier(r.requestId);
    }
    this.now = opts.now ?? Date.now;
    this.batchSize = opts.batchSize ?? 1000;
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1)
      throw new Error('batchSize must be a positive integer');
    this.log = opts.log ?? defaultLogger;
  }

  /** One pass over every policy. Concurrent calls share the pass in progress. */
  run(): Promise<RetentionReport> {
    if (!this.running) {
      this.running = this.pass().finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  /** Runs in the background every `intervalMs` (default hourly). */
  start(intervalMs = 3_600_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.run().catch((err) => this.log('retention run failed', err));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => {});
  }

  private async pass(): Promise<RetentionReport> {
    const ranAt = this.now();
    const t = this.tables;
    const hasRequests = await tableExists(this.database, t.requests);
    const hasBodies = await tableExists(this.database, t.bodies);
    const related: RetentionTables['related'] = [];
    for (const r of t.related) if (await tableExists(this.database, r.table)) related.push(r);
    const skipped = [
      ...(hasRequests ? [] : [t.requests]),
      ...(hasBodies ? [] : [t.bodies]),
      ...t.related.filter((r) => !related.includes(r)).map((r) => r.table),
    ];
    const named = [...this.policy.tenants.keys()];
    const scopes: [string | null, Scope, RetentionDays][] = [
      ...[...this.policy.tenants].map(([tenant, days]): [string, Scope, RetentionDays] => [tenant, { tenant }, days]),
      [null, { exclude: named }, this.policy.defaults],
    ];
    const tenants: TenantRetentionResult[] = [];
    for (const [tenant, scope, days] of scopes) {
      const result: TenantRetentionResult = {
        tenant,
        ...days,
        bodiesCutoff: ranAt - days.bodiesDays * DAY_MS,
        recordsCutoff: ranAt - days.recordsDays * DAY_MS,
        bodiesDeleted: 0,
        recordsDeleted: 0,
      };
      if (hasRequests) await this.deleteRecords(scope, result, hasBodies, related);
      // Without the requests table bodies can only be scoped by their own tenant column.
      if (hasBodies && (hasRequests || t.bodyTenant)) await this.deleteBodies(scope, result, hasRequests);
      tenants.push(result);
    }
    const bodiesDeleted = tenants.reduce((n, r) => n + r.bodiesDeleted, 0);
    const recordsDeleted = tenants.reduce((n, r) => n + r.recordsDeleted, 0);
    const durationMs = Math.max(0, this.now() - ranAt);
    const event = await this.opts.audit.append({
      actor: this.opts.actor ?? 'system:retention',
      role: 'system',
      action: 'retention.run',
      resource: `table:${t.requests}`,
      details: {
        ranAt,
        bodiesDeleted,
        recordsDeleted,
        skipped,
        tenants: tenants.map((r) => ({
          tenant: r.tenant,
          bodiesDays: r.bodiesDays,
          recordsDays: r.recordsDays,
          bodiesDeleted: r.bodiesDeleted,
          recordsDeleted: r.recordsDeleted,
        })),
      },
    });
    return { ranAt, durationMs, tenants, bodiesDeleted, recordsDeleted, skipped, auditSeq: event.seq };
  }

  // biome-ignore lint/suspicious/noExplicitAny: dynamic table names
  private inScope(eb: ExpressionBuilder<any, any>, column: string, scope: Scope) {
    if ('tenant' in scope) return eb(column, '=', scope.tenant);
    if (scope.exclude.length === 0) return eb.lit(true);
    return eb.or([eb(column, 'is', null), eb(column, 'not in', scope.exclude)]);
  }

  /** Records past their age, with everything keyed by their id, one batch per transaction. */
  private async deleteRecords(
    scope: Scope,
    result: TenantRetentionResult,
    hasBodies: boolean,
    related: RetentionTables['related'],
  ): Promise<void> {
    const t = this.tables;
    for (;;) {
      const deleted = await this.database.db.transaction().execute(async (trx: Db) => {
        const ids = (
          await trx
            .selectFrom(t.requests)
            .select(t.requestId)
            .where(t.requestTime, '<', result.recordsCutoff)
            .where((eb) => this.inScope(eb, t.requestTenant, scope))
            .limit(this.batchSize)
            .execute()
        ).map((r) => r[t.requestId]);
        if (ids.length === 0) return 0;
        if (hasBodies) {
          const b = await trx.deleteFrom(t.bodies).where(t.bodyRequestId, 'in', ids).executeTakeFirst();
          result.bodiesDeleted += Number(b.numDeletedRows);
        }
        for (const r of related) await trx.deleteFrom(r.table).where(r.requestId, 'in', ids).execute();
        const d = await trx.deleteFrom(t.requests).where(t.requestId, 'in', ids).executeTakeFirst();
        return Number(d.numDeletedRows);
      });
      result.recordsDeleted += deleted;
      if (deleted < this.batchSize) return;
      await yieldToLoop();
    }
  }

  /** Bodies past their age whose records are kept longer. Bodies with no record fall under the default policy. */
  private async deleteBodies(scope: Scope, result: TenantRetentionResult, hasRequests: boolean): Promise<void> {
    const t = this.tables;
    const { db } = this.database;
    for (;;) {
      let pick = db
        .selectFrom(`${t.bodies} as b`)
        .select(`b.${t.bodyRequestId}`)
        .where(`b.${t.bodyTime}`, '<', result.bodiesCutoff)
        .where(`b.${t.bodyRequestId}`, 'is not', null)
        .limit(this.batchSize);
      if (t.bodyTenant) {
        pick = pick.where((eb) => this.inScope(eb, `b.${t.bodyTenant}`, scope));
      } else if (hasRequests) {
        pick = pick
          .leftJoin(`${t.requests} as r`, `r.${t.requestId}`, `b.${t.bodyRequestId}`)
          .where((eb) =>
            'tenant' in scope
              ? eb(`r.${t.requestTenant}`, '=', scope.tenant)
              : eb.or([eb(`r.${t.requestId}`, 'is', null), this.inScope(eb, `r.${t.requestTenant}`, scope)]),
          );
      }
      const rows = await pick.execute();
      const ids = [...new Set(rows.map((r) => r[t.bodyRequestId]))];
      if (ids.length === 0) return;
      const d = await db
        .deleteFrom(t.bodies)
        .where(t.bodyRequestId, 'in', ids)
        .where(t.bodyTime, '<', result.bodiesCutoff)
        .executeTakeFirst();
      result.bodiesDeleted += Number(d.numDeletedRows);
      if (rows.length < this.batchSize || d.numDeletedRows === 0n) return;
      await yieldToLoop();
    }
  }
}

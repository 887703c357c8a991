// Where a tenant's limit state comes back from when Redis lost it: the request log. Spend per scope is the sum of
// recorded costs in each budget's current period; rate windows get the requests and tokens recorded in the last
// minute, per second, so the seconds leave the window when they would have. Each group of records is charged to
// the scopes `scopesFor` gives its key and end user today — the same levels an admit would check.
//
// Conservative on purpose: records refused at admission (limit, budget, limits unavailable — no upstream attempt)
// are left out, every other record counts, even ones refused before admission for another reason (a rebuilt
// window may hold slightly more than Redis did, never less of what was recorded). What the log cannot know: calls
// still in flight when Redis emptied (they are counted when they settle, see SETTLE_LUA) and records not yet
// written (the recorder's flush interval, or a spool while PostgreSQL is away).
import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Directory } from '../directory.ts';
import { scopesFor } from '../scopes.ts';
import type { BudgetPeriod, KeyRecord } from '../types.ts';
import { periodStart } from './periods.ts';
import type { RebuildSource, SeedScope } from './redis-store.ts';
import { WINDOW_MS } from './types.ts';

/** Error types of requests refused by the limit store itself (never admitted, never counted). */
const REFUSED_AT_ADMISSION = ['rate_limit_exceeded', 'budget_exceeded', 'limits_unavailable'];

type Lookup = Pick<Directory, 'tenant' | 'team' | 'key' | 'listKeys' | 'listTeams'>;

export function rebuildFromLog(
  // biome-ignore lint/suspicious/noExplicitAny: the requests table is owned by recording/migrations.ts
  db: Kysely<any>,
  dir: Lookup,
): RebuildSource {
  return async (tenant, now) => {
    const scopes = new Map<string, SeedScope>();
    const charge = (key: KeyRecord, endUser: string | null, apply: (s: SeedScope) => void) => {
      for (const scope of scopesFor(dir, key, endUser, now)) {
        let e = scopes.get(scope.id);
        if (!e) {
          e = { scope, spentUsd: 0, buckets: [] };
          scopes.set(scope.id, e);
        }
        apply(e);
      }
    };
    // biome-ignore lint/suspicious/noExplicitAny: see db
    const admitted = (eb: ExpressionBuilder<any, any>) =>
      eb.and([
        tenant === null ? eb('tenant', 'is', null) : eb('tenant', '=', tenant),
        eb('key_id', 'is not', null),
        eb.or([
          eb('error_type', 'is', null),
          eb('error_type', 'not in', REFUSED_AT_ADMISSION),
          eb('attempts', '!=', '[]'),
        ]),
      ]);

    for (const period of budgetPeriods(dir, tenant)) {
      const rows = await db
        .selectFrom('requests')
        .select(['key_id', 'end_user', sql<number | string | null>`sum(cost_usd)`.as('cost')])
        .where(admitted)
        .where('received_at', '>=', periodStart(period, now))
        .groupBy(['key_id', 'end_user'])
        .execute();
      for (const r of rows) {
        const key = dir.key(r.key_id as string);
        if (!key) continue;
        charge(key, r.end_user as string | null, (e) => {
          if (e.scope.budget?.period === period) e.spentUsd += Number(r.cost ?? 0);
        });
      }
    }

    const since = Math.floor(now / 1000) * 1000 - WINDOW_MS;
    const sec = sql<number | string>`(received_at / 1000)`;
    const rows = await db
      .selectFrom('requests')
      .select([
        'key_id',
        'end_user',
        sec.as('sec'),
        sql<number | string>`count(*)`.as('n'),
        sql<number | string | null>`sum(coalesce(input_tokens, 0) + coalesce(output_tokens, 0))`.as('tokens'),
      ])
      .where(admitted)
      .where('received_at', '>=', since)
      .groupBy(['key_id', 'end_user', sec])
      .execute();
    for (const r of rows) {
      const key = dir.key(r.key_id as string);
      if (!key) continue;
      charge(key, r.end_user as string | null, (e) => {
        const l = e.scope.limits;
        if (l.rpm === null && l.tpm === null) return;
        e.buckets.push([Math.floor(Number(r.sec)), Number(r.n), l.tpm === null ? 0 : Number(r.tokens ?? 0)]);
      });
    }
    return [...scopes.values()];
  };
}

/** The budget periods used anywhere in the tenant (tenant, end users, teams, keys). */
function budgetPeriods(dir: Lookup, tenant: string | null): Set<BudgetPeriod> {
  const out = new Set<BudgetPeriod>();
  const t = tenant === null ? undefined : dir.tenant(tenant);
  if (t?.budget) out.add(t.budget.period);
  if (t?.endUserBudget) out.add(t.endUserBudget.period);
  if (tenant !== null) for (const team of dir.listTeams(tenant)) if (team.budget) out.add(team.budget.period);
  for (const k of dir.listKeys()) if (k.tenant === tenant && k.budget) out.add(k.budget.period);
  return out;
}

// GET /admin/console/overview: the Overview page in one call, read from the hourly/daily rollups (so its cost
// follows the number of buckets, not records), latency percentiles from the monitoring rollups' merged
// sketches (latency.ts) and the guardrail blocks from the audit log.
import type { Database } from '../storage/database.ts';
import { bucketStart, DAY_MS, HOUR_MS } from '../recording/rollup.ts';
import type { AdminActor } from '../server/admin-authz.ts';
import { latencySummary } from './latency.ts';

export interface OverviewParams {
  from: number;
  to: number;
}

export interface SeriesPoint {
  bucket: number;
  requests: number;
  errors: number;
  input_tokens: number;
  output_tokens: number;
  cost_usd: number;
  avg_latency_ms: number;
}

export interface TopRow {
  value: string;
  requests: number;
  errors: number;
  tokens: number;
  cost_usd: number;
}

const SUMS = ['requests', 'errors', 'input_tokens', 'output_tokens', 'cost_usd', 'latency_ms_sum'] as const;

/** Hourly buckets up to 3 days, daily beyond. */
export function granularityFor(from: number, to: number): 'hour' | 'day' {
  return to - from > 3 * DAY_MS ? 'day' : 'hour';
}

export async function overview(database: Database, actor: AdminActor, p: OverviewParams) {
  const granularity = granularityFor(p.from, p.to);
  const size = granularity === 'hour' ? HOUR_MS : DAY_MS;
  const table = granularity === 'hour' ? 'usage_hourly' : 'usage_daily';
  const from = bucketStart(p.from, size);
  const db = database.db;
  // Each record counts once per dimension: sum the tenant dimension for totals, or the caller's keys for developers.
  const scoped = (dimension: string) => {
    let q = db
      .selectFrom(table)
      .where('dimension', '=', dimension)
      .where('bucket', '>=', from)
      .where('bucket', '<', p.to);
    if (actor.tenant !== null) q = q.where('tenant', '=', actor.tenant);
    if (actor.keyIds !== null) q = q.where('value', 'in', actor.keyIds.length ? actor.keyIds : ['']);
    return q;
  };
  const base = actor.keyIds !== null ? 'key' : 'tenant';
  const sums = (eb: { fn: { sum: (c: string) => { as: (a: string) => unknown } } }) =>
    SUMS.map((m) => eb.fn.sum(m).as(m));
  // biome-ignore lint/suspicious/noExplicitAny: rollup tables are typed in rollup.ts, not in Kysely's schema
  const seriesRows: any[] = await scoped(base)
    .select('bucket')
    // biome-ignore lint/suspicious/noExplicitAny: see above
    .select((eb: any) => sums(eb) as any)
    .groupBy('bucket')
    .orderBy('bucket')
    .execute();
  const series: SeriesPoint[] = seriesRows.map((r) => ({
    bucket: Number(r.bucket),
    requests: Number(r.requests ?? 0),
    errors: Number(r.errors ?? 0),
    input_tokens: Number(r.input_tokens ?? 0),
    output_tokens: Number(r.output_tokens ?? 0),
    cost_usd: Number(r.cost_usd ?? 0),
    avg_latency_ms: Number(r.requests) > 0 ? Number(r.latency_ms_sum ?? 0) / Number(r.requests) : 0,
  }));

  const top = async (dimension: string): Promise<TopRow[]> => {
    // biome-ignore lint/suspicious/noExplicitAny: see above
    const rows: any[] = await scoped(dimension)
      .select('value')
      // biome-ignore lint/suspicious/noExplicitAny: see above
      .select((eb: any) => sums(eb) as any)
      .groupBy('value')
      .orderBy('requests', 'desc')
      .limit(5)
      .execute();
    return rows.map((r) => ({
      value: r.value === '' ? '(none)' : String(r.value),
      requests: Number(r.requests ?? 0),
      errors: Number(r.errors ?? 0),
      tokens: Number(r.input_tokens ?? 0) + Number(r.output_tokens ?? 0),
      cost_usd: Number(r.cost_usd ?? 0),
    }));
  };
  const developer = actor.keyIds !== null;
  const [models, keys, tenants] = await Promise.all([
    developer ? Promise.resolve([]) : top('model'),
    top('key'),
    actor.tenant === null && !developer ? top('tenant') : Promise.resolve([]),
  ]);

  const latency = await latencySummary(database, actor, p.from, p.to);

  let blocks = db
    .selectFrom('audit_events')
    .select(['resource'])
    .select((eb) => eb.fn.countAll().as('n'))
    .where('action', '=', 'guardrail.block')
    .where('ts', '>=', p.from)
    .where('ts', '<', p.to);
  if (actor.tenant !== null) blocks = blocks.where('tenant', '=', actor.tenant);
  const guardBlocks = developer ? [] : await blocks.groupBy('resource').execute();

  const totals = series.reduce(
    (t, s) => ({
      requests: t.requests + s.requests,
      errors: t.errors + s.errors,
      input_tokens: t.input_tokens + s.input_tokens,
      output_tokens: t.output_tokens + s.output_tokens,
      cost_usd: t.cost_usd + s.cost_usd,
    }),
    { requests: 0, errors: 0, input_tokens: 0, output_tokens: 0, cost_usd: 0 },
  );
  return {
    from: p.from,
    to: p.to,
    granularity,
    totals: { ...totals, error_rate: totals.requests > 0 ? totals.errors / totals.requests : 0 },
    latency,
    series,
    top: { models, keys, tenants },
    guardrail_blocks: guardBlocks.map((b) => ({
      guard: String(b.resource).replace(/^guard:/, ''),
      blocks: Number(b.n),
    })),
  };
}

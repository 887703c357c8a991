// Usage rollups: for every record, one row per grouping the usage API offers (model, key, team,
// tenant, provider, route), keyed (dimension, bucket, tenant, value). A usage query then reads about
// as many rows as it returns (times tenants when not filtered), whatever the key × model cardinality;
// a full (tenant, team, key, model, provider, route) cube would grow with their product.
// A batch is aggregated here first, so it costs one UPSERT row per distinct group, not per record.
import type { RequestRecord } from '../spec/record.ts';
import type { ColumnType } from './bulk.ts';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export const ROLLUP_TABLES = { hour: 'usage_hourly', day: 'usage_daily' } as const;

export const ROLLUP_DIMENSIONS = ['model', 'key', 'team', 'tenant', 'provider', 'route'] as const;
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number];

/** Additive columns, incremented by UPSERT. */
export const ROLLUP_METRICS = [
  'requests',
  'errors',
  'input_tokens',
  'output_tokens',
  'cached_input_tokens',
  'cache_write_tokens',
  'reasoning_tokens',
  'cost_usd',
  'cost_unknown',
  'latency_ms_sum',
  'ttft_ms_sum',
  'ttft_count',
] as const;
export type RollupMetric = (typeof ROLLUP_METRICS)[number];

/** Primary key of a rollup row; '' stands for "none" (NULL would never conflict, so could not be upserted). */
export const ROLLUP_KEY = ['dimension', 'bucket', 'tenant', 'value'] as const;

/** `ON CONFLICT … DO UPDATE` adding each incoming metric to the stored one (both dialects). */
export function rollupConflictClause(table: string): string {
  const set = ROLLUP_METRICS.map((m) => `"${m}" = "${table}"."${m}" + excluded."${m}"`).join(', ');
  return `ON CONFLICT (${ROLLUP_KEY.map((k) => `"${k}"`).join(', ')}) DO UPDATE SET ${set}`;
}

export type RollupRow = { dimension: RollupDimension; bucket: number; tenant: string; value: string } & Record<
  RollupMetric,
  number
>;

/** Columns of `usage_hourly` / `usage_daily` with their SQL types (checked against the tables by a test). */
export const ROLLUP_COLUMN_TYPES: { readonly [K in keyof RollupRow]: ColumnType } = {
  dimension: 'text',
  bucket: 'bigint',
  tenant: 'text',
  value: 'text',
  requests: 'bigint',
  errors: 'bigint',
  input_tokens: 'bigint',
  output_tokens: 'bigint',
  cached_input_tokens: 'bigint',
  cache_write_tokens: 'bigint',
  reasoning_tokens: 'bigint',
  cost_usd: 'double precision',
  cost_unknown: 'bigint',
  latency_ms_sum: 'double precision',
  ttft_ms_sum: 'double precision',
  ttft_count: 'bigint',
};

/** Start of the UTC-aligned bucket holding `ms` (the epoch starts at UTC midnight). */
export function bucketStart(ms: number, size: number): number {
  return ms - (((ms % size) + size) % size);
}

/** What the rollups read of a record (a RequestRecord has it all; the writer thread rebuilds it from a packed row). */
export type RollupFacts = Pick<
  RequestRecord,
  | 'receivedAt'
  | 'doneAt'
  | 'tenant'
  | 'team'
  | 'keyId'
  | 'modelServed'
  | 'modelRequested'
  | 'provider'
  | 'route'
  | 'status'
  | 'inputTokens'
  | 'outputTokens'
  | 'cachedInputTokens'
  | 'cacheWriteTokens'
  | 'reasoningTokens'
  | 'costUsd'
  | 'ttftMs'
>;

/** The value a record counts under for each dimension. Usage is attributed to the model that answered, else the one asked for. */
function valuesOf(r: RollupFacts): Record<RollupDimension, string> {
  return {
    model: r.modelServed ?? r.modelRequested ?? '',
    key: r.keyId ?? '',
    team: r.team ?? '',
    tenant: r.tenant ?? '',
    provider: r.provider ?? '',
    route: r.route ?? '',
  };
}

/** A record's contribution to each metric. A request counts as an error when its status is 4xx or 5xx. */
function metricsOf(r: RollupFacts): Record<RollupMetric, number> {
  return {
    requests: 1,
    errors: r.status >= 400 ? 1 : 0,
    input_tokens: r.inputTokens ?? 0,
    output_tokens: r.outputTokens ?? 0,
    cached_input_tokens: r.cachedInputTokens ?? 0,
    cache_write_tokens: r.cacheWriteTokens ?? 0,
    reasoning_tokens: r.reasoningTokens ?? 0,
    cost_usd: r.costUsd ?? 0,
    cost_unknown: r.costUsd === null ? 1 : 0,
    latency_ms_sum: Math.max(0, r.doneAt - r.receivedAt),
    ttft_ms_sum: r.ttftMs ?? 0,
    ttft_count: r.ttftMs === null ? 0 : 1,
  };
}

type Combo = {
  bucket: number;
  tenant: string;
  values: Record<RollupDimension, string>;
  metrics: Record<RollupMetric, number>;
};

/** Rollup rows for `records`, sorted by key so concurrent writers lock rows in the same order. */
export function rollUp(records: readonly RollupFacts[], size: number): RollupRow[] {
  return rollUpSizes(records, [size])[0] as RollupRow[];
}

/**
 * rollUp for several bucket sizes (the hourly and the daily table) in one pass: each record's values, metrics and
 * group key are worked out once. The rows of each size are the ones rollUp(records, size) gives, sums included.
 */
export function rollUpSizes(records: readonly RollupFacts[], sizes: readonly number[]): RollupRow[][] {
  // Records first collapse by their whole combination (one key string per record and size; a batch has few), then
  // each combination spreads into its six dimension rows.
  const combos = sizes.map(() => new Map<string, Combo>());
  const last = sizes.length - 1;
  for (const r of records) {
    const tenant = r.tenant ?? '';
    const values = valuesOf(r);
    const metrics = metricsOf(r);
    const group = `${tenant}\u0000${values.model}\u0000${values.key}\u0000${values.team}\u0000${values.provider}\u0000${values.route}`;
    for (let s = 0; s <= last; s++) {
      const bucket = bucketStart(r.receivedAt, sizes[s] as number);
      const key = `${bucket}\u0000${group}`;
      const map = combos[s] as Map<string, Combo>;
      const c = map.get(key);
      if (c) for (const m of ROLLUP_METRICS) c.metrics[m] += metrics[m];
      // A new combination keeps the record's metrics as its sums: its own copy for all sizes but the last.
      else map.set(key, { bucket, tenant, values, metrics: s === last ? metrics : { ...metrics } });
    }
  }
  return combos.map(spread);
}

function spread(combos: Map<string, Combo>): RollupRow[] {
  const groups = new Map<string, RollupRow>();
  for (const { bucket, tenant, values, metrics } of combos.values()) {
    for (const dimension of ROLLUP_DIMENSIONS) {
      const value = values[dimension];
      const key = `${dimension}\u0000${bucket}\u0000${tenant}\u0000${value}`;
      const row = groups.get(key);
      if (row) for (const m of ROLLUP_METRICS) row[m] += metrics[m];
      else groups.set(key, { dimension, bucket, tenant, value, ...metrics });
    }
  }
  return [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map((e) => e[1]);
}

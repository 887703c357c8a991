// Aggregates newly inserted records into rollup rows (one per bucket × dimensions), so a batch costs
// one UPSERT per distinct group instead of one per record.
import type { RequestRecord } from '../spec/record.ts';
import type { ColumnType } from './bulk.ts';
import { ROLLUP_DIMENSIONS, ROLLUP_METRICS } from './migrations.ts';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number];
export type RollupMetric = (typeof ROLLUP_METRICS)[number];
export type RollupRow = { bucket: number } & Record<RollupDimension, string> & Record<RollupMetric, number>;

/** Columns of `usage_hourly` / `usage_daily` with their SQL types. */
export const ROLLUP_COLUMN_TYPES = Object.fromEntries([
  ['bucket', 'bigint'],
  ...ROLLUP_DIMENSIONS.map((d) => [d, 'text']),
  ...ROLLUP_METRICS.map((m) => [m, m === 'cost_usd' || m.endsWith('_ms_sum') ? 'double precision' : 'bigint']),
]) as { readonly [K in keyof RollupRow]: ColumnType };

/** Start of the UTC-aligned bucket holding `ms` (the epoch starts at UTC midnight). */
export function bucketStart(ms: number, size: number): number {
  return ms - (((ms % size) + size) % size);
}

/** The model a usage row is attributed to: the one that answered, else the one asked for. */
export function usageModel(r: RequestRecord): string {
  return r.modelServed ?? r.modelRequested ?? '';
}

function dimensions(r: RequestRecord): Record<RollupDimension, string> {
  return {
    tenant: r.tenant ?? '',
    team: r.team ?? '',
    key_id: r.keyId ?? '',
    model: usageModel(r),
    provider: r.provider ?? '',
    route: r.route ?? '',
  };
}

/** Rollup rows for `records`, sorted by key so concurrent writers lock rows in the same order. */
export function rollUp(records: readonly RequestRecord[], size: number): RollupRow[] {
  const groups = new Map<string, RollupRow>();
  for (const r of records) {
    const bucket = bucketStart(r.receivedAt, size);
    const dims = dimensions(r);
    const key = `${bucket}\u0000${dims.tenant}\u0000${dims.team}\u0000${dims.key_id}\u0000${dims.model}\u0000${dims.provider}\u0000${dims.route}`;
    let row = groups.get(key);
    if (!row) {
      row = { bucket, ...dims } as RollupRow;
      for (const m of ROLLUP_METRICS) row[m] = 0;
      groups.set(key, row);
    }
    row.requests += 1;
    if (r.status >= 400) row.errors += 1;
    row.input_tokens += r.inputTokens ?? 0;
    row.output_tokens += r.outputTokens ?? 0;
    row.cached_input_tokens += r.cachedInputTokens ?? 0;
    row.cache_write_tokens += r.cacheWriteTokens ?? 0;
    row.reasoning_tokens += r.reasoningTokens ?? 0;
    if (r.costUsd === null) row.cost_unknown += 1;
    else row.cost_usd += r.costUsd;
    row.latency_ms_sum += Math.max(0, r.doneAt - r.receivedAt);
    if (r.ttftMs !== null) {
      row.ttft_ms_sum += r.ttftMs;
      row.ttft_count += 1;
    }
  }
  return [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map((e) => e[1]);
}

// The signals endpoint's time series (`step_minutes`): volume, errors, latency, tokens and cost per step, read
// from the per-minute rollups in one query.
import type { Database } from '../../storage/database.ts';
import { readPerBucket, type RollupFilter } from '../store/rollups.ts';

/** More points than a chart can show is a mistake in the request (and a slow answer). */
export const MAX_SERIES_POINTS = 500;

/** One point per step of [from, to) that had traffic (empty steps are left out), oldest first. */
export async function seriesOf(db: Database, from: number, to: number, step: number, filter: RollupFilter) {
  const buckets = await readPerBucket(db, { from, to, filter }, step);
  return [...buckets]
    .sort(([a], [b]) => a - b)
    .map(([at, agg]) => ({
      at,
      requests: agg.n,
      error_rate: agg.n > 0 ? agg.errors / agg.n : null,
      latency_p50_ms: agg.num.latency_ms.quantile(0.5),
      latency_p95_ms: agg.num.latency_ms.quantile(0.95),
      ttft_p50_ms: agg.num.ttft_ms.quantile(0.5),
      tokens_in: agg.inTokens,
      tokens_out: agg.outTokens,
      cost_usd: agg.cost,
    }));
}

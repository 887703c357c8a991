// Overview latency and TTFT percentiles over the whole range, from the monitoring area's per-minute rollups:
// each row keeps DDSketches (α = 1 %) that merge exactly by adding bins, so the merged sketch of every row
// in the range is the sketch of every request in it and each percentile is within 1 % of the exact one.
// Only the two sketches are read: from the hourly rollup for whole hours, extracted in SQL from minute rows
// at the edges (rollup-range.ts), never the rest of a row.
// The rollups carry (route, model, arm, tenant), not the key, so a developer (scoped to its keys) gets
// percentiles over the newest records of its keys instead (`source: "records"`).
import { DDSketch, type SketchJson } from '../monitoring/sketch/ddsketch.ts';
import type { AdminActor } from '../server/admin-authz.ts';
import type { Database } from '../storage/database.ts';
import { parseFields } from '../monitoring/store/rollup-fields.ts';
import { rollupRange } from './rollup-range.ts';

/** A developer's percentiles are computed over at most this many of its newest records in the range. */
export const LATENCY_SAMPLE = 5000;

export interface LatencySummary {
  /** "sketches": merged rollup sketches over the whole range; "records": the newest records (developers). */
  source: 'sketches' | 'records';
  /** Requests the latency figures cover. */
  sample_size: number;
  p50_ms: number | null;
  p95_ms: number | null;
  p99_ms: number | null;
  ttft_p50_ms: number | null;
  ttft_p95_ms: number | null;
  ttft_p99_ms: number | null;
}

const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** The figures of merged latency and TTFT sketches. */
export function summary(source: LatencySummary['source'], lat: DDSketch, ttft: DDSketch): LatencySummary {
  return {
    source,
    sample_size: lat.count,
    p50_ms: round(lat.quantile(0.5)),
    p95_ms: round(lat.quantile(0.95)),
    p99_ms: round(lat.quantile(0.99)),
    ttft_p50_ms: round(ttft.quantile(0.5)),
    ttft_p95_ms: round(ttft.quantile(0.95)),
    ttft_p99_ms: round(ttft.quantile(0.99)),
  };
}

/** Rollup rows whose minute (or compacted hour) starts in [from, to), scoped to the caller's tenant. */
async function fromSketches(database: Database, actor: AdminActor, from: number, to: number): Promise<LatencySummary> {
  const lat = new DDSketch();
  const ttft = new DDSketch();
  for (const r of await rollupRange(database, actor.tenant, { from, to }, ['latency_ms', 'ttft_ms'])) {
    const [l, t] = parseFields<[SketchJson | null, SketchJson | null]>(r.f);
    if (l) lat.merge(l);
    if (t) ttft.merge(t);
  }
  return summary('sketches', lat, ttft);
}

/** A developer's newest records: exact values put through the same sketch so the figures mean the same. */
async function fromRecords(database: Database, actor: AdminActor, from: number, to: number): Promise<LatencySummary> {
  const keyIds = actor.keyIds ?? [];
  let q = database.db
    .selectFrom('requests')
    .select(['received_at', 'done_at', 'ttft_ms'])
    .where('received_at', '>=', from)
    .where('received_at', '<', to)
    .where('key_id', 'in', keyIds.length ? keyIds : ['']);
  if (actor.tenant !== null) q = q.where('tenant', '=', actor.tenant);
  const lat = new DDSketch();
  const ttft = new DDSketch();
  for (const r of await q.orderBy('received_at', 'desc').limit(LATENCY_SAMPLE).execute()) {
    lat.add(Number(r.done_at) - Number(r.received_at));
    if (r.ttft_ms !== null && r.ttft_ms !== undefined) ttft.add(Number(r.ttft_ms));
  }
  return summary('records', lat, ttft);
}

export function latencySummary(database: Database, actor: AdminActor, from: number, to: number) {
  return actor.keyIds !== null ? fromRecords(database, actor, from, to) : fromSketches(database, actor, from, to);
}

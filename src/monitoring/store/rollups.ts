// Writes drained windows as one multi-row INSERT per batch and reads a time range back, merged per window or
// per dimension. A monitor reads rows of its minutes only (index on minute / route+minute), so its cost grows
// with the window and the dimension cardinality, never with the number of request records.
import type { Database } from '../../storage/database.ts';
import { MINUTE_MS } from '../clock.ts';
import {
  type Aggregate,
  type AggregateJson,
  aggregateToJson,
  mergeInto,
  newAggregate,
  QUERY_RESERVOIR,
} from '../signals/aggregate.ts';
import type { PendingWindow } from '../signals/collector.ts';
import type { Dimensions } from '../signals/features.ts';

const BATCH_ROWS = 200;

/** One stored row: `span` minutes (1 as written, 60 once compacted) starting at `minute`. */
export function rollupRow(minute: number, dims: Dimensions, agg: Aggregate, span = 1) {
  return {
    minute,
    route: dims.route,
    model: dims.model,
    arm: dims.arm,
    tenant: dims.tenant,
    n: agg.n,
    data: JSON.stringify({ ...aggregateToJson(agg), text: undefined }),
    // Apart, so numeric and categorical queries never parse text samples.
    text_samples: agg.text.seen > 0 ? JSON.stringify(agg.text) : null,
    span,
  };
}

export async function writeWindows(database: Database, windows: PendingWindow[]): Promise<void> {
  for (let i = 0; i < windows.length; i += BATCH_ROWS) {
    const rows = windows.slice(i, i + BATCH_ROWS).map((w) => rollupRow(w.minute, w.dims, w.agg));
    await database.db.insertInto('monitor_rollups').values(rows).execute();
  }
}

export interface RollupFilter {
  route?: string;
  model?: string;
  arm?: string;
  tenant?: string;
}

export type GroupBy = keyof Dimensions;

/** Joins the values of a group key (arms hold '/', so a character no name uses). */
export const GROUP_SEP = '\u0001';

/** A group key as text: values joined by ", ". */
export const groupText = (key: string) => key.split(GROUP_SEP).join(', ');

export interface RangeQuery {
  /** Inclusive start minute (epoch ms). */
  from: number;
  /** Exclusive end (epoch ms). */
  to: number;
  filter?: RollupFilter;
  /** Split the merged aggregate by these dimensions (e.g. ['arm']). */
  groupBy?: GroupBy[];
  /** Also read the text samples (text drift); default false. */
  withText?: boolean;
}

export interface Row {
  minute: number | string;
  route: string;
  model: string;
  arm: string;
  tenant: string;
  data: string;
  text_samples?: string | null;
}

async function rows(database: Database, q: RangeQuery): Promise<Row[]> {
  let query = database.db
    .selectFrom('monitor_rollups')
    .select(['minute', 'route', 'model', 'arm', 'tenant', 'data', ...(q.withText ? ['text_samples'] : [])])
    .where('minute', '>=', q.from)
    .where('minute', '<', q.to);
  const f = q.filter ?? {};
  for (const k of ['route', 'model', 'arm', 'tenant'] as const) {
    const v = f[k];
    if (v !== undefined) query = query.where(k, '=', v);
  }
  return (await query.execute()) as Row[];
}

/**
 * Merged aggregates of [from, to) per group (key '' when not grouped). Rows are selected by their start: an
 * hour row (compacted, see compact.ts) counts when its hour starts inside the range.
 */
export async function readMerged(database: Database, q: RangeQuery): Promise<Map<string, Aggregate>> {
  const out = new Map<string, Aggregate>();
  for (const r of await rows(database, q)) {
    const key = (q.groupBy ?? []).map((g) => r[g]).join(GROUP_SEP);
    let a = out.get(key);
    if (!a) {
      a = newAggregate();
      out.set(key, a);
    }
    mergeInto(a, parseRow(r), QUERY_RESERVOIR);
  }
  return out;
}

const NO_TEXT = { seen: 0, samples: [], terms: {} };

export function parseRow(r: Row): AggregateJson {
  const j = JSON.parse(r.data) as AggregateJson;
  j.text = r.text_samples ? JSON.parse(r.text_samples) : NO_TEXT;
  return j;
}

/** Merged aggregate per minute of [from, to) (burn-rate windows and time series). */
export async function readPerMinute(database: Database, q: RangeQuery): Promise<Map<number, Aggregate>> {
  return readKeyed(database, q, (m) => m);
}

/** Merged aggregate per bucket of `stepMs` from `q.from` (a time series in one query); keys are bucket starts. */
export async function readPerBucket(
  database: Database,
  q: RangeQuery,
  stepMs: number,
): Promise<Map<number, Aggregate>> {
  return readKeyed(database, q, (m) => q.from + Math.floor((m - q.from) / stepMs) * stepMs);
}

async function readKeyed(
  database: Database,
  q: RangeQuery,
  keyOf: (minute: number) => number,
): Promise<Map<number, Aggregate>> {
  const out = new Map<number, Aggregate>();
  for (const r of await rows(database, q)) {
    const m = keyOf(Number(r.minute));
    let a = out.get(m);
    if (!a) {
      a = newAggregate();
      out.set(m, a);
    }
    mergeInto(a, parseRow(r), QUERY_RESERVOIR);
  }
  return out;
}

export { MINUTE_MS };

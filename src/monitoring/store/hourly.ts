// The console's hourly rollup: per (hour, tenant), the merged latency and TTFT sketches and guardrail counts of
// the monitoring rollup rows, each in its own column, so a 7- or 30-day console read merges a few hundred small
// rows instead of extracting fields from the JSON aggregate of every minute row. Rows are append-only partials.
// Folding flips the rows' `folded` flag and returns them in one UPDATE … RETURNING inside the transaction that
// inserts their partials, so a row written meanwhile (another node, a late flush) is in this fold or left for
// the next, never both or neither. Invariant: per hour and tenant, the monitor_hourly rows merged equal the
// folded monitor_rollups rows merged (sketch bins and counts add, so exactly).
import type { Kysely } from 'kysely';
import type { Database } from '../../storage/database.ts';
import { HOUR_MS, hourOf } from '../clock.ts';
import { DDSketch, type SketchJson } from '../sketch/ddsketch.ts';
import { parseFields, rollupFields } from './rollup-fields.ts';

/** The hourly columns and where each comes from in a rollup row's aggregate. */
export const HOURLY_PATHS = {
  latency_ms: ['num', 'latency_ms'],
  ttft_ms: ['num', 'ttft_ms'],
  guardrail: ['cat', 'guardrail'],
} as const;
export type HourlyField = keyof typeof HOURLY_PATHS;

const BATCH_ROWS = 200;

interface HourPart {
  hour: number;
  tenant: string;
  n: number;
  latency: DDSketch;
  ttft: DDSketch;
  guardrail: Record<string, number>;
}

/** Folds the unfolded rollup rows starting in [from, to); `db` must be a transaction (or the fold is not atomic). */
// biome-ignore lint/suspicious/noExplicitAny: monitoring tables are not typed in Kysely's schema
export async function foldRange(database: Database, db: Kysely<any>, from: number, to: number): Promise<number> {
  const paths = Object.values(HOURLY_PATHS).map((p) => [...p]);
  const rows = await db
    .updateTable('monitor_rollups')
    .set({ folded: 1 })
    .where('folded', '=', 0)
    .where('minute', '>=', from)
    .where('minute', '<', to)
    .returning(['minute', 'tenant', 'n', rollupFields(database, paths).as('f')])
    .execute();
  const parts = new Map<string, HourPart>();
  for (const r of rows) {
    const hour = hourOf(Number(r.minute));
    const key = `${hour}\u0001${r.tenant}`;
    let p = parts.get(key);
    if (!p) {
      p = { hour, tenant: r.tenant, n: 0, latency: new DDSketch(), ttft: new DDSketch(), guardrail: {} };
      parts.set(key, p);
    }
    const [l, t, g] = parseFields<[SketchJson | null, SketchJson | null, Record<string, number> | null]>(r.f);
    p.n += Number(r.n);
    if (l) p.latency.merge(l);
    if (t) p.ttft.merge(t);
    for (const [k, v] of Object.entries(g ?? {})) p.guardrail[k] = (p.guardrail[k] ?? 0) + v;
  }
  const values = [...parts.values()].map((p) => ({
    hour: p.hour,
    tenant: p.tenant,
    n: p.n,
    latency_ms: JSON.stringify(p.latency),
    ttft_ms: JSON.stringify(p.ttft),
    guardrail: JSON.stringify(p.guardrail),
  }));
  for (let i = 0; i < values.length; i += BATCH_ROWS) {
    await db
      .insertInto('monitor_hourly')
      .values(values.slice(i, i + BATCH_ROWS))
      .execute();
  }
  return rows.length;
}

export interface FoldOptions {
  /** Rows of hours that end at or before this time are folded. */
  before: number;
  signal?: AbortSignal;
}

/**
 * Folds every unfolded rollup row of the hours ending by `before`, an hour per transaction (short, so writers
 * on SQLite wait little, and an upgraded store's backlog goes in small steps).
 */
export async function foldRollups(database: Database, o: FoldOptions): Promise<{ folded: number }> {
  const cutoff = hourOf(o.before);
  let folded = 0;
  while (!o.signal?.aborted) {
    const first = await database.db
      .selectFrom('monitor_rollups')
      .select((eb) => eb.fn.min('minute').as('m'))
      .where('folded', '=', 0)
      .where('minute', '<', cutoff)
      .executeTakeFirst();
    if (first?.m === null || first?.m === undefined) break;
    const start = hourOf(Number(first.m));
    const end = Math.min(cutoff, start + HOUR_MS);
    folded += await database.db.transaction().execute((trx) => foldRange(database, trx, start, end));
  }
  return { folded };
}

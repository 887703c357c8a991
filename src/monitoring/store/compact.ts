// Rollup compaction and retention. Minute rows older than `compactBefore` are merged into one row per
// (hour, route, model, arm, tenant) — counters add and DDSketch bins add, so every count, rate and quantile
// over whole hours is exactly what the minute rows gave (text samples are re-drawn into one uniform
// reservoir of QUERY_RESERVOIR). Rows (of either span) of hours before `deleteBefore`'s are deleted, with their
// console hourly rows (hourly.ts). Each hour is
// one transaction: a crash leaves an hour either all minutes or one hour row, and a re-run picks up where it
// stopped (an hour row written earlier is merged again with any late minute rows of its hour).
import { sql } from 'kysely';
import type { Database } from '../../storage/database.ts';
import { HOUR_MS, hourOf } from '../clock.ts';
import { type Aggregate, mergeInto, newAggregate, QUERY_RESERVOIR } from '../signals/aggregate.ts';
import { foldRange } from './hourly.ts';
import { GROUP_SEP, parseRow, type Row, rollupRow } from './rollups.ts';

export interface CompactionResult {
  hours: number;
  rowsIn: number;
  rowsOut: number;
  deleted: number;
}

export interface CompactionOptions {
  /** Minute rows of hours that end at or before this time are compacted. */
  compactBefore: number;
  /** Rows of hours that start before this time's hour are deleted (retention); omit to keep everything. */
  deleteBefore?: number;
  /** Hours compacted per call (bounds one job's work; the next run continues). Default 1,000. */
  maxHours?: number;
  signal?: AbortSignal;
  progress?(p: { done: number; detail: Record<string, unknown> }): Promise<void>;
}

export async function compactRollups(database: Database, o: CompactionOptions): Promise<CompactionResult> {
  const db = database.db;
  const out: CompactionResult = { hours: 0, rowsIn: 0, rowsOut: 0, deleted: 0 };
  if (o.deleteBefore !== undefined) {
    // Whole hours only, in both tables, so an hour is never half in monitor_hourly.
    const before = hourOf(o.deleteBefore);
    const r = await sql`DELETE FROM monitor_rollups WHERE minute < ${before}`.execute(db);
    await sql`DELETE FROM monitor_hourly WHERE hour < ${before}`.execute(db);
    out.deleted = Number(r.numAffectedRows ?? 0);
  }
  const cutoff = hourOf(o.compactBefore);
  const maxHours = o.maxHours ?? 1000;
  while (out.hours < maxHours && !o.signal?.aborted) {
    const first = await db
      .selectFrom('monitor_rollups')
      .select((eb) => eb.fn.min('minute').as('m'))
      .where('span', '=', 1)
      .where('minute', '<', cutoff)
      .executeTakeFirst();
    if (first?.m === null || first?.m === undefined) break;
    const hour = hourOf(Number(first.m));
    await db.transaction().execute(async (trx) => {
      // The hour row replaces its minutes as folded: fold what is not yet, or its late minutes would be lost.
      await foldRange(database, trx, hour, hour + HOUR_MS);
      const rows = (await trx
        .selectFrom('monitor_rollups')
        .select(['minute', 'route', 'model', 'arm', 'tenant', 'data', 'text_samples'])
        .where('minute', '>=', hour)
        .where('minute', '<', hour + HOUR_MS)
        .execute()) as Row[];
      const groups = new Map<string, { dims: Row; agg: Aggregate }>();
      for (const r of rows) {
        const key = [r.route, r.model, r.arm, r.tenant].join(GROUP_SEP);
        let g = groups.get(key);
        if (!g) {
          g = { dims: r, agg: newAggregate() };
          groups.set(key, g);
        }
        mergeInto(g.agg, parseRow(r), QUERY_RESERVOIR);
      }
      await trx
        .deleteFrom('monitor_rollups')
        .where('minute', '>=', hour)
        .where('minute', '<', hour + HOUR_MS)
        .execute();
      const merged = [...groups.values()].map((g) => ({ ...rollupRow(hour, g.dims, g.agg, 60), folded: 1 }));
      for (let i = 0; i < merged.length; i += 200) {
        await trx
          .insertInto('monitor_rollups')
          .values(merged.slice(i, i + 200))
          .execute();
      }
      out.rowsIn += rows.length;
      out.rowsOut += merged.length;
    });
    out.hours++;
    await o.progress?.({ done: out.hours, detail: { ...out, hour: new Date(hour).toISOString() } });
  }
  return out;
}

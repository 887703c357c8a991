// The monitoring rollup rows a console read merges over [from, to): for the whole hours inside the range the
// hourly rollup (monitoring/store/hourly.ts) plus any minute row not folded into it yet, minute rows at the
// edges. That is the same set of rows a minute-only read selects (a row counts when its minute starts in the
// range), so merged sketches and counts are identical. One statement, so a fold committing meanwhile is seen
// whole or not at all.
import { sql } from 'kysely';
import { HOUR_MS, hourOf, minuteOf } from '../monitoring/clock.ts';
import { HOURLY_PATHS, type HourlyField } from '../monitoring/store/hourly.ts';
import { rollupFields } from '../monitoring/store/rollup-fields.ts';
import type { Database } from '../storage/database.ts';

export interface RangeRow {
  /** The row's minute, or its hour for an hourly row. */
  start: number;
  /** The fields asked for, as a JSON array text (see parseFields). */
  f: string | null;
}

export async function rollupRange(
  database: Database,
  tenant: string | null,
  range: { from: number; to: number },
  fields: HourlyField[],
): Promise<RangeRow[]> {
  const db = database.db;
  const lo = minuteOf(range.from);
  const to = range.to;
  const extract = rollupFields(
    database,
    fields.map((k) => [...HOURLY_PATHS[k]]),
  );
  const minutes = (from: number, before: number, unfoldedOnly = false) => {
    let q = db
      .selectFrom('monitor_rollups')
      .select(['minute as start', extract.as('f')])
      .where('minute', '>=', from)
      .where('minute', '<', before);
    if (unfoldedOnly) q = q.where('folded', '=', 0);
    if (tenant !== null) q = q.where('tenant', '=', tenant);
    return q;
  };
  const first = hourOf(lo + HOUR_MS - 1); // the first whole hour
  const last = hourOf(to); // the end of the last whole hour
  let rows: { start: unknown; f: string | null }[];
  if (first >= last) rows = await minutes(lo, to).execute();
  else {
    // The columns hold JSON text already: concatenated into the same array text the minute rows give.
    const cols = sql.join(
      fields.map((k) => sql.ref(k)),
      sql` || ',' || `,
    );
    let hourly = db
      .selectFrom('monitor_hourly')
      .select(['hour as start', sql<string | null>`'[' || ${cols} || ']'`.as('f')])
      .where('hour', '>=', first)
      .where('hour', '<', last);
    if (tenant !== null) hourly = hourly.where('tenant', '=', tenant);
    rows = await minutes(lo, first)
      .unionAll(minutes(last, to))
      .unionAll(minutes(first, last, true))
      .unionAll(hourly)
      .execute();
  }
  return rows.map((r) => ({ start: Number(r.start), f: r.f }));
}

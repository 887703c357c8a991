import { SqlRecordSink } from './sql-sink.ts';
import { syntheticRecords } from './synthetic.ts';
import { openTestStore } from './testing.ts';
import { sql } from 'kysely';
for (const d of ['sqlite', 'postgres'] as const) {
  const s = await openTestStore(d);
  const sink = new SqlRecordSink(s.database);
  const opts = { start: Date.UTC(2025, 0, 1), spanMs: 7 * 86400000, total: 100000 };
  const t0 = performance.now();
  for (let i = 0; i < 100000; i += 5000) await sink.writeBatch(syntheticRecords(i, i + 5000, opts).map((record) => ({ record })));
  const t1 = performance.now();
  await sink.writeBatch(syntheticRecords(0, 5000, opts).map((record) => ({ record })));
  const c = await sql`select count(*) c, (select sum(requests) from usage_hourly) h, (select count(*) from usage_hourly) hr from requests`.execute(s.database.db);
  console.log(d, (t1 - t0).toFixed(0), 'ms', c.rows);
  await s.cleanup();
}

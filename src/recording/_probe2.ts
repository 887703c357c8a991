import { bulkInsertQueries } from './bulk.ts';
import { DAY_MS, HOUR_MS, ROLLUP_COLUMN_TYPES, rollUp } from './rollup.ts';
import { REQUEST_COLUMN_TYPES, toRow } from './rows.ts';
import { syntheticRecords } from './synthetic.ts';
import { openTestStore } from './testing.ts';
const s = await openTestStore('postgres');
const opts = { start: Date.UTC(2025, 0, 1), spanMs: 7 * 86400000, total: 100000 };
for (let i = 0; i < 30000; i += 5000) {
  const recs = syntheticRecords(i, i + 5000, opts);
  let t = performance.now();
  const [q] = bulkInsertQueries('postgres', { table: 'requests', columns: REQUEST_COLUMN_TYPES, rows: recs.map(toRow), suffix: 'ON CONFLICT ("id") DO NOTHING RETURNING "id"' });
  const tb = performance.now() - t; t = performance.now();
  await s.database.db.executeQuery(q);
  const te = performance.now() - t; t = performance.now();
  const h = rollUp(recs, HOUR_MS);
  const [q2] = bulkInsertQueries('postgres', { table: 'usage_hourly', columns: ROLLUP_COLUMN_TYPES, rows: h, suffix: '' });
  const tr = performance.now() - t; t = performance.now();
  await s.database.db.executeQuery(q2).catch((e) => console.log(e.message));
  console.log('build', tb.toFixed(0), 'exec', te.toFixed(0), 'rollup build', tr.toFixed(0), 'rollup exec', (performance.now() - t).toFixed(0), h.length);
}
await s.cleanup();

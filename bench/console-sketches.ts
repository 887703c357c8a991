// Times the console overview (its latency percentiles are merged DDSketches; the request records' usage rollups
// are empty here, see bench/console.ts for those at 1M records) and the guardrail hits over 7 days of
// per-minute monitoring rollups (4 dimension tuples a minute, 25 requests each = 1,008,000 requests), for the
// picker's 24 h, 7 d and 30 d ranges: first from the minute rows only (as written, before the compaction job
// ran), then after the job folded every ended hour into the hourly rollup, in the same run.
// Run: node --import tsx bench/console-sketches.ts
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, runMigrations } from '../src/storage/database.ts';
import { newAggregate } from '../src/monitoring/signals/aggregate.ts';
import { rollupRow } from '../src/monitoring/store/rollups.ts';
import { overview } from '../src/console/overview.ts';
import { guardrailHits } from '../src/console/guardrail-hits.ts';
import { rollupFields } from '../src/monitoring/store/rollup-fields.ts';
import { foldRollups } from '../src/monitoring/store/hourly.ts';
import { allMigrations } from '../src/server/runtime.ts';

const dir = mkdtempSync(join(tmpdir(), 'c3bench-'));
const db = await openDatabase({ dataDir: dir });
await runMigrations(db, allMigrations());
const now = Date.UTC(2026, 11, 5);
const minutes = 7 * 1440;
let rows: unknown[] = [];
let requests = 0;
for (let m = 0; m < minutes; m++) {
  for (let d = 0; d < 4; d++) {
    const a = newAggregate();
    for (let i = 0; i < 25; i++) {
      a.n++;
      a.num.latency_ms.add(50 + Math.random() * 2000);
      a.num.ttft_ms.add(20 + Math.random() * 500);
      a.num.prompt_chars.add(100 + Math.random() * 3000);
      a.num.answer_chars.add(100 + Math.random() * 3000);
      a.num.output_tokens.add(10 + Math.random() * 500);
      a.cat.guardrail[i % 5 === 0 ? 'pii:flag' : 'none'] =
        (a.cat.guardrail[i % 5 === 0 ? 'pii:flag' : 'none'] ?? 0) + 1;
    }
    requests += 25;
    rows.push(
      rollupRow(
        now - (minutes - m) * 60_000,
        { route: `r${d}`, model: 'm', arm: 'a', tenant: d < 2 ? 'acme' : 'globex' },
        a,
      ),
    );
    if (rows.length === 200) {
      await db.db
        .insertInto('monitor_rollups')
        .values(rows as never)
        .execute();
      rows = [];
    }
  }
}
if (rows.length)
  await db.db
    .insertInto('monitor_rollups')
    .values(rows as never)
    .execute();
const actor = { role: 'admin', tenant: null, keyIds: null } as never;
// Median of 3 calls of each read. The range ends mid-hour as the picker's do (`to` is the current second), so
// both of its edges are minute rows.
const to = now - 23.5 * 60_000;
async function time(label: string, days: number) {
  const from = to - days * 86_400_000;
  const lat: number[] = [];
  const hits: number[] = [];
  let p95: number | null = null;
  let total = 0;
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    p95 = (await overview(db, actor, { from, to })).latency.p95_ms;
    lat.push(performance.now() - t);
    t = performance.now();
    total = (await guardrailHits(db, null, { from, to })).total;
    hits.push(performance.now() - t);
  }
  const med = (v: number[]) => v.sort((a, b) => a - b)[1].toFixed(0);
  console.log(
    `${label}, ${days} d: overview ${med(lat)} ms (p95 ${p95}), guardrail hits ${med(hits)} ms (total ${total})`,
  );
}
console.log(`rows ${minutes * 4}, requests ${requests}`);
const ranges = [1, 7, 30];
for (const d of ranges) await time('minute rows only', d);
// The hourly compaction job folds every ended hour into the console's hourly rollup
// (src/monitoring/store/hourly.ts); as just before its next run, the last hour is left as minute rows.
let t0 = performance.now();
const { folded } = await foldRollups(db, { before: now - 3_600_000 });
console.log(`fold: ${folded} minute rows in ${(performance.now() - t0).toFixed(0)} ms`);
for (const d of ranges) await time('hourly rollup + edge minutes', d);
// Where the time goes: the store's JSON extraction alone.
t0 = performance.now();
const raw = await db.db
  .selectFrom('monitor_rollups')
  .select(
    rollupFields(db, [
      ['num', 'latency_ms'],
      ['num', 'ttft_ms'],
    ]).as('f'),
  )
  .where('minute', '>=', now - 7 * 86_400_000)
  .execute();
console.log(`SQL extraction alone: ${(performance.now() - t0).toFixed(0)} ms for ${raw.length} rows`);
process.exit(0);

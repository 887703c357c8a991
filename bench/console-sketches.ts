// Times the console overview latency read (merged DDSketches) and the guardrail hits over 7 days of
// per-minute monitoring rollups (4 dimension tuples a minute, 25 requests each = 1,008,000 requests).
// Run: node --import tsx bench/console-sketches.ts
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, runMigrations } from '../src/storage/database.ts';
import { monitoringMigrations } from '../src/monitoring/store/migrations.ts';
import { newAggregate } from '../src/monitoring/signals/aggregate.ts';
import { rollupRow } from '../src/monitoring/store/rollups.ts';
import { latencySummary } from '../src/console/latency.ts';
import { guardrailHits } from '../src/console/guardrail-hits.ts';
import { rollupFields } from '../src/console/rollup-fields.ts';
import { recordingMigrations } from '../src/recording/migrations.ts';

const dir = mkdtempSync(join(tmpdir(), 'c3bench-'));
const db = await openDatabase({ dataDir: dir });
await runMigrations(db, [...recordingMigrations, ...monitoringMigrations]);
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
for (let i = 0; i < 2; i++) {
  let t = performance.now();
  const l = await latencySummary(db, actor, now - 7 * 86_400_000, now);
  const lt = performance.now() - t;
  t = performance.now();
  const g = await guardrailHits(db, null, { from: now - 7 * 86_400_000, to: now });
  const gt = performance.now() - t;
  console.log(
    `rows ${minutes * 4}, requests ${requests}: latency ${lt.toFixed(0)} ms (p95 ${l.p95_ms}), guardrail hits ${gt.toFixed(0)} ms (total ${g.total})`,
  );
}
// The overview's default range (24 h): 5,760 of those rows, 144,000 requests.
for (let i = 0; i < 2; i++) {
  const t = performance.now();
  await latencySummary(db, actor, now - 86_400_000, now);
  const lt = performance.now() - t;
  const t2 = performance.now();
  await guardrailHits(db, null, { from: now - 86_400_000, to: now });
  console.log(`24 h range: latency ${lt.toFixed(0)} ms, guardrail hits ${(performance.now() - t2).toFixed(0)} ms`);
}
// Where the time goes: the store's JSON extraction alone.
const t0 = performance.now();
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

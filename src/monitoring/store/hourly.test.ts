// Upgrading a store that already holds rollup rows (migrations up to 0601, then 0602): the old rows start
// unfolded, the console reads them exactly before the first fold, and the fold moves every ended hour into
// monitor_hourly with the same answers — on SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import pg from 'pg';
import { guardrailHits } from '../../console/guardrail-hits.ts';
import { latencySummary } from '../../console/latency.ts';
import { allMigrations } from '../../server/runtime.ts';
import {
  type Database,
  openDatabase,
  runMigrations,
  TEST_POSTGRES_URL,
  testSchemaName,
} from '../../storage/database.ts';
import { HOUR_MS, MINUTE_MS } from '../clock.ts';
import { newAggregate } from '../signals/aggregate.ts';
import { foldRollups } from './hourly.ts';
import { monitoringMigrations } from './migrations.ts';
import { rollupRow } from './rollups.ts';

const H0 = Date.UTC(2026, 2, 1);
const cleanup: (() => Promise<void>)[] = [];
after(async () => {
  for (const c of cleanup) await c();
});

async function open(dialect: 'sqlite' | 'postgres'): Promise<Database> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'con-perf-hourly-'));
    const db = await openDatabase({ dataDir: dir });
    cleanup.push(async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    });
    return db;
  }
  const schema = testSchemaName('con_perf_hourly');
  const db = await openDatabase({ url: TEST_POSTGRES_URL, schema });
  cleanup.push(async () => {
    await db.close();
    const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.end();
  });
  return db;
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  test(`${dialect}: rows written before the hourly rollup existed are read exactly, then folded`, async () => {
    const database = await open(dialect);
    const before0602 = monitoringMigrations.filter((m) => m.name < '0602');
    await runMigrations(
      database,
      allMigrations().filter((m) => !monitoringMigrations.includes(m) || before0602.includes(m)),
    );
    // Five hours of minute rows, two tenants, as the 0601 schema stored them.
    const rows: ReturnType<typeof rollupRow>[] = [];
    for (let m = 0; m < 5 * 60; m += 3) {
      for (const tenant of ['acme', 'globex']) {
        const a = newAggregate();
        for (let i = 0; i < 3; i++) {
          a.n++;
          a.num.latency_ms.add(10 + ((m * 7 + i * 13) % 500));
          a.num.ttft_ms.add(5 + ((m * 3 + i) % 90));
          a.cat.guardrail[i === 0 ? 'pii:redact' : 'none'] =
            (a.cat.guardrail[i === 0 ? 'pii:redact' : 'none'] ?? 0) + 1;
        }
        rows.push(rollupRow(H0 + m * MINUTE_MS, { route: 'r', model: 'm', arm: 'a', tenant }, a));
      }
    }
    await database.db.insertInto('monitor_rollups').values(rows).execute();
    await runMigrations(database, allMigrations());

    const range = { from: H0 + 17 * MINUTE_MS, to: H0 + 4 * HOUR_MS + 31 * MINUTE_MS };
    const admin = { role: 'admin', tenant: null, keyIds: null } as never;
    const auditor = { role: 'auditor', tenant: 'acme', keyIds: null } as never;
    const answers = async () => ({
      all: await latencySummary(database, admin, range.from, range.to),
      acme: await latencySummary(database, auditor, range.from, range.to),
      hits: (await guardrailHits(database, 'globex', range)).series,
    });
    const unfolded = await answers();
    assert.ok(unfolded.all.sample_size > 200 && unfolded.acme.sample_size === unfolded.all.sample_size / 2);
    assert.ok(unfolded.hits.length > 0);

    const { folded } = await foldRollups(database, { before: H0 + 4 * HOUR_MS + 40 * MINUTE_MS });
    assert.equal(folded, (4 * 60 * 2) / 3, 'every row of the four ended hours');
    const hourly = await database.db
      .selectFrom('monitor_hourly')
      .select((eb) => eb.fn.countAll().as('c'))
      .executeTakeFirst();
    assert.equal(Number(hourly?.c), 4 * 2, 'one row per hour and tenant');
    assert.deepEqual(await answers(), unfolded);
    assert.equal((await foldRollups(database, { before: H0 + 4 * HOUR_MS + 40 * MINUTE_MS })).folded, 0);
  });
}

// Test support: the same suites run on SQLite (temp dir) and PostgreSQL (own schema, dropped after).
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import {
  type Database,
  openDatabase,
  runMigrations,
  type SqlDialect,
  TEST_POSTGRES_URL,
  testSchemaName,
} from '../storage/database.ts';
import type { RequestRecord } from '../spec/record.ts';
import { recordingMigrations } from './migrations.ts';
import { type UsageGroupBy, type UsageRow, usage } from './queries.ts';
import { RequestRecorder } from './recorder.ts';
import { fromRow } from './rows.ts';
import type { RecordSink } from './sink.ts';
import { SqlRecordSink } from './sql-sink.ts';
import { syntheticRecord } from './synthetic.ts';

export interface TestStore {
  database: Database;
  /** A fresh directory for the spool. */
  dataDir: string;
  cleanup(): Promise<void>;
}

export const BACKENDS: SqlDialect[] = ['sqlite', 'postgres'];

/** `postgresUrl` points PostgreSQL at another address (e.g. a proxy that cuts connections). */
export async function openTestStore(dialect: SqlDialect, opts: { postgresUrl?: string } = {}): Promise<TestStore> {
  const dataDir = await mkdtemp(join(tmpdir(), 'lintel-rec-'));
  if (dialect === 'sqlite') {
    const database = await openDatabase({ dataDir });
    await runMigrations(database, recordingMigrations);
    return {
      database,
      dataDir,
      async cleanup() {
        await database.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  const schema = testSchemaName('rec');
  const database = await openDatabase({ url: opts.postgresUrl ?? TEST_POSTGRES_URL, schema });
  await runMigrations(database, recordingMigrations);
  return {
    database,
    dataDir,
    async cleanup() {
      await database.close();
      const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await admin.connect();
      try {
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await admin.end();
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `check` until it returns true or `timeoutMs` passes. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

const GROUP_OF: Record<UsageGroupBy, (r: RequestRecord) => string | null> = {
  model: (r) => r.modelServed ?? r.modelRequested,
  key: (r) => r.keyId,
  team: (r) => r.team,
  tenant: (r) => r.tenant,
  provider: (r) => r.provider,
  route: (r) => r.route,
};

/** Usage computed straight from the records (independently of the rollup code), to compare with usage(). */
export function expectedUsage(
  records: readonly RequestRecord[],
  groupBy: UsageGroupBy,
  granularity: 'hour' | 'day',
): Map<
  string,
  {
    requests: number;
    errors: number;
    input: number;
    output: number;
    cached: number;
    cost: number;
    unknown: number;
    latency: number;
  }
> {
  const size = granularity === 'hour' ? 3_600_000 : 86_400_000;
  const out = new Map<
    string,
    {
      requests: number;
      errors: number;
      input: number;
      output: number;
      cached: number;
      cost: number;
      unknown: number;
      latency: number;
    }
  >();
  for (const r of records) {
    const bucket = new Date(Math.floor(r.receivedAt / size) * size).toISOString();
    const key = `${bucket}|${GROUP_OF[groupBy](r) ?? ''}`;
    const e = out.get(key) ?? {
      requests: 0,
      errors: 0,
      input: 0,
      output: 0,
      cached: 0,
      cost: 0,
      unknown: 0,
      latency: 0,
    };
    e.requests++;
    if (r.status >= 400) e.errors++;
    e.input += r.inputTokens ?? 0;
    e.output += r.outputTokens ?? 0;
    e.cached += r.cachedInputTokens ?? 0;
    if (r.costUsd === null) e.unknown++;
    else e.cost += r.costUsd;
    e.latency += r.doneAt - r.receivedAt;
    out.set(key, e);
  }
  return out;
}

/** Asserts usage() rows equal the sums computed from `records`, group by group. */
export function assertUsageMatches(
  rows: readonly UsageRow[],
  records: readonly RequestRecord[],
  groupBy: UsageGroupBy,
  granularity: 'hour' | 'day',
): void {
  const expected = expectedUsage(records, groupBy, granularity);
  assert.equal(rows.length, expected.size, `${groupBy}/${granularity}: number of groups`);
  for (const row of rows) {
    const key = `${row.bucket}|${row.group ?? ''}`;
    const e = expected.get(key);
    assert.ok(e, `unexpected usage group ${key}`);
    const where = `${groupBy}/${granularity} ${key}`;
    assert.equal(row.requests, e.requests, `${where} requests`);
    assert.equal(row.errors, e.errors, `${where} errors`);
    assert.equal(row.input_tokens, e.input, `${where} input_tokens`);
    assert.equal(row.output_tokens, e.output, `${where} output_tokens`);
    assert.equal(row.cached_input_tokens, e.cached, `${where} cached_input_tokens`);
    assert.equal(row.cost_unknown_requests, e.unknown, `${where} cost_unknown_requests`);
    if (e.unknown === e.requests) assert.equal(row.cost_usd, null, `${where} cost_usd`);
    else assert.ok(Math.abs((row.cost_usd ?? Number.NaN) - e.cost) < 1e-9 * Math.max(1, e.cost), `${where} cost_usd`);
    assert.ok(Math.abs(row.avg_latency_ms - e.latency / e.requests) < 1e-6, `${where} avg_latency_ms`);
  }
}

/** Rows of `requests` and the requests counted by the rollups, for "exactly once" checks. */
export async function storedCounts(
  database: Database,
): Promise<{ rows: number; distinct: number; hourly: number; daily: number }> {
  const r = await sql<Record<string, unknown>>`SELECT
      (SELECT count(*) FROM requests) AS rows,
      (SELECT count(DISTINCT id) FROM requests) AS distinct_ids`.execute(database.db);
  const row = r.rows[0];
  return {
    rows: Number(row.rows),
    distinct: Number(row.distinct_ids),
    hourly: await rolledUpRequests(database, 'usage_hourly'),
    daily: await rolledUpRequests(database, 'usage_daily'),
  };
}

/** Requests counted by a rollup table; every dimension must count each request once. */
async function rolledUpRequests(database: Database, table: string): Promise<number> {
  const rows = await database.db
    .selectFrom(table)
    .select(['dimension', sql<string | number>`sum(requests)`.as('n')])
    .groupBy('dimension')
    .execute();
  if (rows.length === 0) return 0;
  const counts = new Set(rows.map((x) => Number(x.n)));
  assert.equal(counts.size, 1, `${table}: dimensions disagree ${JSON.stringify(rows)}`);
  assert.equal(rows.length, 6, `${table}: one set of rows per dimension`);
  return [...counts][0];
}

/** Every stored record (oldest first). */
export async function allStored(database: Database): Promise<RequestRecord[]> {
  const rows = await database.db.selectFrom('requests').selectAll().orderBy('received_at').orderBy('id').execute();
  return rows.map(fromRow);
}

export interface Outage {
  begin(): void | Promise<void>;
  end(): void | Promise<void>;
}

/**
 * Sends steady load (~2,000 records/s) through a RequestRecorder while the store goes down for
 * `outageMs` (`sink`: the store's writer, default the in-thread SqlRecordSink), then closes the recorder and checks every record sent has exactly one row and the
 * rollups equal the records. Returns what the recorder went through, for the caller to assert on.
 */
export async function runOutageScenario(
  store: TestStore,
  outage: Outage,
  opts: { outageMs: number; idPrefix: string; sink?: RecordSink },
): Promise<{ sent: number; maxSpooled: number; failedFlushes: number }> {
  const rec = new RequestRecorder({
    sink: opts.sink ?? new SqlRecordSink(store.database),
    dataDir: store.dataDir,
    writeTimeoutMs: 1_000,
    retryMinMs: 50,
    retryMaxMs: 400,
    closeTimeoutMs: 8_000,
  });
  await rec.start();
  const synth = { start: Date.UTC(2025, 6, 1), spanMs: 2 * 3_600_000, total: 20_000, idPrefix: opts.idPrefix };
  let sent = 0;
  let maxSpooled = 0;
  const load = setInterval(() => {
    for (let i = 0; i < 10; i++) rec.record(syntheticRecord(sent++, synth));
    maxSpooled = Math.max(maxSpooled, rec.stats().spooledRecords);
  }, 5);
  await sleep(600);
  await outage.begin();
  await sleep(opts.outageMs);
  await outage.end();
  await sleep(1_000);
  clearInterval(load);
  await rec.close();
  const { failedFlushes, spooledRecords } = rec.stats();
  assert.equal(spooledRecords, 0, 'spool drained once the store was back');
  assert.deepEqual(await storedCounts(store.database), { rows: sent, distinct: sent, hourly: sent, daily: sent });
  const records: RequestRecord[] = [];
  for (let i = 0; i < sent; i++) records.push(syntheticRecord(i, synth));
  const stored = await allStored(store.database);
  assert.deepEqual(
    stored.map((r) => r.id),
    records.map((r) => r.id),
    'every record sent is stored once',
  );
  const rows = await usage(store.database, {
    groupBy: 'model',
    granularity: 'hour',
    from: synth.start,
    to: synth.start + synth.spanMs,
  });
  assertUsageMatches(rows, records, 'model', 'hour');
  return { sent, maxSpooled, failedFlushes };
}

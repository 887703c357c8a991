// storage.postgres: pool size, connection and statement timeouts, and a read replica for the admin read paths —
// each checked against the real PostgreSQL (the "replica" is a TCP proxy to it, so cutting it shows which path
// reads from where: admin reads fail, calls and their records carry on through the primary).
import assert from 'node:assert/strict';
import { createServer, type Socket } from 'node:net';
import { after, test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { parseConfigText } from '../config/load.ts';
import { preflightProblems } from '../config/preflight.ts';
import { chat } from '../access/testing/client.ts';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';
import { startTcpProxy } from '../testing/tcp-proxy.ts';
import { openDatabase, runMigrations, TEST_POSTGRES_URL, testSchemaName } from './database.ts';

const schemas: string[] = [];
after(async () => {
  const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await c.connect();
  for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await c.end();
});

function schema(): string {
  const s = testSchemaName('pgopts');
  schemas.push(s);
  return s;
}

test('statement timeout cancels long statements but not migrations; the pool never exceeds pool_max', async () => {
  const database = await openDatabase({
    url: TEST_POSTGRES_URL,
    schema: schema(),
    postgres: { statementTimeoutMs: 200, poolMax: 2 },
  });
  try {
    await assert.rejects(sql`SELECT pg_sleep(2)`.execute(database.db), (err: { code?: string }) => {
      assert.equal(err.code, '57014', 'query_canceled by statement_timeout');
      return true;
    });
    const applied = await runMigrations(database, [
      { name: '0001_slow', up: async (db) => void (await sql`SELECT pg_sleep(0.4)`.execute(db)) },
    ]);
    assert.deepEqual(applied, ['0001_slow'], 'a migration may run longer than the statement timeout');
    const pids = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const r = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid, pg_sleep(0.05)`.execute(database.db);
        return r.rows[0].pid;
      }),
    );
    assert.ok(new Set(pids).size <= 2, `${new Set(pids).size} connections for pool_max 2`);
  } finally {
    await database.close();
  }
});

test('connection timeout: a server that never answers fails the query instead of hanging it', async () => {
  const held: Socket[] = [];
  const silent = createServer((s) => held.push(s));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  const port = (silent.address() as { port: number }).port;
  const database = await openDatabase({
    url: `postgres://postgres@127.0.0.1:${port}/test`,
    postgres: { connectionTimeoutMs: 200 },
  });
  try {
    await assert.rejects(sql`SELECT 1`.execute(database.db), /timeout/i);
  } finally {
    await database.close();
    for (const s of held) s.destroy();
    silent.close();
  }
});

test('config: bad storage.postgres values are refused with the field named; the embedded store has no replica', async () => {
  const bad = (yaml: string) => () => parseConfigText(yaml, 'bad.yaml');
  assert.throws(
    bad('storage:\n  postgres:\n    read_replica_url: mysql://x/y\n'),
    /read_replica_url[\s\S]*postgres:\/\//,
  );
  assert.throws(bad('storage:\n  postgres:\n    pool_max: 0\n'), /pool_max/);
  assert.throws(bad('storage:\n  postgres:\n    statement_timeout: 5\n'), /statement_timeout/);
  // `lintel config check` / serve's preflight: a replica without PostgreSQL, and a bad LINTEL_REDIS_URL.
  const problems = preflightProblems(
    parseConfigText(
      `${simProviders('http://127.0.0.1:9')}storage:\n  postgres:\n    read_replica_url: ${TEST_POSTGRES_URL}\n`,
      'replica.yaml',
    ),
    { masterKey: 'a-long-master-key-0123', env: { LINTEL_REDIS_URL: 'redis+sentinel://s1:26379' } },
  );
  assert.ok(
    problems.some((p) => /read_replica_url: needs a PostgreSQL database_url/.test(p)),
    problems.join('; '),
  );
  assert.ok(
    problems.some((p) => /^LINTEL_REDIS_URL: names no master/.test(p)),
    problems.join('; '),
  );
  await assert.rejects(
    openDatabase({ url: 'sqlite::memory:', postgres: { readReplicaUrl: TEST_POSTGRES_URL } }),
    /read_replica_url needs a PostgreSQL database_url/,
  );
});

test('read replica: admin reads go to it, calls and records stay on the primary', async () => {
  const replica = await startTcpProxy(5432, '127.0.0.1');
  const s = schema();
  let h: Harness | undefined;
  try {
    const replicaUrl = TEST_POSTGRES_URL.replace(/127\.0\.0\.1:5432/, `127.0.0.1:${replica.port}`);
    assert.notEqual(replicaUrl, TEST_POSTGRES_URL, 'the test URL names 127.0.0.1:5432');
    h = await startHarness(
      (u) => `${simProviders(u)}
routes:
  - model: m
    targets: [{ provider: sim, model: gpt-4o-mini }]
recording:
  flush_interval_ms: 20
storage:
  postgres:
    read_replica_url: ${replicaUrl}
`,
      { runtime: { databaseUrl: TEST_POSTGRES_URL, databaseSchema: s } },
    );
    const headers = { authorization: `Bearer ${h.key}` };
    const list = async () => fetch(`${h?.url}/admin/requests?limit=10`, { headers });
    assert.equal((await chat(h.url, h.key, 'm')).status, 200);
    const waitFor = async (n: number) => {
      const t0 = Date.now();
      for (;;) {
        const r = await list();
        if (r.status === 200 && ((await r.json()) as { data: unknown[] }).data.length >= n) return;
        assert.ok(Date.now() - t0 < 10_000, 'the record never showed up through the replica');
        await new Promise((res) => setTimeout(res, 20));
      }
    };
    await waitFor(1);

    replica.cut();
    assert.ok((await list()).status >= 500, 'with the replica away, the admin read fails');
    assert.equal((await chat(h.url, h.key, 'm')).status, 200, 'calls do not need the replica');
    const primary = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await primary.connect();
    try {
      const t0 = Date.now();
      while (Number((await primary.query(`SELECT count(*) AS n FROM ${s}.requests`)).rows[0].n) < 2) {
        assert.ok(Date.now() - t0 < 10_000, 'the second record was not written to the primary');
        await new Promise((res) => setTimeout(res, 20));
      }
    } finally {
      await primary.end();
    }
    replica.restore();
    await waitFor(2);
  } finally {
    await h?.close();
    await replica.close();
  }
});

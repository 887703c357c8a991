// Nothing lost, through the real server: a PostgreSQL outage under steady load, and a graceful shutdown
// under load (PostgreSQL, and the embedded store whose records a thread of their own writes), leave exactly one
// record per request Lintel answered — no loss, no duplicates.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { request } from 'undici';
import { TEST_POSTGRES_URL, testSchemaName } from '../storage/database.ts';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';
import { startTcpProxy, type TcpProxy } from '../testing/tcp-proxy.ts';

const OUTAGE_MS = Number(process.env.LINTEL_TEST_OUTAGE_MS ?? 30_000);

async function query<T>(schema: string, text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await c.connect();
  try {
    await c.query(`SET search_path TO ${schema}`);
    return (await c.query(text)).rows as T[];
  } finally {
    await c.end();
  }
}

/**
 * Sends requests from `concurrency` loops until stopped; returns the request ids Lintel answered, the status of each
 * answer, and how many requests never reached Lintel (connection refused or reset).
 */
function load(url: string, key: string, concurrency: number, pauseMs = 0) {
  const answered: string[] = [];
  const statuses = new Map<number, number>();
  let refused = 0;
  let running = true;
  const loops = Array.from({ length: concurrency }, async () => {
    while (running) {
      try {
        const r = await request(`${url}/v1/chat/completions`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify({ model: 'demo', messages: [{ role: 'user', content: 'keep me' }] }),
        });
        await r.body.text();
        answered.push(String(r.headers['x-request-id']));
        statuses.set(r.statusCode, (statuses.get(r.statusCode) ?? 0) + 1);
        if (pauseMs > 0) await new Promise((r) => setTimeout(r, pauseMs));
      } catch {
        refused++; // the server is gone (shutdown test): never reached Lintel, nothing to record
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  });
  return {
    answered,
    statuses,
    refused: () => refused,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

const config = (u: string) => `${simProviders(u)}
recording: { flush_interval_ms: 100 }
routes:
  - model: demo
    targets: [{ provider: sim, model: gpt-4o-mini }]
`;

describe('nothing lost', () => {
  const schemas: string[] = [];
  let proxy: TcpProxy | undefined;
  let h: Harness | undefined;
  after(async () => {
    await h?.close().catch(() => {});
    await proxy?.close();
    for (const s of schemas) await query(s, `DROP SCHEMA IF EXISTS ${s} CASCADE`).catch(() => {});
  });

  test(`PostgreSQL down for ${OUTAGE_MS / 1000} s under steady load: every answered request has exactly one record`, async () => {
    const schema = testSchemaName('lintel_lost');
    schemas.push(schema);
    proxy = await startTcpProxy(5432);
    const url = TEST_POSTGRES_URL.replace(':5432/', `:${proxy.port}/`);
    h = await startHarness(config, { runtime: { databaseUrl: url, databaseSchema: schema } });
    const l = load(h.url, h.key, 2, 20); // steady, modest load: ~80 requests/s
    await new Promise((r) => setTimeout(r, 1000));
    proxy.cut();
    await new Promise((r) => setTimeout(r, OUTAGE_MS));
    const duringOutage = h.lintel.recorder!.stats();
    assert.ok(
      duringOutage.spooledRecords > 0 || duringOutage.queueDepth > 0,
      'records waited while the store was down',
    );
    proxy.restore();
    await new Promise((r) => setTimeout(r, 1000));
    await l.stop();
    // The spool replays in the background once the store is back.
    const recorder = h.lintel.recorder!;
    const t0 = Date.now();
    while (Date.now() - t0 < 30_000) {
      const s = recorder.stats();
      if (s.spooledRecords === 0 && s.queueDepth === 0 && !s.degraded) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await h.close(); // flushes what is left
    h = undefined;
    const ids = l.answered;
    assert.ok(ids.length > 50, `load ran (${ids.length} requests)`);
    // The store being down never reaches clients: every request was answered, and answered 200.
    assert.equal(l.refused(), 0, 'no request was refused during the outage');
    assert.deepEqual([...l.statuses.keys()], [200], `statuses: ${JSON.stringify([...l.statuses])}`);
    const rows = await query<{ id: string }>(schema, 'SELECT id FROM requests');
    assert.equal(new Set(ids).size, ids.length, 'distinct request ids');
    assert.equal(rows.length, ids.length, 'one row per answered request');
    const stored = new Set(rows.map((r) => r.id));
    for (const id of ids) assert.ok(stored.has(id), `record for ${id}`);
    const [sum] = await query<{ n: string }>(
      schema,
      "SELECT SUM(requests) AS n FROM usage_hourly WHERE dimension = 'model'",
    );
    assert.equal(Number(sum.n), ids.length, 'rollups count each record once');
  });

  test('graceful shutdown under load: every answered request has exactly one record', async () => {
    const schema = testSchemaName('lintel_stop');
    schemas.push(schema);
    const hh = await startHarness(config, { runtime: { databaseUrl: TEST_POSTGRES_URL, databaseSchema: schema } });
    const l = load(hh.url, hh.key, 8);
    await new Promise((r) => setTimeout(r, 1500));
    await hh.close(); // drains in-flight requests, flushes the recorder
    await l.stop();
    const rows = await query<{ id: string }>(schema, 'SELECT id FROM requests');
    assert.ok(l.answered.length > 20);
    // The load ran on past the shutdown: requests after it were refused at the socket, so Lintel never saw them
    // (and must have no record of them), while every one it answered is stored exactly once.
    assert.ok(l.refused() > 0, 'the load reached past the shutdown');
    assert.equal(new Set(l.answered).size, l.answered.length, 'distinct request ids');
    assert.equal(rows.length, l.answered.length);
    const stored = new Set(rows.map((r) => r.id));
    for (const id of l.answered) assert.ok(stored.has(id));
  });

  test('embedded store, records written off the event loop: graceful shutdown under load loses none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lintel-stop-sqlite-'));
    try {
      const file = join(dir, 'lintel.db');
      const hh = await startHarness(config, { runtime: { databaseUrl: `sqlite:${file}` } });
      const l = load(hh.url, hh.key, 8);
      await new Promise((r) => setTimeout(r, 1500));
      await hh.close(); // drains in-flight requests, flushes the recorder, then stops the writer thread
      await l.stop();
      assert.ok(l.answered.length > 20);
      assert.ok(l.refused() > 0, 'the load reached past the shutdown');
      assert.equal(new Set(l.answered).size, l.answered.length, 'distinct request ids');
      const db = new SQLite(file, { readonly: true });
      try {
        const ids = new Set((db.prepare('SELECT id FROM requests').all() as { id: string }[]).map((r) => r.id));
        const explained = new Set(
          (db.prepare('SELECT request_id FROM request_explanations').all() as { request_id: string }[]).map(
            (r) => r.request_id,
          ),
        );
        assert.equal(ids.size, l.answered.length, 'one row per answered request');
        for (const id of l.answered) {
          assert.ok(ids.has(id), `record for ${id}`);
          assert.ok(explained.has(id), `explanation for ${id}`);
        }
        const { n } = db.prepare("SELECT SUM(requests) AS n FROM usage_hourly WHERE dimension = 'model'").get() as {
          n: number;
        };
        assert.equal(n, l.answered.length, 'rollups count each record once');
      } finally {
        db.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

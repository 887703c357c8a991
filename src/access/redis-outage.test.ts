// Redis cut mid-test through a TCP proxy (the real server keeps running for everyone else): fail-closed nodes
// refuse with a clear 503, a fail-open node keeps serving on its own limits, and once Redis is back the shared
// limits are in force again without a restart.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { Redis } from 'ioredis';
import pg from 'pg';
import { TEST_POSTGRES_URL, testSchemaName } from '../storage/database.ts';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';
import { call, chat, mustCall } from './testing/client.ts';
import { startTcpProxy, type TcpProxy } from '../testing/tcp-proxy.ts';

const schema = testSchemaName('access_outage');
const prefix = `lintel-test:${randomBytes(6).toString('hex')}:`;
let proxy: TcpProxy;
let a: Harness;
let b: Harness;
let open: Harness;

function node(mode: 'closed' | 'open') {
  return startHarness(
    (u) => `${simProviders(u)}
routes:
  - model: m
    targets: [{ provider: sim, model: gpt-4o-mini }]
access:
  redis_url: redis://127.0.0.1:${proxy.port}
  redis_prefix: "${prefix}"
  redis_failure_mode: ${mode}
  sync_interval_ms: 100
`,
    { runtime: { databaseUrl: TEST_POSTGRES_URL, databaseSchema: schema } },
  );
}

before(async () => {
  // Nodes sharing one PostgreSQL need one secret (audit signing key, credentials).
  process.env.LINTEL_SECRET_KEY ??= 'outage-test-secret-0123456789';
  proxy = await startTcpProxy(6379, '127.0.0.1');
  a = await node('closed');
  [b, open] = await Promise.all([node('closed'), node('open')]);
  await mustCall(a.url, 'POST', '/admin/tenants', a.key, { name: 'acme' });
});

after(async () => {
  await Promise.all([a, b, open].map((x) => x?.close()));
  await proxy.close();
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
  const redis = new Redis('redis://127.0.0.1:6379');
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

async function newKey(name: string, rpm: number, nodes: Harness[]): Promise<string> {
  const k = await mustCall(a.url, 'POST', '/admin/keys', a.key, { name, tenant: 'acme', limits: { rpm } });
  for (const n of nodes) {
    while ((await call(n.url, 'GET', '/admin/whoami', k.key)).status !== 200)
      await new Promise((r) => setTimeout(r, 20));
  }
  return k.key;
}

/** Polls until the node answers 200 again (Redis reconnects by itself). */
async function untilServing(h: Harness, key: string): Promise<void> {
  const t0 = Date.now();
  for (;;) {
    const r = await chat(h.url, key, 'm');
    if (r.status === 200) return;
    assert.equal(r.status, 503, r.text);
    assert.ok(Date.now() - t0 < 5000, 'Redis came back but the node did not');
    await new Promise((res) => setTimeout(res, 50));
  }
}

test('fail-closed: 503 while Redis is away, shared limits resume when it is back', async () => {
  const key = await newKey('closed', 10, [a, b]);
  for (let i = 0; i < 3; i++) assert.equal((await chat(a.url, key, 'm')).status, 200);
  await proxy.cut();
  const refused = await chat(a.url, key, 'm');
  assert.equal(refused.status, 503);
  assert.equal(refused.json.error.code, 'limits_unavailable');
  assert.match(refused.json.error.message, /Redis\) is unreachable/);
  assert.equal((await chat(b.url, key, 'm')).status, 503);
  const down = a.lintel.access.stats().redis;
  assert.ok(down && !down.redisUp && down.failClosedRefusals >= 1 && down.redisErrors >= 1);

  await proxy.restore();
  await untilServing(a, key);
  assert.equal(a.lintel.access.stats().redis?.redisUp, true);
  // 3 before the cut and the probe that passed count against the same shared 10 on both nodes; refused probes
  // never counted.
  const rs = await Promise.all(Array.from({ length: 20 }, (_, i) => chat(i % 2 ? a.url : b.url, key, 'm')));
  assert.equal(rs.filter((r) => r.status === 200).length, 10 - 3 - 1);
  assert.ok(rs.filter((r) => r.status !== 200).every((r) => r.status === 429));
});

test('fail-open: keeps serving on per-node limits, then shared limits again', async () => {
  const key = await newKey('open', 4, [a, open]);
  await proxy.cut();
  const during = [];
  for (let i = 0; i < 6; i++) during.push((await chat(open.url, key, 'm')).status);
  assert.deepEqual(during, [200, 200, 200, 200, 429, 429], 'the node enforces the limit on its own');
  const stats = open.lintel.access.stats().redis;
  assert.ok(stats && stats.failOpenAdmits >= 6 && !stats.redisUp);
  assert.equal((await chat(a.url, key, 'm')).status, 503, 'the fail-closed node still refuses');

  await proxy.restore();
  await untilServing(a, key);
  // Back on Redis: the shared window holds a's probe; open and a now draw on the same 4.
  const rs = [];
  for (let i = 0; i < 5; i++) rs.push((await chat(i % 2 ? a.url : open.url, key, 'm')).status);
  assert.deepEqual(rs, [200, 200, 200, 429, 429]);
  assert.equal(open.lintel.access.stats().redis?.redisUp, true);
});

// Three real `lintel serve` processes on one PostgreSQL schema and one Redis prefix: limits and budgets are exact
// across nodes, revocation reaches every node within a second, and the provider key never shows anywhere.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createPriceBook } from '../cost/price-book.ts';
import { type Simulator, startSimulator } from '../simulator/index.ts';
import { TEST_POSTGRES_URL, testSchemaName } from '../storage/database.ts';
import { type Cluster, startCluster } from './testing/cluster.ts';
import { call, chat, mustCall, type Reply, settledKey } from './testing/client.ts';

const REDIS_URL = process.env.LINTEL_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const MASTER = `lk-master-${randomBytes(12).toString('hex')}`;
const PROVIDER_SECRET = `sk-provider-${randomBytes(16).toString('hex')}`;
const STORED_SECRET = `sk-stored-${randomBytes(16).toString('hex')}`;
const schema = testSchemaName('access_cluster');
const prefix = `lintel-test:${randomBytes(6).toString('hex')}:`;
const prices = createPriceBook();

let sim: Simulator;
let cluster: Cluster;
const replies: Reply[] = [];

function node(i: number): string {
  return cluster.nodes[i % cluster.nodes.length].url;
}

async function logged(p: Promise<Reply>): Promise<Reply> {
  const r = await p;
  replies.push(r);
  return r;
}

before(async () => {
  sim = await startSimulator({
    port: 0,
    quiet: true,
    apiKey: PROVIDER_SECRET,
    models: { o1: { outputTokens: 500 }, failing: { errorRate: 1, errorStatus: 500 } },
  });
  const config = `
storage:
  database_url: ${TEST_POSTGRES_URL}
  schema: ${schema}
providers:
  sim:
    kind: openai-compatible
    base_url: ${sim.url}/v1
    api_key: ${PROVIDER_SECRET}
routes:
  - model: cheap
    targets: [{ provider: sim, model: gpt-4o-mini }]
  - model: pricey
    targets: [{ provider: sim, model: o1 }]
  - model: broken
    retry: { attempts: 1 }
    targets: [{ provider: sim, model: failing }]
access:
  redis_url: ${REDIS_URL}
  redis_prefix: "${prefix}"
  sync_interval_ms: 250
`;
  cluster = await startCluster(3, config, {
    LINTEL_MASTER_KEY: MASTER,
    LINTEL_SECRET_KEY: 'test-secret-key-0123456789abcdef',
    LINTEL_LOG_LEVEL: 'debug',
  });
  await mustCall(node(0), 'POST', '/admin/tenants', MASTER, { name: 'acme' });
  await mustCall(node(0), 'POST', '/admin/tenants/acme/teams', MASTER, { name: 'core' });
});

after(async () => {
  await cluster?.close();
  await sim?.close();
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

/** Waits until every node knows the key (without spending its rate limit). */
async function visibleEverywhere(key: string): Promise<void> {
  const deadline = Date.now() + 5000;
  for (let i = 0; i < cluster.nodes.length; i++) {
    while ((await call(node(i), 'GET', '/admin/whoami', key)).status !== 200) {
      if (Date.now() > deadline) throw new Error(`node ${i} never saw the key`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

test('300 concurrent requests over 3 nodes with a 100 rpm key: exactly 100 succeed', async () => {
  const k = await mustCall(node(0), 'POST', '/admin/keys', MASTER, {
    name: 'rpm-100',
    tenant: 'acme',
    team: 'core',
    limits: { rpm: 100 },
  });
  await visibleEverywhere(k.key);
  const t0 = Date.now();
  const rs = await Promise.all(Array.from({ length: 300 }, (_, i) => logged(chat(node(i), k.key, 'cheap'))));
  const ok = rs.filter((r) => r.status === 200);
  const limited = rs.filter((r) => r.status === 429);
  assert.equal(ok.length, 100, `statuses: ${JSON.stringify(rs.map((r) => r.status))}`);
  assert.equal(limited.length, 200);
  for (const r of rs) assert.equal(r.headers['x-ratelimit-limit-requests'], '100');
  for (const r of limited) {
    assert.equal(r.json.error.code, 'rate_limit_exceeded');
    assert.equal(r.headers['x-ratelimit-remaining-requests'], '0');
    assert.ok(Number(r.headers['retry-after']) >= 1);
  }
  assert.ok(Date.now() - t0 < 15_000);
});

test('a $1.00 budget across 3 nodes under concurrent load is never exceeded by more than one request', async () => {
  const k = await mustCall(node(0), 'POST', '/admin/keys', MASTER, {
    name: 'budget-1',
    tenant: 'acme',
    models: ['pricey'],
    budget: { usd: 1, period: 'total' },
  });
  await visibleEverywhere(k.key);
  const rs = await Promise.all(
    Array.from({ length: 90 }, (_, i) => logged(chat(node(i), k.key, 'pricey', { max_tokens: 500 }))),
  );
  const ok = rs.filter((r) => r.status === 200);
  const costs = ok.map(
    (r) =>
      prices.cost('o1', { inputTokens: r.json.usage.prompt_tokens, outputTokens: r.json.usage.completion_tokens })
        .costUsd as number,
  );
  const spent = costs.reduce((a, b) => a + b, 0);
  const largest = Math.max(...costs);
  assert.ok(spent <= 1 + largest, `spent ${spent}`);
  assert.ok(spent >= 1 - 2 * largest, `the budget was not falsely exhausted: spent ${spent}`);
  const refused = rs.filter((r) => r.status !== 200);
  assert.ok(refused.length > 0);
  for (const r of refused) {
    assert.equal(r.status, 429);
    assert.equal(r.json.error.code, 'budget_exceeded');
    assert.match(r.json.error.message, /total budget of key "budget-1" is \$1\.00/);
  }
  const view = await settledKey(node(2), k.id, MASTER);
  assert.ok(Math.abs(view.spend.spent_usd - spent) < 1e-6, `${view.spend.spent_usd} vs ${spent}`);
  assert.equal(view.spend.reserved_usd, 0);
});

test('a revoked key is refused on every node within one second', async () => {
  const k = await mustCall(node(0), 'POST', '/admin/keys', MASTER, { name: 'to-revoke', tenant: 'acme' });
  await visibleEverywhere(k.key);
  const t0 = Date.now();
  await mustCall(node(1), 'POST', `/admin/keys/${k.id}/revoke`, MASTER);
  const refusedAfter = await Promise.all(
    cluster.nodes.map(async (_, i) => {
      for (;;) {
        const r = await logged(chat(node(i), k.key, 'cheap'));
        if (r.status === 401) {
          assert.equal(r.json.error.message, 'This API key has been revoked.');
          return Date.now() - t0;
        }
        assert.ok(Date.now() - t0 < 2000, `node ${i} still accepts the key`);
        await new Promise((res) => setTimeout(res, 20));
      }
    }),
  );
  for (const ms of refusedAfter) assert.ok(ms <= 1000, `refused after ${ms} ms`);
});

test('the provider API key never appears in any log line, API response or error', async () => {
  const c = await logged(
    call(node(0), 'POST', '/admin/provider-credentials', MASTER, {
      name: 'openai-prod',
      provider: 'sim',
      api_key: STORED_SECRET,
    }),
  );
  assert.equal(c.status, 201, c.text);
  await logged(call(node(1), 'GET', '/admin/provider-credentials', MASTER));
  await logged(call(node(2), 'GET', `/admin/provider-credentials/${c.json.id}`, MASTER));
  await logged(
    call(node(0), 'POST', '/admin/provider-credentials', MASTER, {
      name: 'openai-prod',
      provider: 'sim',
      api_key: STORED_SECRET,
    }),
  );
  await logged(
    call(node(0), 'POST', '/admin/provider-credentials', MASTER, { name: 'x', provider: 'sim', api_key: 42 }),
  );
  const broken = await logged(chat(node(1), MASTER, 'broken'));
  assert.ok(broken.status >= 500, String(broken.status));
  await logged(chat(node(2), MASTER, 'cheap', { stream: true }));
  await logged(chat(node(0), MASTER, 'cheap', { max_tokens: -1 }));
  await logged(chat(node(0), 'wrong-key', 'cheap'));
  const openapi = await logged(call(node(0), 'GET', '/admin/openapi.json', null));
  assert.equal(openapi.status, 200);
  // Logs are written asynchronously: wait until every node's output has been quiet for 250 ms (bounded).
  for (let last = -1, quietSince = Date.now(), deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    const n = cluster.output().length;
    if (n !== last) [last, quietSince] = [n, Date.now()];
    else if (Date.now() - quietSince >= 250) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  const everything = cluster.output() + replies.map((r) => JSON.stringify(r.headers) + r.text).join('\n');
  assert.ok(everything.length > 1000, 'the processes and responses said something');
  assert.ok(
    sim.requests.some((r) => r.headers.authorization === `Bearer ${PROVIDER_SECRET}`),
    'the key was used',
  );
  assert.ok(!everything.includes(PROVIDER_SECRET), 'the configured provider key leaked');
  assert.ok(!everything.includes(STORED_SECRET), 'a stored provider credential leaked');
});

// Redis comes back empty (restart without persistence, failover to an empty replica): limits and budgets must not
// reset. Two nodes on PostgreSQL + Redis; Lintel's keys are deleted from Redis mid-minute (the same thing FLUSHALL
// does to them, without touching other tests' keys); the next calls are still refused and the spend is still there,
// rebuilt once (one node, under a lock) from the request log — with a log line, a metric and an audit event.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import pg from 'pg';
import { TEST_POSTGRES_URL, testSchemaName } from '../storage/database.ts';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';
import { RedisLimitStore } from './limits/redis-store.ts';
import type { ScopeCheck } from './limits/types.ts';
import { deleteByPrefix } from './redis-client.ts';
import { call, chat, mustCall } from './testing/client.ts';
import { NO_LIMITS } from './types.ts';

const REDIS_URL = process.env.LINTEL_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const schema = testSchemaName('redis_emptied');
const prefix = `lintel-test:${randomBytes(6).toString('hex')}:`;
const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
const db = new pg.Client({ connectionString: TEST_POSTGRES_URL });
let a: Harness;
let b: Harness;

function node() {
  return startHarness(
    (u) => `${simProviders(u)}
routes:
  - model: m
    targets: [{ provider: sim, model: gpt-4o-mini }]
access:
  redis_url: ${REDIS_URL}
  redis_prefix: "${prefix}"
  sync_interval_ms: 100
recording:
  flush_interval_ms: 50
`,
    { runtime: { databaseUrl: TEST_POSTGRES_URL, databaseSchema: schema } },
  );
}

/** Deletes every key of this test's prefix: what a Redis restart without persistence does to them. */
const emptyRedis = () => deleteByPrefix(redis, prefix);

async function until(what: string, ok: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const t0 = Date.now();
  while (!(await ok())) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

const recorded = async (keyId: string) =>
  (
    await db.query(
      `SELECT count(*)::int AS n, coalesce(sum(cost_usd), 0)::float8 AS cost FROM ${schema}.requests WHERE key_id = $1 AND status = 200`,
      [keyId],
    )
  ).rows[0] as { n: number; cost: number };

const rebuilds = () => [a, b].reduce((s, h) => s + (h.lintel.access.stats().redis?.rebuilds ?? 0), 0);

before(async () => {
  process.env.LINTEL_SECRET_KEY ??= 'emptied-test-secret-0123456789';
  await db.connect();
  a = await node();
  b = await node();
  await mustCall(a.url, 'POST', '/admin/tenants', a.key, { name: 'acme' });
});

after(async () => {
  await Promise.all([a, b].map((x) => x?.close()));
  await emptyRedis();
  redis.disconnect();
  await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await db.end();
});

async function newKey(body: Record<string, unknown>) {
  const k = await mustCall(a.url, 'POST', '/admin/keys', a.key, { tenant: 'acme', ...body });
  for (const n of [a, b])
    await until('the key on every node', async () => (await call(n.url, 'GET', '/admin/whoami', k.key)).status === 200);
  return k;
}

test('60 per minute stays 60 when Redis loses its data mid-minute; spend is rebuilt from the request log', async () => {
  const k = await newKey({ name: 'sixty', limits: { rpm: 60 }, budget: { usd: 50, period: 'month' } });
  const statuses: number[] = [];
  for (let i = 0; i < 60; i++) statuses.push((await chat(i % 2 ? a.url : b.url, k.key, 'm')).status);
  assert.deepEqual([...new Set(statuses)], [200]);
  assert.equal((await chat(a.url, k.key, 'm')).status, 429, 'the 61st call of the minute is refused');
  await until('60 answered records in PostgreSQL', async () => (await recorded(k.id)).n === 60);
  const spentBefore = (await mustCall(a.url, 'GET', `/admin/keys/${k.id}`, a.key)).spend.spent_usd;
  assert.ok(spentBefore > 0);
  const rebuildsBefore = rebuilds();

  assert.ok((await emptyRedis()) > 0, 'Redis held the key state');
  // Both nodes see the empty Redis at once; one rebuilds, the other waits for it.
  const after = await Promise.all(Array.from({ length: 10 }, (_, i) => chat(i % 2 ? a.url : b.url, k.key, 'm')));
  assert.deepEqual(
    after.map((r) => r.status),
    Array(10).fill(429),
    after.map((r) => r.text).join('\n'),
  );
  assert.match(after[0].json.error.message, /60 requests per minute/);
  assert.equal(rebuilds() - rebuildsBefore, 1, 'rebuilt once, by one node');

  const view = await mustCall(a.url, 'GET', `/admin/keys/${k.id}`, a.key);
  const inLog = (await recorded(k.id)).cost;
  assert.ok(Math.abs(view.spend.spent_usd - spentBefore) < 1e-9, `${view.spend.spent_usd} vs ${spentBefore}`);
  assert.ok(Math.abs(view.spend.spent_usd - inLog) < 1e-9, 'Redis counts what PostgreSQL recorded');

  const metrics = (await call(a.url, 'GET', '/metrics', null)).text + (await call(b.url, 'GET', '/metrics', null)).text;
  assert.match(metrics, /lintel_limits_rebuilds_total\{kind="restored"\} [1-9]/);
  await until('the audit event', async () => {
    const r = await db.query(`SELECT count(*)::int AS n FROM ${schema}.audit_events WHERE action = 'limits.rebuild'`);
    return r.rows[0].n >= 1;
  });
});

test('an exhausted budget stays exhausted after Redis loses its data', async () => {
  const k = await newKey({ name: 'tiny', budget: { usd: 0.0001, period: 'day' } });
  let refused = null;
  for (let i = 0; i < 200 && !refused; i++) {
    const r = await chat(a.url, k.key, 'm', { max_tokens: 50 });
    if (r.status === 429) refused = r;
    else assert.equal(r.status, 200, r.text);
  }
  assert.ok(refused, 'the budget ran out');
  assert.equal(refused.json.error.type, 'insufficient_quota');
  const answered = await mustCall(a.url, 'GET', `/admin/keys/${k.id}`, a.key);
  await until(
    'every answered call recorded',
    async () => (await recorded(k.id)).cost >= answered.spend.spent_usd - 1e-12,
  );
  await emptyRedis();
  const r = await chat(b.url, k.key, 'm', { max_tokens: 50 });
  assert.equal(r.status, 429, r.text);
  assert.equal(r.json.error.type, 'insufficient_quota');
});

test('a call in flight when Redis emptied is counted once when it settles', async () => {
  const store = new RedisLimitStore(redis, {
    prefix: `${prefix}store:`,
    concurrencyLeaseMs: 60_000,
    reservationLeaseMs: 60_000,
    rebuild: async () => [],
  });
  const s: ScopeCheck = {
    id: 'k:x',
    level: 'key',
    tenant: 'acme',
    name: 'x',
    limits: { ...NO_LIMITS, rpm: 5, concurrency: 3 },
    budget: { usd: 1, period: 'total', periodId: 'total', endsAt: null },
  };
  const admitted = await store.admit({ scopes: [s], tokens: 10, costUsd: 0.2 });
  assert.ok(admitted.ok);
  // Tickets and the rebuild's epoch are Redis milliseconds: a rebuild within the admit's own millisecond cannot be
  // told apart from a first-use seed just before it (and is not recounted). Step past it, as any real outage does.
  await new Promise((r) => setTimeout(r, 3));
  await emptyRedis();
  // Another call rebuilds the (now empty) tenant state before the first one settles.
  const second = await store.admit({ scopes: [s], tokens: 10, costUsd: 0.2 });
  assert.ok(second.ok);
  assert.equal(second.states[0].remainingRequests, 4, 'the rebuilt window only knows what was recorded');
  await store.settle(admitted.ticket, { tokens: 10, costUsd: 0.1 });
  await store.settle(admitted.ticket, { tokens: 10, costUsd: 0.1 }); // a retried settle
  await store.settle(second.ticket, { tokens: 10, costUsd: 0.1 });
  assert.deepEqual(await store.budgetState('k:x', 'total', 'acme'), { spentUsd: 0.2, reservedUsd: 0 });
  const third = await store.admit({ scopes: [s], tokens: 10, costUsd: 0 });
  assert.ok(third.ok);
  assert.equal(third.states[0].remainingRequests, 2, 'the late call is back in the window');
});

test('only the epoch key lost (evicted): the rebuild raises counts to the log, never doubles them', async () => {
  const logSecond = Math.floor(Date.now() / 1000);
  const store = new RedisLimitStore(redis, {
    prefix: `${prefix}evict:`,
    concurrencyLeaseMs: 60_000,
    reservationLeaseMs: 60_000,
    rebuild: async () => [
      // What the log says: 0.3 spent and 2 requests in one second (the same second for both rebuilds).
      { scope: s, spentUsd: 0.3, buckets: [[logSecond, 2, 0]] },
    ],
  });
  const s: ScopeCheck = {
    id: 'k:e',
    level: 'key',
    tenant: 'acme',
    name: 'e',
    limits: { ...NO_LIMITS, rpm: 10 },
    budget: { usd: 1, period: 'total', periodId: 'total', endsAt: null },
  };
  // First use: Redis counts from the (same) log, then two more calls are admitted and settled.
  const first = await store.admit({ scopes: [s], tokens: 1, costUsd: 0.1 });
  assert.ok(first.ok);
  await store.settle(first.ticket, { tokens: 1, costUsd: 0.1 });
  assert.ok(Math.abs((await store.budgetState('k:e', 'total', 'acme')).spentUsd - 0.4) < 1e-9);
  assert.equal(await redis.del(`${prefix}evict:{t:acme}epoch`), 1);
  const next = await store.admit({ scopes: [s], tokens: 1, costUsd: 0 });
  assert.ok(next.ok);
  assert.ok(Math.abs((await store.budgetState('k:e', 'total', 'acme')).spentUsd - 0.4) < 1e-9, 'not 0.7');
  assert.equal(next.states[0].remainingRequests, 10 - 3 - 1, 'the window holds 3 before this call, not 5');
});

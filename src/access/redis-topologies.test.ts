// Limits, budgets and the cache on Redis Sentinel and Redis Cluster, each started for real (redis-server processes
// on free ports, removed afterwards): the URL forms parse (and bad ones fail with a clear message), every key a
// request's scripts touch is in one cluster slot (the server would answer CROSSSLOT otherwise), and a node behind
// either topology enforces the same numbers.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Redis as RedisServer } from 'ioredis';
import { Redis } from 'ioredis';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';
import { accessConfigSchema } from './config.ts';
import { epochKey, lateSettleKey, scopeKeys } from './limits/redis-keys.ts';
import { RedisLimitStore } from './limits/redis-store.ts';
import type { ScopeCheck } from './limits/types.ts';
import { createRedisClient, parseRedisUrl } from './redis-client.ts';
import { chat, mustCall } from './testing/client.ts';
import {
  type RedisTopology,
  redisBinariesPresent,
  type SentinelTopology,
  startRedisCluster,
  startRedisSentinel,
} from './testing/redis-topology.ts';
import { NO_LIMITS } from './types.ts';

test('Redis URLs: plain, Sentinel and Cluster forms, and clear errors for bad ones', () => {
  assert.deepEqual(parseRedisUrl('redis://:pw@h:6380/2'), { mode: 'single', url: 'redis://:pw@h:6380/2' });
  assert.deepEqual(parseRedisUrl('redis+sentinel://u:p%40ss@s1:26379,s2/mymaster/3?sentinel_password=sp'), {
    mode: 'sentinel',
    sentinels: [
      { host: 's1', port: 26379 },
      { host: 's2', port: 26379 },
    ],
    name: 'mymaster',
    db: 3,
    username: 'u',
    password: 'p@ss',
    sentinelPassword: 'sp',
    tls: false,
  });
  assert.deepEqual(parseRedisUrl('rediss-cluster://:pw@n1:7000,[::1]:7001'), {
    mode: 'cluster',
    nodes: [
      { host: 'n1', port: 7000 },
      { host: '::1', port: 7001 },
    ],
    username: undefined,
    password: 'pw',
    tls: true,
  });
  const bad: [string, RegExp][] = [
    ['http://h:6379', /must start with redis:\/\//],
    ['redis://a:1,b:2', /redis\+sentinel:\/\/ or redis\+cluster/],
    ['redis+sentinel://s1:26379', /names no master/],
    ['redis+cluster://n1:7000/0', /no database number/],
    ['redis+cluster://n1:99999', /out of range/],
    ['redis+cluster://n1:7000?timeout=5', /unknown option "timeout"/],
  ];
  for (const [url, msg] of bad) assert.throws(() => parseRedisUrl(url), msg, url);
  const r = accessConfigSchema.safeParse({ redis_url: 'redis+sentinel://s1:26379' });
  assert.ok(!r.success && /redis_url/.test(JSON.stringify(r.error.issues[0].path)));
  assert.match(r.success ? '' : r.error.issues[0].message, /names no master/);
  const p = accessConfigSchema.safeParse({ redis_prefix: 'a{b}:' });
  assert.ok(!p.success && /hash tag/.test(p.error.issues[0].message));
});

const scope = (id: string, level: ScopeCheck['level'], tenant: string | null, over: Partial<ScopeCheck> = {}) =>
  ({ id, level, tenant, name: id, limits: { ...NO_LIMITS }, budget: null, ...over }) as ScopeCheck;

describe('Redis Cluster and Sentinel (real servers)', async () => {
  const present = await redisBinariesPresent();
  let cluster: RedisTopology;
  let sentinel: SentinelTopology;
  before(async () => {
    if (!present) return;
    [cluster, sentinel] = await Promise.all([startRedisCluster(), startRedisSentinel()]);
  });
  after(async () => {
    await Promise.all([cluster?.close(), sentinel?.close()]);
  });

  test(
    'every key of one request is in one slot; tenants spread over slots',
    { skip: !present && 'redis-server or redis-cli not installed' },
    async () => {
      const node = new Redis(cluster.servers[0]);
      try {
        const slot = (k: string) => node.cluster('KEYSLOT', k) as Promise<number>;
        const budget = { usd: 1, period: 'day' as const, periodId: '2026-01-01', endsAt: 1 };
        for (const tenant of ['acme', 'globex', null]) {
          const keys = [
            ...Object.values(scopeKeys('lintel:', scope('t:x', 'tenant', tenant, { budget }))),
            ...Object.values(scopeKeys('lintel:', scope('tm:x/y', 'team', tenant))),
            ...Object.values(scopeKeys('lintel:', scope('k:abc', 'key', tenant, { budget }))),
            ...Object.values(scopeKeys('lintel:', scope('u:x/someone', 'end_user', tenant))),
            epochKey('lintel:', tenant),
            lateSettleKey('lintel:', tenant, 'n.1'),
          ];
          const slots = new Set(await Promise.all(keys.map(slot)));
          assert.equal(slots.size, 1, `tenant ${tenant}: ${keys.join(' ')}`);
        }
        const spread = new Set(await Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map((t) => slot(epochKey('p:', t)))));
        assert.ok(spread.size > 1, 'different tenants land on different slots');
      } finally {
        node.disconnect();
      }
    },
  );

  for (const which of ['cluster', 'sentinel'] as const) {
    test(
      `limit store over ${which}: multi-scope admits and settles are exact`,
      { skip: !present && 'redis-server or redis-cli not installed' },
      async () => {
        const topo = which === 'cluster' ? cluster : sentinel;
        const target = parseRedisUrl(topo.url);
        assert.equal(target.mode, which);
        const redis = createRedisClient(target, { commandTimeoutMs: 2000 });
        await redis.connect();
        try {
          const store = new RedisLimitStore(redis, {
            prefix: `t${which}:`,
            concurrencyLeaseMs: 60_000,
            reservationLeaseMs: 60_000,
          });
          const budget = { usd: 1, period: 'total' as const, periodId: 'total', endsAt: null };
          for (const tenant of ['acme', 'globex']) {
            const scopes = [
              scope(`t:${tenant}`, 'tenant', tenant, { limits: { rpm: 100, tpm: 1000, concurrency: 10 }, budget }),
              scope(`k:${tenant}1`, 'key', tenant, { limits: { rpm: 3, tpm: null, concurrency: null }, budget }),
            ];
            const results = [];
            for (let i = 0; i < 4; i++) results.push(await store.admit({ scopes, tokens: 10, costUsd: 0.1 }));
            assert.deepEqual(
              results.map((r) => r.ok),
              [true, true, true, false],
            );
            for (const r of results) if (r.ok) await store.settle(r.ticket, { tokens: 5, costUsd: 0.05 });
            const state = await store.budgetState(`k:${tenant}1`, 'total', tenant);
            assert.ok(Math.abs(state.spentUsd - 0.15) < 1e-9 && state.reservedUsd === 0, JSON.stringify(state));
          }
        } finally {
          redis.disconnect();
        }
      },
    );
  }

  test(
    'Sentinel failover: the store follows the new master and the counts survive',
    { skip: !present && 'redis-server or redis-cli not installed' },
    async () => {
      const redis = createRedisClient(parseRedisUrl(sentinel.url), { commandTimeoutMs: 2000 });
      await redis.connect();
      try {
        const store = new RedisLimitStore(redis, {
          prefix: 'tfailover:',
          concurrencyLeaseMs: 60_000,
          reservationLeaseMs: 60_000,
        });
        const scopes = [scope('k:f', 'key', 'acme', { limits: { rpm: 3, tpm: null, concurrency: null } })];
        for (let i = 0; i < 3; i++) assert.ok((await store.admit({ scopes, tokens: 1, costUsd: 0 })).ok);
        // The replica has the counts once it acknowledged them: WAIT for it before promoting it.
        await (redis as RedisServer).call('WAIT', 1, 5000);
        await sentinel.failover();
        // Commands fail fast while ioredis finds the new master; the failure policy covers that gap.
        const t0 = Date.now();
        let r: Awaited<ReturnType<typeof store.admit>> | null = null;
        while (r === null) {
          try {
            r = await store.admit({ scopes, tokens: 1, costUsd: 0 });
          } catch (err) {
            assert.ok(Date.now() - t0 < 20_000, `never reached the new master: ${(err as Error).message}`);
            await new Promise((res) => setTimeout(res, 100));
          }
        }
        assert.ok(!r.ok && r.kind === 'rpm', 'the 4th call of the minute is still refused on the new master');
      } finally {
        redis.disconnect();
      }
    },
  );

  test(
    'a node on Redis Cluster: rate limit, budget and cache through the server',
    { skip: !present && 'redis-server or redis-cli not installed' },
    async () => {
      let h: Harness | undefined;
      try {
        h = await startHarness(
          (u) => `${simProviders(u)}
routes:
  - model: m
    targets: [{ provider: sim, model: gpt-4o-mini }]
access:
  redis_url: ${cluster.url}
  redis_prefix: "node:"
  cache: { enabled: true }
`,
        );
        await mustCall(h.url, 'POST', '/admin/tenants', h.key, { name: 'acme' });
        const k = await mustCall(h.url, 'POST', '/admin/keys', h.key, {
          name: 'three',
          tenant: 'acme',
          limits: { rpm: 3 },
          budget: { usd: 5, period: 'month' },
        });
        const statuses = [];
        for (let i = 0; i < 4; i++)
          statuses.push((await chat(h.url, k.key, 'm', { messages: [{ role: 'user', content: `q${i}` }] })).status);
        assert.deepEqual(statuses, [200, 200, 200, 429]);
        const view = await mustCall(h.url, 'GET', `/admin/keys/${k.id}`, h.key);
        assert.ok(view.spend.spent_usd > 0, JSON.stringify(view.spend));
        assert.equal(h.lintel.access.stats().redis?.topology, 'cluster');
      } finally {
        await h?.close();
      }
    },
  );
});

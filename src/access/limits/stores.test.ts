// One contract, two stores: the in-process store and the Redis scripts must agree on every number.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import { NO_LIMITS } from '../types.ts';
import { MemoryLimitStore } from './memory-store.ts';
import { RedisLimitStore } from './redis-store.ts';
import type { LimitStore, ScopeCheck } from './types.ts';

const REDIS_URL = process.env.LINTEL_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `lintel-test:${randomBytes(6).toString('hex')}:`;
const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });

after(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

function scope(id: string, over: Partial<ScopeCheck> = {}): ScopeCheck {
  return { id, level: 'key', tenant: null, name: id, limits: { ...NO_LIMITS }, budget: null, ...over };
}

const budget = (usd: number) => ({ usd, period: 'total' as const, periodId: 'total', endsAt: null });

const stores: [string, (clock?: () => number) => LimitStore][] = [
  ['memory', (clock) => new MemoryLimitStore(clock)],
  [
    'redis',
    (clock) =>
      new RedisLimitStore(redis, {
        prefix: `${prefix}${randomBytes(3).toString('hex')}:`,
        concurrencyLeaseMs: 60_000,
        reservationLeaseMs: 60_000,
        clock,
      }),
  ],
];

for (const [name, make] of stores) {
  describe(`${name} limit store`, () => {
    test('requests per minute: exactly the limit passes, with remaining counting down', async () => {
      const store = make();
      const s = scope('k1', { limits: { rpm: 3, tpm: null, concurrency: null } });
      const results = [];
      for (let i = 0; i < 5; i++) results.push(await store.admit({ scopes: [s], tokens: 10, costUsd: 0 }));
      assert.deepEqual(
        results.map((r) => r.ok),
        [true, true, true, false, false],
      );
      assert.deepEqual(
        results.slice(0, 3).map((r) => r.states[0].remainingRequests),
        [2, 1, 0],
      );
      const refused = results[3];
      assert.ok(!refused.ok && refused.kind === 'rpm' && refused.scope === 0);
      // The oldest second's bucket leaves the window 60 to 61 s after it was counted.
      assert.ok(refused.retryAfterMs > 59_000 && refused.retryAfterMs <= 61_000, String(refused.retryAfterMs));
    });

    test('the most restrictive scope refuses, and a refused request counts nowhere', async () => {
      const store = make();
      const tenant = scope('t', { level: 'tenant', limits: { rpm: 10, tpm: null, concurrency: null } });
      const key = scope('k', { limits: { rpm: 2, tpm: null, concurrency: null } });
      for (let i = 0; i < 4; i++) await store.admit({ scopes: [tenant, key], tokens: 1, costUsd: 0 });
      const r = await store.admit({ scopes: [tenant], tokens: 1, costUsd: 0 });
      assert.ok(r.ok);
      assert.equal(r.states[0].remainingRequests, 7, 'only the 2 admitted requests and this one counted');
      const r2 = await store.admit({ scopes: [tenant, key], tokens: 1, costUsd: 0 });
      assert.ok(!r2.ok && r2.scope === 1);
    });

    test('tokens per minute: estimate reserved, corrected after with actual usage', async () => {
      const store = make();
      const s = scope('k', { limits: { rpm: null, tpm: 1000, concurrency: null } });
      const a = await store.admit({ scopes: [s], tokens: 600, costUsd: 0 });
      assert.ok(a.ok);
      assert.equal(a.states[0].remainingTokens, 400);
      const b = await store.admit({ scopes: [s], tokens: 600, costUsd: 0 });
      assert.ok(!b.ok && b.kind === 'tpm');
      await store.settle(a.ticket, { tokens: 100, costUsd: 0 });
      const c = await store.admit({ scopes: [s], tokens: 600, costUsd: 0 });
      assert.ok(c.ok, 'the correction freed 500 tokens');
      assert.equal(c.states[0].remainingTokens, 300);
      const big = await store.admit({ scopes: [s], tokens: 5000, costUsd: 0 });
      assert.ok(!big.ok && big.kind === 'tpm' && big.retryAfterMs === 60_000);
    });

    test('concurrency: slots are held until settle', async () => {
      const store = make();
      const s = scope('k', { limits: { rpm: null, tpm: null, concurrency: 2 } });
      const a = await store.admit({ scopes: [s], tokens: 1, costUsd: 0 });
      const b = await store.admit({ scopes: [s], tokens: 1, costUsd: 0 });
      const c = await store.admit({ scopes: [s], tokens: 1, costUsd: 0 });
      assert.ok(a.ok && b.ok && !c.ok && c.kind === 'concurrency');
      await store.settle(a.ticket, { tokens: 1, costUsd: 0 });
      await store.settle(a.ticket, { tokens: 1, costUsd: 0 }); // repeated settle is harmless
      assert.ok((await store.admit({ scopes: [s], tokens: 1, costUsd: 0 })).ok);
      assert.ok(!(await store.admit({ scopes: [s], tokens: 1, costUsd: 0 })).ok);
    });

    test('budget: reserve, settle to actual, refuse when the reservation would not fit, alert once', async () => {
      const store = make();
      const s = scope('k', { budget: budget(1) });
      const a = await store.admit({ scopes: [s], tokens: 1, costUsd: 0.4 });
      const b = await store.admit({ scopes: [s], tokens: 1, costUsd: 0.4 });
      const c = await store.admit({ scopes: [s], tokens: 1, costUsd: 0.4 });
      assert.ok(a.ok && b.ok);
      assert.ok(!c.ok && c.kind === 'budget');
      assert.equal(c.reservedUsd, 0.8);
      assert.deepEqual(await store.budgetState('k', 'total', null), { spentUsd: 0, reservedUsd: 0.8 });
      const alertsA = await store.settle(a.ticket, { tokens: 1, costUsd: 0.55 });
      assert.deepEqual(
        alertsA.map((x) => [x.threshold, x.spentUsd]),
        [[0.5, 0.55]],
      );
      assert.deepEqual(await store.settle(a.ticket, { tokens: 1, costUsd: 0.55 }), [], 'settles once');
      const alertsB = await store.settle(b.ticket, { tokens: 1, costUsd: 0.3 });
      assert.deepEqual(
        alertsB.map((x) => x.threshold),
        [0.8],
      );
      const st = await store.budgetState('k', 'total', null);
      assert.ok(Math.abs(st.spentUsd - 0.85) < 1e-9 && st.reservedUsd < 1e-9, JSON.stringify(st));
      const d = await store.admit({ scopes: [s], tokens: 1, costUsd: 0.2 });
      assert.ok(!d.ok && d.kind === 'budget');
      assert.deepEqual(
        d.alerts.map((x) => [x.threshold, x.cause]),
        [[1, 'refused']],
      );
      const e = await store.admit({ scopes: [s], tokens: 1, costUsd: 0.1 });
      assert.ok(e.ok, '0.85 + 0.1 fits');
      assert.deepEqual((await store.admit({ scopes: [s], tokens: 1, costUsd: 0.1 })).alerts, [], 'alerted once');
    });

    test("a budget's own alert thresholds: each once, in order, whatever the shares", async () => {
      const store = make();
      const s = scope('k', { budget: { ...budget(1), alertThresholds: [0.3, 0.65] } });
      const seen: number[][] = [];
      for (const cost of [0.2, 0.15, 0.2, 0.2]) {
        const a = await store.admit({ scopes: [s], tokens: 1, costUsd: cost });
        assert.ok(a.ok);
        seen.push((await store.settle(a.ticket, { tokens: 1, costUsd: cost })).map((x) => x.threshold));
      }
      // 0.2, 0.35 (crosses 0.3), 0.55, 0.75 (crosses 0.65): no 0.5 or 0.8 as the default would send.
      assert.deepEqual(seen, [[], [0.3], [], [0.65]]);
      await store.close();
    });

    test('concurrent admits never overrun the limit', async () => {
      const store = make();
      const s = scope('k', { limits: { rpm: 50, tpm: null, concurrency: null } });
      const rs = await Promise.all(
        Array.from({ length: 200 }, () => store.admit({ scopes: [s], tokens: 1, costUsd: 0 })),
      );
      assert.equal(rs.filter((r) => r.ok).length, 50);
    });

    test('the window: a request counts for 60 to 61 seconds, never less; idle windows reset', async () => {
      let now = 1_000_000_500; // half a second into a second
      const store = make(() => now);
      const s = scope('k', { limits: { rpm: 2, tpm: 100, concurrency: null } });
      assert.ok((await store.admit({ scopes: [s], tokens: 50, costUsd: 0 })).ok);
      now += 30_000;
      const second = await store.admit({ scopes: [s], tokens: 50, costUsd: 0 });
      assert.ok(second.ok);
      now += 29_000; // 59 s after the first
      const refused = await store.admit({ scopes: [s], tokens: 10, costUsd: 0 });
      assert.ok(!refused.ok && refused.kind === 'rpm');
      assert.equal(refused.retryAfterMs, 1500, 'the first second leaves at 61 s after its start');
      assert.equal(refused.states[0].remainingTokens, 0);
      now += 1000; // 60 s after the first: still counted (conservative)
      assert.ok(!(await store.admit({ scopes: [s], tokens: 10, costUsd: 0 })).ok);
      now += 600; // 60.6 s: its second has left the window
      const back = await store.admit({ scopes: [s], tokens: 10, costUsd: 0 });
      assert.ok(back.ok);
      assert.equal(back.states[0].remainingRequests, 0);
      assert.equal(back.states[0].remainingTokens, 40);
      assert.equal(back.states[0].resetRequestsMs, 29_900, 'the oldest counted second is now the second request’s');
      await store.settle(second.ticket, { tokens: 20, costUsd: 0 });
      const corrected = await store.admit({
        scopes: [scope('k', { limits: { rpm: null, tpm: 100, concurrency: null } })],
        tokens: 1,
        costUsd: 0,
      });
      assert.ok(corrected.ok);
      assert.equal(corrected.states[0].remainingTokens, 100 - 20 - 10 - 1);
      now += 200_000; // idle for minutes: everything has left
      const fresh = await store.admit({ scopes: [s], tokens: 10, costUsd: 0 });
      assert.ok(fresh.ok);
      assert.equal(fresh.states[0].remainingRequests, 1);
      assert.equal(fresh.states[0].remainingTokens, 90);
      await store.close();
    });
  });
}

test('Redis: a rebuilt budget counts the thresholds its logged spend already crossed as announced', async () => {
  const s = scope('k', { tenant: 'acme', budget: { ...budget(1), alertThresholds: [0.3, 0.65] } });
  const store = new RedisLimitStore(redis, {
    prefix: `${prefix}${randomBytes(3).toString('hex')}:`,
    concurrencyLeaseMs: 60_000,
    reservationLeaseMs: 60_000,
    // The request log says 0.4 was spent: 0.3 was crossed (and announced) before Redis lost the state.
    rebuild: async () => [{ scope: s, spentUsd: 0.4, buckets: [] }],
  });
  const a = await store.admit({ scopes: [s], tokens: 1, costUsd: 0.2 });
  assert.ok(a.ok);
  assert.equal(store.rebuilds, 1);
  assert.deepEqual(await store.settle(a.ticket, { tokens: 1, costUsd: 0.2 }), [], '0.6: nothing new crossed');
  const b = await store.admit({ scopes: [s], tokens: 1, costUsd: 0.1 });
  assert.ok(b.ok);
  assert.deepEqual(
    (await store.settle(b.ticket, { tokens: 1, costUsd: 0.1 })).map((x) => x.threshold),
    [0.65],
  );
  await store.close();
});

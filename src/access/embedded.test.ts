// Embedded single-node mode through the real server: exact rate limits and budgets under concurrency, the
// hierarchy (most restrictive level wins), model allow-lists, headers on every response, key lifecycle.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createPriceBook } from '../cost/price-book.ts';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';
import { call, chat, mustCall, settledKey } from './testing/client.ts';

let h: Harness;
let clockOffsetMs = 0;
const prices = createPriceBook();

before(async () => {
  h = await startHarness(
    (u) => `${simProviders(u)}
routes:
  - model: cheap
    targets: [{ provider: sim, model: gpt-4o-mini }]
  - model: cheap-2
    targets: [{ provider: sim, model: gpt-4o-mini }]
  - model: pricey
    targets: [{ provider: sim, model: o1 }]
  - model: slow
    targets: [{ provider: sim, model: slow }]
  - model: broken
    retry: { attempts: 1 }
    targets: [{ provider: sim, model: failing }]
`,
    {
      sim: {
        models: { o1: { outputTokens: 500 }, slow: { latencyMs: 400 }, failing: { errorRate: 1, errorStatus: 500 } },
      },
      // Key expiry and rotation overlaps are decided by this clock: the lifecycle test moves it, never sleeps.
      runtime: { accessClock: () => Date.now() + clockOffsetMs },
    },
  );
  await mustCall(h.url, 'POST', '/admin/tenants', h.key, { name: 'acme' });
  await mustCall(h.url, 'POST', '/admin/tenants/acme/teams', h.key, { name: 'core' });
});
after(() => h.close());

async function key(body: Record<string, unknown>): Promise<{ id: string; key: string }> {
  return mustCall(h.url, 'POST', '/admin/keys', h.key, { tenant: 'acme', ...body });
}

test('300 concurrent requests with a 100 rpm key: exactly 100 succeed', async () => {
  const k = await key({ name: 'rpm-100', limits: { rpm: 100 } });
  const rs = await Promise.all(Array.from({ length: 300 }, () => chat(h.url, k.key, 'cheap')));
  assert.equal(rs.filter((r) => r.status === 200).length, 100);
  assert.equal(rs.filter((r) => r.status === 429).length, 200);
  const remaining = rs
    .filter((r) => r.status === 200)
    .map((r) => Number(r.headers['x-ratelimit-remaining-requests']))
    .sort((a, b) => a - b);
  assert.deepEqual(
    remaining,
    Array.from({ length: 100 }, (_, i) => i),
    'each success saw its own remaining count',
  );
});

test('a $1.00 budget under concurrent load is never exceeded by more than one request', async () => {
  const k = await key({ name: 'budget-1', budget: { usd: 1, period: 'month' } });
  const rs = await Promise.all(Array.from({ length: 80 }, () => chat(h.url, k.key, 'pricey', { max_tokens: 500 })));
  const costs = rs
    .filter((r) => r.status === 200)
    .map(
      (r) =>
        prices.cost('o1', { inputTokens: r.json.usage.prompt_tokens, outputTokens: r.json.usage.completion_tokens })
          .costUsd as number,
    );
  const spent = costs.reduce((a, b) => a + b, 0);
  const largest = Math.max(...costs);
  assert.ok(spent <= 1 + largest && spent >= 1 - 2 * largest, `spent ${spent}`);
  const refused = rs.filter((r) => r.status !== 200);
  assert.ok(refused.length > 0 && refused.every((r) => r.json.error.code === 'budget_exceeded'));
  assert.match(refused[0].json.error.message, /monthly budget of key "budget-1" is \$1\.00/);
  assert.ok(Number(refused[0].headers['retry-after']) > 0, 'a monthly budget says when it resets');
  const view = await settledKey(h.url, k.id, h.key);
  assert.ok(Math.abs(view.spend.spent_usd - spent) < 1e-6);
});

test('the most restrictive level wins: tenant, team and end-user limits name themselves', async () => {
  await mustCall(h.url, 'POST', '/admin/tenants', h.key, {
    name: 'small',
    limits: { rpm: 3 },
    end_user: { limits: { rpm: 2 } },
  });
  await mustCall(h.url, 'POST', '/admin/tenants/small/teams', h.key, {
    name: 'tiny',
    budget: { usd: 0.000001, period: 'day' },
  });
  const k = await mustCall(h.url, 'POST', '/admin/keys', h.key, {
    name: 'roomy',
    tenant: 'small',
    limits: { rpm: 1000 },
  });
  const u1 = await chat(h.url, k.key, 'cheap', {}, { 'x-lintel-end-user': 'alice' });
  const u2 = await chat(h.url, k.key, 'cheap', { user: 'alice' });
  const u3 = await chat(h.url, k.key, 'cheap', { user: 'alice' });
  assert.deepEqual([u1.status, u2.status, u3.status], [200, 200, 429]);
  assert.match(u3.json.error.message, /end user "alice" allows 2 requests per minute/);
  assert.equal((await chat(h.url, k.key, 'cheap', { user: 'bob' })).status, 200);
  const t = await chat(h.url, k.key, 'cheap', { user: 'carol' });
  assert.equal(t.status, 429);
  assert.match(t.json.error.message, /tenant "small" allows 3 requests per minute/);
  assert.equal(t.headers['x-ratelimit-limit-requests'], '3', 'headers follow the most restrictive level');

  const tk = await mustCall(h.url, 'POST', '/admin/keys', h.key, { name: 'in-team', tenant: 'small', team: 'tiny' });
  await mustCall(h.url, 'PATCH', '/admin/tenants/small', h.key, { limits: { rpm: null } });
  const b = await chat(h.url, tk.key, 'cheap');
  assert.equal(b.status, 429);
  assert.equal(b.json.error.code, 'budget_exceeded');
  assert.match(b.json.error.message, /daily budget of team "tiny"/);
});

test('model allow-lists at key and tenant level; auditors cannot call models', async () => {
  const k = await key({ name: 'only-cheap', models: ['cheap*'] });
  assert.equal((await chat(h.url, k.key, 'cheap-2')).status, 200);
  const r = await chat(h.url, k.key, 'pricey');
  assert.equal(r.status, 403);
  assert.equal(r.json.error.param, 'model');
  await mustCall(h.url, 'POST', '/admin/tenants', h.key, { name: 'narrow', models: ['cheap'] });
  const n = await mustCall(h.url, 'POST', '/admin/keys', h.key, { name: 'n', tenant: 'narrow' });
  assert.equal((await chat(h.url, n.key, 'cheap')).status, 200);
  assert.match((await chat(h.url, n.key, 'cheap-2')).json.error.message, /tenant does not allow the model "cheap-2"/);
  const aud = await key({ name: 'auditor', role: 'auditor' });
  assert.equal((await chat(h.url, aud.key, 'cheap')).status, 403);
});

test('rate-limit headers are on every response, errors included; tokens are corrected after the call', async () => {
  const k = await key({ name: 'headers', limits: { rpm: 50, tpm: 10_000 } });
  const ok = await chat(h.url, k.key, 'cheap', { max_tokens: 1000 });
  assert.equal(ok.status, 200);
  assert.equal(ok.headers['x-ratelimit-limit-tokens'], '10000');
  const reserved = 10_000 - Number(ok.headers['x-ratelimit-remaining-tokens']);
  assert.ok(reserved > 1000, 'the estimate includes max_tokens');
  const failed = await chat(h.url, k.key, 'broken');
  assert.ok(failed.status >= 500);
  assert.equal(failed.headers['x-ratelimit-limit-requests'], '50');
  const used = 10_000 - Number(failed.headers['x-ratelimit-remaining-tokens']);
  assert.ok(used - 1016 < reserved, 'the first call was corrected to its actual usage');
  const stream = await chat(h.url, k.key, 'cheap', { stream: true });
  assert.equal(stream.headers['x-ratelimit-remaining-requests'], '47');
  const big = await chat(h.url, k.key, 'cheap', { max_tokens: 20_000 });
  assert.equal(big.status, 429);
  assert.match(big.json.error.message, /more than the limit itself/);
  assert.ok(big.headers['x-ratelimit-reset-tokens']);
});

test('concurrency limit: requests beyond the cap in flight are refused, slots come back', async () => {
  const k = await key({ name: 'conc-2', limits: { concurrency: 2 } });
  const rs = await Promise.all(Array.from({ length: 5 }, () => chat(h.url, k.key, 'slow')));
  assert.equal(rs.filter((r) => r.status === 200).length, 2);
  assert.match(rs.find((r) => r.status === 429)?.json.error.message, /allows 2 concurrent requests/);
  assert.equal((await chat(h.url, k.key, 'slow')).status, 200);
});

test('key lifecycle: expiry, rotation with overlap, revocation, bad keys', async () => {
  const exp = await key({ name: 'expiring', expires_at: new Date(Date.now() + 60_000).toISOString() });
  assert.equal((await chat(h.url, exp.key, 'cheap')).status, 200);
  clockOffsetMs = 61_000; // a minute later for the key check
  const e = await chat(h.url, exp.key, 'cheap');
  assert.equal(e.status, 401);
  assert.match(e.json.error.message, /expired/);

  const old = await key({ name: 'rotating' });
  assert.match(old.key, /^lk-[A-Za-z0-9_-]{43}$/);
  // Rotation stamps the overlap from the real time; the identity check reads the test clock, so start it at now.
  clockOffsetMs = 0;
  const rotated = await mustCall(h.url, 'POST', `/admin/keys/${old.id}/rotate`, h.key, { overlap_seconds: 60 });
  assert.notEqual(rotated.key, old.key);
  assert.equal(rotated.id, old.id);
  assert.equal((await chat(h.url, old.key, 'cheap')).status, 200, 'the old secret works during the overlap');
  assert.equal((await chat(h.url, rotated.key, 'cheap')).status, 200);
  clockOffsetMs = 61_000; // past the overlap
  assert.match((await chat(h.url, old.key, 'cheap')).json.error.message, /rotated/);
  assert.equal((await chat(h.url, rotated.key, 'cheap')).status, 200);

  await mustCall(h.url, 'POST', `/admin/keys/${old.id}/revoke`, h.key);
  assert.equal((await chat(h.url, rotated.key, 'cheap')).status, 401, 'revocation is immediate on the node');
  assert.equal((await chat(h.url, 'lk-unknown', 'cheap')).status, 401);
  assert.equal((await call(h.url, 'POST', '/v1/chat/completions', null, { model: 'cheap' })).status, 401);
  const listed = await mustCall(h.url, 'GET', '/admin/keys?status=revoked', h.key);
  assert.ok(listed.data.some((x: { id: string }) => x.id === old.id));
  assert.ok(!JSON.stringify(listed).includes(rotated.key) && !JSON.stringify(listed).includes('hash'));
  clockOffsetMs = 0;
});

test('spend survives a restart of an embedded node', async () => {
  const k = await key({ name: 'durable', budget: { usd: 5, period: 'total' } });
  assert.equal((await chat(h.url, k.key, 'pricey', { max_tokens: 100 })).status, 200);
  const before = (await mustCall(h.url, 'GET', `/admin/keys/${k.id}`, h.key)).spend.spent_usd;
  assert.ok(before > 0);
  await h.lintel.access.close(); // flushes the spend journal
  const { createAccessLayer } = await import('./layer.ts');
  const { accessConfigSchema } = await import('./config.ts');
  const again = await createAccessLayer({
    config: accessConfigSchema.parse({}),
    database: h.lintel.database,
    masterKey: h.key,
    logger: { info() {}, warn() {}, error() {} },
  });
  try {
    const state = await again.store().budgetState(`k:${k.id}`, 'total', null);
    assert.ok(Math.abs(state.spentUsd - before) < 1e-9);
  } finally {
    await again.close();
  }
});

test('keys a developer creates count against the developer’s own limits', async () => {
  const dev = await key({ name: 'dev-parent', team: 'core', role: 'developer', limits: { rpm: 3 } });
  const child = await mustCall(h.url, 'POST', '/admin/keys', dev.key, { name: 'dev-child', limits: { rpm: 100 } });
  assert.equal((await chat(h.url, dev.key, 'cheap')).status, 200);
  assert.equal((await chat(h.url, child.key, 'cheap')).status, 200);
  assert.equal((await chat(h.url, child.key, 'cheap')).status, 200);
  const r = await chat(h.url, child.key, 'cheap');
  assert.equal(r.status, 429);
  assert.match(r.json.error.message, /owner key "dev-parent" allows 3 requests per minute/);
});

// The exact-match response cache through the real server: hit/miss/bypass, per-tenant isolation, streams replayed
// as streams, TTL, no spend for hits; in-process (memory-bounded) and shared through Redis.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';
import { MemoryResponseCache } from './cache/memory-cache.ts';
import { call, chat, mustCall, settledKey } from './testing/client.ts';

const routes = `routes:
  - model: m
    targets: [{ provider: sim, model: gpt-4o }]
`;

describe('in-process cache', () => {
  let h: Harness;
  let acme: string;
  let other: string;
  before(async () => {
    h = await startHarness((u) => `${simProviders(u)}${routes}access:\n  cache: { enabled: true, ttl_seconds: 2 }\n`);
    for (const t of ['acme', 'other']) await mustCall(h.url, 'POST', '/admin/tenants', h.key, { name: t });
    acme = (
      await mustCall(h.url, 'POST', '/admin/keys', h.key, {
        name: 'a',
        tenant: 'acme',
        budget: { usd: 10, period: 'day' },
        limits: { rpm: 1000 },
      })
    ).key;
    other = (await mustCall(h.url, 'POST', '/admin/keys', h.key, { name: 'o', tenant: 'other' })).key;
  });
  after(() => h.close());
  const upstreamCalls = () => h.sim.requests.length;

  test('miss then hit, with the same body and no upstream call; fields that do not matter are ignored', async () => {
    const body = { messages: [{ role: 'user', content: 'cache me' }] };
    const first = await chat(h.url, acme, 'm', body);
    assert.equal(first.headers['x-lintel-cache'], 'miss');
    const calls = upstreamCalls();
    const second = await chat(h.url, acme, 'm', { ...body, user: 'someone-else', metadata: { x: 'y' } });
    assert.equal(second.status, 200);
    assert.equal(second.headers['x-lintel-cache'], 'hit');
    assert.equal(second.text, first.text);
    assert.equal(upstreamCalls(), calls);
    assert.ok(second.headers['x-ratelimit-remaining-requests'], 'a hit still counts as a request');
    const differs = await chat(h.url, acme, 'm', { ...body, temperature: 0.5 });
    assert.equal(differs.headers['x-lintel-cache'], 'miss');
  });

  test('a prompt with an unpaired surrogate (valid JSON, no Unicode text) is answered, not cached', async () => {
    // Canonical JSON cannot carry "\ud800": keying such a request failed the call with a 500.
    const raw = '{"model":"m","messages":[{"role":"user","content":"half an emoji \\ud83d"}]}';
    for (let i = 0; i < 2; i++) {
      const r = await call(h.url, 'POST', '/v1/chat/completions', acme, JSON.parse(raw));
      assert.equal(r.status, 200, r.text);
      assert.equal(r.headers['x-lintel-cache'], 'bypass');
    }
  });

  test('never shared across tenants', async () => {
    const body = { messages: [{ role: 'user', content: 'tenant secret answer' }] };
    await chat(h.url, acme, 'm', body);
    assert.equal((await chat(h.url, acme, 'm', body)).headers['x-lintel-cache'], 'hit');
    assert.equal((await chat(h.url, other, 'm', body)).headers['x-lintel-cache'], 'miss');
  });

  test('Cache-Control: no-cache bypasses the lookup and refreshes; no-store neither reads nor writes', async () => {
    const body = { messages: [{ role: 'user', content: 'fresh please' }] };
    await chat(h.url, acme, 'm', body);
    const calls = upstreamCalls();
    const fresh = await chat(h.url, acme, 'm', body, { 'cache-control': 'no-cache' });
    assert.equal(fresh.headers['x-lintel-cache'], 'bypass');
    assert.equal(upstreamCalls(), calls + 1);
    assert.equal((await chat(h.url, acme, 'm', body)).headers['x-lintel-cache'], 'hit');
    const body2 = { messages: [{ role: 'user', content: 'do not keep' }] };
    assert.equal(
      (await chat(h.url, acme, 'm', body2, { 'cache-control': 'no-store' })).headers['x-lintel-cache'],
      'bypass',
    );
    assert.equal((await chat(h.url, acme, 'm', body2)).headers['x-lintel-cache'], 'miss');
  });

  test('a cached stream is replayed as a stream; the JSON form is a different entry', async () => {
    const body = { stream: true, messages: [{ role: 'user', content: 'stream me twice' }] };
    const first = await chat(h.url, acme, 'm', body);
    assert.equal(first.headers['x-lintel-cache'], 'miss');
    const second = await chat(h.url, acme, 'm', body);
    assert.equal(second.headers['x-lintel-cache'], 'hit');
    assert.match(second.headers['content-type'], /^text\/event-stream/);
    assert.equal(second.text, first.text);
    assert.match(second.text, /data: \[DONE\]\n\n$/);
    assert.equal((await chat(h.url, acme, 'm', { ...body, stream: false })).headers['x-lintel-cache'], 'miss');
  });

  test('hits cost nothing against budgets; entries expire after the TTL', async () => {
    const body = { messages: [{ role: 'user', content: 'what does a hit cost' }] };
    const keys = await mustCall(h.url, 'GET', '/admin/keys?tenant=acme', h.key);
    const id = keys.data[0].id;
    await chat(h.url, acme, 'm', body);
    const spent = (await settledKey(h.url, id, h.key)).spend.spent_usd;
    assert.equal((await chat(h.url, acme, 'm', body)).headers['x-lintel-cache'], 'hit');
    assert.equal((await settledKey(h.url, id, h.key)).spend.spent_usd, spent);
    await new Promise((r) => setTimeout(r, 2100));
    assert.equal((await chat(h.url, acme, 'm', body)).headers['x-lintel-cache'], 'miss');
  });
});

test('the in-process cache stays within its memory bound', async () => {
  const cache = new MemoryResponseCache(10_000, 60_000);
  const entry = { kind: 'json' as const, body: 'x'.repeat(1000) };
  for (let i = 0; i < 100; i++) await cache.set(`k${i}`, entry, 2000);
  const s = cache.stats();
  assert.ok((s.bytes ?? 0) <= 10_000 && (s.entries ?? 0) === 5, JSON.stringify(s));
  assert.equal(await cache.get('k0'), null, 'the oldest were evicted');
  assert.deepEqual(await cache.get('k99'), entry);
});

describe('Redis cache shared by two nodes', () => {
  const prefix = `lintel-test:${randomBytes(6).toString('hex')}:`;
  let a: Harness;
  let b: Harness;
  before(async () => {
    const cfg = (u: string) =>
      `${simProviders(u)}${routes}access:\n  redis_url: redis://127.0.0.1:6379\n  redis_prefix: "${prefix}"\n  cache: { enabled: true }\n`;
    [a, b] = await Promise.all([startHarness(cfg), startHarness(cfg)]);
  });
  after(async () => {
    await Promise.all([a?.close(), b?.close()]);
    const redis = new Redis('redis://127.0.0.1:6379');
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  test('an answer cached through one node is a hit on the other', async () => {
    const body = { messages: [{ role: 'user', content: `shared ${randomBytes(4).toString('hex')}` }] };
    const first = await chat(a.url, a.key, 'm', body);
    assert.equal(first.headers['x-lintel-cache'], 'miss');
    let second = await chat(b.url, b.key, 'm', body);
    for (let i = 0; second.headers['x-lintel-cache'] !== 'hit' && i < 20; i++) {
      await new Promise((r) => setTimeout(r, 10)); // the store is written after the answer
      second = await chat(b.url, b.key, 'm', body);
    }
    assert.equal(second.headers['x-lintel-cache'], 'hit');
    assert.equal(second.text, first.text);
    assert.equal(b.sim.requests.length, 0);
    assert.equal((await call(b.url, 'GET', '/healthz', null)).status, 200);
  });
});

// Readiness means "can serve", and SIGTERM drains: through the real server, a PostgreSQL store behind a TCP proxy.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import OpenAI from 'openai';
import { request } from 'undici';
import { TEST_POSTGRES_URL, testSchemaName } from '../storage/database.ts';
import { startTcpProxy } from '../testing/tcp-proxy.ts';
import { simProviders, startHarness } from '../testing/harness.ts';

async function until(probe: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const json = async (url: string) => {
  const r = await request(url);
  return { status: r.statusCode, body: (await r.body.json()) as Record<string, unknown> };
};

test('a store outage keeps the node ready and serving; /status and metrics show the store degraded', async () => {
  const target = new URL(TEST_POSTGRES_URL);
  const proxy = await startTcpProxy(Number(target.port || 5432), target.hostname);
  const via = new URL(TEST_POSTGRES_URL);
  via.port = String(proxy.port);
  const h = await startHarness(
    (u) => `${simProviders(u)}\nroutes:\n  - model: demo\n    targets: [{ provider: sim, model: demo }]\n`,
    { runtime: { databaseUrl: via.toString(), databaseSchema: testSchemaName('health'), healthProbeMs: 100 } },
  );
  try {
    assert.equal((await json(`${h.url}/readyz`)).status, 200);
    proxy.cut();
    await until(async () => ((await json(`${h.url}/status`)).body.store as { up: boolean }).up === false);
    const ready = await json(`${h.url}/readyz`);
    assert.equal(ready.status, 200, 'a store outage does not pull the node from the load balancer');
    assert.match(String((ready.body.checks as Record<string, string>).store), /degraded/);
    const client = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
    const answer = await client.chat.completions.create({ model: 'demo', messages: [{ role: 'user', content: 'hi' }] });
    assert.ok(answer.choices[0]?.message.content, 'calls are answered while the store is down');
    const metrics = await (await request(`${h.url}/metrics`)).body.text();
    assert.match(metrics, /^lintel_store_up 0$/m);
    assert.match(metrics, /^lintel_ready 1$/m);
    proxy.restore();
    await until(async () => ((await json(`${h.url}/status`)).body.store as { up: boolean }).up === true);
  } finally {
    proxy.restore();
    await h.close();
    await proxy.close();
  }
});

test('SIGTERM drain: not ready at once, still serving during the delay, a stream past the limit ends with one error event', async () => {
  const h = await startHarness(
    (u) =>
      `${simProviders(u)}\nserver: { drain_delay_ms: 800, shutdown_timeout_ms: 800 }\n` +
      'routes:\n  - model: demo\n    targets: [{ provider: sim, model: demo }]\n' +
      '  - model: slow\n    targets: [{ provider: sim, model: slow }]\n',
    { sim: { models: { slow: { tokensPerSecond: 5, outputTokens: 200 } } } },
  );
  const client = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
  const stream = await client.chat.completions.create({
    model: 'slow',
    stream: true,
    messages: [{ role: 'user', content: 'a long story' }],
  });
  const chunks: string[] = [];
  let streamError: unknown = null;
  const reading = (async () => {
    try {
      for await (const c of stream) chunks.push(c.choices[0]?.delta?.content ?? '');
    } catch (err) {
      streamError = err;
    }
  })();
  await until(async () => chunks.length > 1);
  const closing = h.close();
  const ready = await json(`${h.url}/readyz`);
  assert.equal(ready.status, 503, 'not ready at once');
  assert.equal((await json(`${h.url}/healthz`)).status, 200, 'still alive');
  const during = await client.chat.completions.create({ model: 'demo', messages: [{ role: 'user', content: 'x' }] });
  assert.ok(during.choices[0]?.message.content, 'new calls are still served during the drain delay');
  await reading;
  await closing;
  assert.ok(streamError, 'the stream past the drain limit ended with an error event');
  assert.match(String((streamError as Error).message), /shutting down/);
  const rec = h.records.find((r) => r.modelRequested === 'slow');
  assert.equal(rec?.errorType, 'shutting_down', 'the cut stream is recorded as such');
});

// Fallback, retries with Retry-After, and circuit breaking, through the real server and simulator.
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { request } from 'undici';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';

let h: Harness;

before(async () => {
  h = await startHarness(
    (u) => `${simProviders(u)}
routes:
  - model: fallback
    retry: { attempts: 1 }
    timeout: { attempt_ms: 400 }
    circuit_breaker: { enabled: false }
    targets:
      - { provider: sim, model: bad }
      - { provider: sim-anthropic, model: good }
  - model: retry-after
    retry: { attempts: 3, backoff_ms: 10, max_retry_after_ms: 3000 }
    targets:
      - { provider: sim, model: limited }
      - { provider: sim, model: other }
  - model: breaker
    retry: { attempts: 1 }
    # Long enough that the 'skipped while open' check can never race the cool-down on a loaded machine.
    circuit_breaker: { consecutive_failures: 2, cooldown_ms: 2500 }
    targets:
      - { provider: sim, model: flaky }
      - { provider: sim, model: good }
`,
  );
});
after(() => h.close());
beforeEach(() => {
  h.sim.reset();
  for (const m of ['bad', 'limited', 'flaky', 'good', 'other']) h.sim.setBehavior(m, undefined);
});

async function chat(model: string, stream = false) {
  const res = await request(`${h.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${h.key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model, stream, messages: [{ role: 'user', content: 'hello' }] }),
  });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

function upstreamModels(): string[] {
  return h.sim.requests.map((r) => r.model ?? '');
}

for (const [name, behavior] of [
  ['answers 503', { errorRate: 1, errorStatus: 503 }],
  ['resets the connection', { fault: 'reset' }],
  ['hangs', { fault: 'hang' }],
] as const) {
  for (const stream of [false, true]) {
    test(`a first target that ${name} is replaced by the next (${stream ? 'stream' : 'JSON'})`, async () => {
      h.sim.setBehavior('bad', behavior);
      const t0 = Date.now();
      const r = await chat('fallback', stream);
      assert.equal(r.status, 200, r.text);
      assert.equal(r.headers['x-lintel-attempts'], '2');
      assert.equal(r.headers['x-lintel-target'], 'sim-anthropic/good');
      assert.match(r.text, /hello/);
      assert.ok(Date.now() - t0 < 4000, 'served within the attempt timeout plus a margin');
      assert.deepEqual(upstreamModels(), ['bad', 'good']);
    });
  }
}

test('a 429 with Retry-After is retried on the same target after the advertised delay', async () => {
  h.sim.setBehavior('limited', { failFirst: 1, errorStatus: 429, retryAfterSeconds: 1 });
  const t0 = Date.now();
  const r = await chat('retry-after');
  const elapsed = Date.now() - t0;
  assert.equal(r.status, 200, r.text);
  assert.equal(r.headers['x-lintel-target'], 'sim/limited');
  assert.equal(r.headers['x-lintel-attempts'], '2');
  assert.ok(elapsed >= 950, `waited ${elapsed} ms for Retry-After: 1`);
});

test('a Retry-After longer than the limit moves to the next target at once', async () => {
  h.sim.setBehavior('limited', { errorRate: 1, errorStatus: 429, retryAfterSeconds: 60 });
  const t0 = Date.now();
  const r = await chat('retry-after');
  assert.equal(r.status, 200);
  assert.equal(r.headers['x-lintel-target'], 'sim/other');
  assert.ok(Date.now() - t0 < 1000);
});

test('all targets failing gives a 503 in OpenAI format with the attempts', async () => {
  h.sim.setBehavior('bad', { errorRate: 1, errorStatus: 503 });
  h.sim.setBehavior('good', { errorRate: 1, errorStatus: 500 });
  const r = await chat('fallback');
  assert.equal(r.status, 503);
  const body = JSON.parse(r.text);
  assert.equal(body.error.code, 'upstream_unavailable');
  assert.equal(body.error.type, 'server_error');
  assert.equal(r.headers['x-lintel-attempts'], '2');
});

test('a circuit opens after repeated failures and half-opens after its cool-down', async () => {
  h.sim.setBehavior('flaky', { errorRate: 1, errorStatus: 500 });
  for (let i = 0; i < 2; i++) assert.equal((await chat('breaker')).status, 200);
  assert.deepEqual(upstreamModels(), ['flaky', 'good', 'flaky', 'good']);
  h.sim.reset();
  const breaker = h.lintel.router().resolve('breaker')!.targets[0].breaker;
  assert.equal(breaker.current(), 'open');
  // Open: flaky is skipped without a request.
  const skipped = await chat('breaker');
  assert.equal(skipped.headers['x-lintel-target'], 'sim/good');
  assert.deepEqual(upstreamModels(), ['good']);
  // After the cool-down one probe goes through; it succeeds and closes the circuit.
  h.sim.setBehavior('flaky', undefined);
  // Wait for the cool-down itself (the breaker's own clock), not a guessed sleep.
  const deadline = Date.now() + 10_000;
  while (breaker.current() !== 'half-open' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  assert.equal(breaker.current(), 'half-open');
  h.sim.reset();
  const probe = await chat('breaker');
  assert.equal(probe.headers['x-lintel-target'], 'sim/flaky');
  const again = await chat('breaker');
  assert.equal(again.headers['x-lintel-target'], 'sim/flaky');
  assert.deepEqual(upstreamModels(), ['flaky', 'flaky']);
});

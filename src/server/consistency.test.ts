// Every error in the caller's API format — including those Node and Fastify raise before a route runs — and the
// same answer for the same mistake everywhere: repeated query parameters, unknown tenants, absurd numbers,
// tenant-scoped views, and a config check that runs exactly what serve runs.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { call, mustCall } from '../access/testing/client.ts';
import { ConfigError, parseConfigText } from '../config/load.ts';
import { type Harness, simProviders, startHarness, TEST_KEY } from '../testing/harness.ts';
import { startRuntime } from './runtime.ts';
import { cliArgv } from '../testing/cli-argv.ts';

let h: Harness;
before(async () => {
  h = await startHarness(
    (u) => `${simProviders(u)}recording: { flush_interval_ms: 20 }
routes:
  - model: demo
    targets: [{ provider: sim, model: sim-small }]
  - model: other
    targets: [{ provider: sim, model: sim-small }]
`,
  );
});
after(() => h?.close());

/** Sends raw bytes on a fresh connection and returns everything the server wrote before closing it. */
function raw(bytes: string): Promise<string> {
  const { port } = new URL(h.url);
  return new Promise((resolve, reject) => {
    const s = connect(Number(port), '127.0.0.1');
    let out = '';
    s.on('data', (d) => {
      out += d;
    });
    s.on('error', reject);
    s.on('close', () => resolve(out));
    s.write(bytes);
  });
}

function parseRaw(out: string): { status: number; body: Record<string, unknown>; headers: string } {
  const [head, body] = out.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), body: JSON.parse(body), headers: head.toLowerCase() };
}

function assertOpenAiError(body: Record<string, unknown>, code: string): void {
  const e = body.error as Record<string, unknown>;
  assert.equal(e.code, code, JSON.stringify(body));
  assert.equal(typeof e.message, 'string');
  assert.ok('type' in e && 'param' in e);
}

function assertAnthropicError(body: Record<string, unknown>): void {
  assert.equal(body.type, 'error', JSON.stringify(body));
  const e = body.error as Record<string, unknown>;
  assert.equal(typeof e.type, 'string');
  assert.equal(typeof e.message, 'string');
}

test('431, 414, malformed HTTP and a bad Content-Length are answered in the API’s own format', async () => {
  const big = 'x'.repeat(20_000);
  const h431 = parseRaw(await raw(`POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nX-Big: ${big}\r\n\r\n`));
  assert.equal(h431.status, 431);
  assertOpenAiError(h431.body, 'headers_too_large');
  const a431 = parseRaw(await raw(`POST /v1/messages HTTP/1.1\r\nHost: x\r\nX-Big: ${big}\r\n\r\n`));
  assert.equal(a431.status, 431);
  assertAnthropicError(a431.body);
  const u414 = parseRaw(await raw(`GET /v1/models?q=${big} HTTP/1.1\r\nHost: x\r\n\r\n`));
  assert.equal(u414.status, 414);
  assertOpenAiError(u414.body, 'uri_too_long');
  const badLen = parseRaw(
    await raw(
      'POST /v1/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}',
    ),
  );
  assert.equal(badLen.status, 400);
  assertAnthropicError(badLen.body);
  const garbage = parseRaw(await raw('THIS IS NOT HTTP\r\n\r\n'));
  assert.equal(garbage.status, 400);
  assertOpenAiError(garbage.body, 'invalid_request');
  assert.match(garbage.headers, /connection: close/);
});

test('a URL with broken percent-encoding is a 400 in the API format, not Fastify’s own body', async () => {
  const r = await call(h.url, 'GET', '/admin/tenants/%E0%A4%A', TEST_KEY);
  assert.equal(r.status, 400, r.text);
  assertOpenAiError(r.json, 'invalid_request');
  const m = await call(h.url, 'POST', '/v1/messages/%zz', TEST_KEY, {});
  assert.ok(m.status === 400 || m.status === 404, m.text);
  assertAnthropicError(m.json);
});

test('a repeated query parameter is a 400 naming it, on admin and gateway routes alike', async () => {
  for (const path of ['/admin/requests?limit=1&limit=2', '/v1/models?a=1&a=2', '/admin/tenants?x=1&x=2']) {
    const r = await call(h.url, 'GET', path, TEST_KEY);
    assert.equal(r.status, 400, `${path}: ${r.text}`);
    assertOpenAiError(r.json, 'invalid_request');
    assert.match(r.json.error.message, /more than once/);
  }
});

test('an HTTP/1.1 request without Host is a 400 in the API format (not a bare one), on both dialects', async () => {
  const openai = parseRaw(await raw('GET /v1/models HTTP/1.1\r\nConnection: close\r\n\r\n'));
  assert.equal(openai.status, 400);
  assertOpenAiError(openai.body, 'invalid_request');
  assert.match((openai.body.error as { message: string }).message, /Host header/);
  assert.match(openai.headers, /x-request-id: /);
  const body = '{"model":"demo","max_tokens":5,"messages":[{"role":"user","content":"hi"}]}';
  const anthropic = parseRaw(
    await raw(
      `POST /v1/messages HTTP/1.1\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body}`,
    ),
  );
  assert.equal(anthropic.status, 400);
  assertAnthropicError(anthropic.body);
  // HTTP/1.0 has no Host requirement: the same request is served.
  const old = await raw('GET /healthz HTTP/1.0\r\n\r\n');
  assert.equal(Number(old.split(' ')[1]), 200, old);
});

test('numbers beyond sensible bounds are a 400 naming the field', async () => {
  const big = await call(h.url, 'POST', '/v1/chat/completions', TEST_KEY, {
    model: 'demo',
    max_tokens: 1e12,
    messages: [{ role: 'user', content: 'hi' }],
  });
  assert.equal(big.status, 400, big.text);
  assert.equal(big.json.error.param, 'max_tokens');
  const anth = await call(h.url, 'POST', '/v1/messages', TEST_KEY, {
    model: 'demo',
    max_tokens: 5e9,
    messages: [{ role: 'user', content: 'hi' }],
  });
  assert.equal(anth.status, 400, anth.text);
  assertAnthropicError(anth.json);
  const budget = await call(h.url, 'POST', '/admin/tenants', TEST_KEY, {
    name: 'rich',
    budget: { usd: 1e15, period: 'month' },
  });
  assert.equal(budget.status, 400, budget.text);
  assert.match(budget.json.error.message, /at most/);
  const rpm = await call(h.url, 'POST', '/admin/tenants', TEST_KEY, { name: 'fast', limits: { rpm: 1e13 } });
  assert.equal(rpm.status, 400, rpm.text);
});

test('shredding or changing a tenant that does not exist is a 404', async () => {
  const shred = await call(h.url, 'POST', '/admin/tenants/no-such-tenant/shred', TEST_KEY, { reason: 'test' });
  assert.equal(shred.status, 404, shred.text);
  assertOpenAiError(shred.json, 'not_found');
  const patch = await call(h.url, 'PATCH', '/admin/tenants/no-such-tenant', TEST_KEY, { models: ['demo'] });
  assert.equal(patch.status, 404, patch.text);
  await mustCall(h.url, 'POST', '/admin/tenants', TEST_KEY, { name: 'shred-me' });
  const ok = await call(h.url, 'POST', '/admin/tenants/shred-me/shred', TEST_KEY, { reason: 'test' });
  assert.equal(ok.status, 200, ok.text);
});

test('a tenant-scoped operator sees only its own tenant’s kill switches', async () => {
  await mustCall(h.url, 'POST', '/admin/tenants', TEST_KEY, { name: 'ks-a' });
  await mustCall(h.url, 'POST', '/admin/tenants', TEST_KEY, { name: 'ks-b' });
  const op = await mustCall(h.url, 'POST', '/admin/keys', TEST_KEY, { name: 'op', tenant: 'ks-a', role: 'operator' });
  const devA = await mustCall(h.url, 'POST', '/admin/keys', TEST_KEY, { name: 'dev', tenant: 'ks-a' });
  const devB = await mustCall(h.url, 'POST', '/admin/keys', TEST_KEY, { name: 'dev', tenant: 'ks-b' });
  for (const [scope, target] of [
    ['tenant', 'ks-b'],
    ['key', devB.id],
    ['key', devA.id],
    ['route', 'other'],
  ]) {
    await mustCall(h.url, 'POST', '/admin/killswitch', TEST_KEY, { scope, target, reason: 'drill' });
  }
  const seen = await call(h.url, 'GET', '/admin/killswitch', op.key);
  assert.equal(seen.status, 200, seen.text);
  assert.deepEqual(
    seen.json.data.map((s: { scope: string; target: string }) => `${s.scope}:${s.target}`),
    [`key:${devA.id}`],
  );
  const all = await call(h.url, 'GET', '/admin/killswitch', TEST_KEY);
  assert.equal(all.json.data.length, 4, 'a global operator still sees every stop');
  for (const s of all.json.data) await mustCall(h.url, 'DELETE', `/admin/killswitch/${s.scope}/${s.target}`, TEST_KEY);
});

test('/v1/models lists only the models the key may call', async () => {
  await mustCall(h.url, 'POST', '/admin/tenants', TEST_KEY, { name: 'models-t', models: ['demo', 'other'] });
  const k = await mustCall(h.url, 'POST', '/admin/keys', TEST_KEY, { name: 'k', tenant: 'models-t', models: ['demo'] });
  const mine = await call(h.url, 'GET', '/v1/models', k.key);
  assert.deepEqual(
    mine.json.data.map((m: { id: string }) => m.id),
    ['demo'],
  );
  const master = await call(h.url, 'GET', '/v1/models', TEST_KEY);
  assert.deepEqual(master.json.data.map((m: { id: string }) => m.id).sort(), ['demo', 'other']);
});

test('`lintel config check` refuses what would stop `serve`, and serve reports it as a config error', async () => {
  const text = `providers: {}
routes: []
guardrails:
  sets:
    mine:
      - { name: g, detector: max_tokens, stage: input, action: block, options: { max: -5 } }
`;
  const dir = mkdtempSync(join(tmpdir(), 'lintel-check-'));
  const file = join(dir, 'lintel.yaml');
  writeFileSync(file, text);
  const env = { ...process.env, LINTEL_MASTER_KEY: 'a-master-key-of-20-ch' };
  let failed: { status: number; stderr: string } | null = null;
  try {
    execFileSync(process.execPath, [...cliArgv(), 'config', 'check', file], {
      env,
      stdio: 'pipe',
      encoding: 'utf8',
    });
  } catch (err) {
    failed = err as { status: number; stderr: string };
  }
  assert.ok(failed, 'config check must fail');
  assert.equal(failed.status, 1);
  assert.match(failed.stderr, /guardrails\.sets: guard set "mine", guard "g": invalid options/);
  await assert.rejects(
    startRuntime(parseConfigText(text, file), { port: 0, host: '127.0.0.1', masterKey: 'a-master-key-of-20-ch' }),
    (err) => err instanceof ConfigError && /guard set "mine"/.test(err.message),
  );
  // A short master key is refused by both, from the environment as from the config.
  writeFileSync(file, 'providers: {}\nroutes: []\n');
  assert.throws(
    () =>
      execFileSync(process.execPath, [...cliArgv(), 'config', 'check', file], {
        env: { ...process.env, LINTEL_MASTER_KEY: 'short-key' },
        stdio: 'pipe',
      }),
    (err: { stderr: Buffer }) => /at least 16 characters/.test(String(err.stderr)),
  );
});

test('a 500 on an admin route is logged with the request id the client was given', async () => {
  const logged: Record<string, unknown>[] = [];
  const logger = h.lintel.observability.logger;
  const child = logger.child.bind(logger);
  logger.child = ((...args: Parameters<typeof child>) => {
    const c = child(...args);
    c.error = ((obj: Record<string, unknown>) => {
      logged.push(obj);
    }) as unknown as typeof c.error;
    return c;
  }) as typeof logger.child;
  const db = h.lintel.database.db;
  const selectFrom = db.selectFrom;
  db.selectFrom = (() => {
    throw new Error('store exploded');
  }) as unknown as typeof db.selectFrom;
  try {
    const r = await call(h.url, 'GET', '/admin/requests', TEST_KEY);
    assert.equal(r.status, 500, r.text);
    assertOpenAiError(r.json, 'internal_error');
    assert.doesNotMatch(r.text, /exploded/, 'the cause is not sent to the client');
    const id = r.headers['x-request-id'];
    assert.ok(id);
    const entry = logged.find((l) => l.requestId === id);
    assert.ok(entry, 'logged with the request id');
    assert.match(String((entry.err as Error).message), /store exploded/);
  } finally {
    db.selectFrom = selectFrom;
    logger.child = child;
  }
});

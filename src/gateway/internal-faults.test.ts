// Lintel's own faults are not upstream failures: a request Lintel cannot translate or serialise is answered 400
// before any attempt, and no client input (nor a Lintel bug) moves a circuit breaker others share.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, mustCall } from '../access/testing/client.ts';
import type { Harness } from '../testing/harness.ts';
import { simProviders, startHarness } from '../testing/harness.ts';

let h: Harness;
// One failure would open these breakers: any bad request counted against them shows at once.
const breaker = '    circuit_breaker: { consecutive_failures: 1, cooldown_ms: 600000 }\n    retry: { attempts: 1 }\n';

before(async () => {
  h = await startHarness(
    (u) => `${simProviders(u)}  misconfigured:
    kind: openai-compatible
    base_url: ${u}/v1
    headers: { x-bad: "two\\nlines" }
recording: { flush_interval_ms: 20 }
routes:
  - model: to-anthropic
${breaker}    targets: [{ provider: sim-anthropic, model: sim-claude }]
  - model: to-openai
${breaker}    targets: [{ provider: sim, model: sim-small }]
  - model: bad-headers
${breaker}    targets: [{ provider: misconfigured, model: sim-small }]
`,
  );
});
after(() => h?.close());

function breakers(): Record<string, string> {
  return Object.fromEntries(
    h.lintel
      .router()
      .allTargets()
      .map((t) => [t.id, t.breaker.current()]),
  );
}

const nested = (depth: number) => `${'['.repeat(depth)}"x"${']'.repeat(depth)}`;

test('an untranslatable parameter is a 400 naming it, with no attempt and no breaker change', async () => {
  const t = (await mustCall(h.url, 'POST', '/admin/tenants', h.key, { name: 'tenant-a' })).name;
  const key = (await mustCall(h.url, 'POST', '/admin/keys', h.key, { name: 'a', tenant: t })).key;
  const before = breakers();
  for (let i = 0; i < 5; i++) {
    const r = await call(h.url, 'POST', '/v1/chat/completions', key, {
      model: 'to-anthropic',
      n: 2,
      messages: [{ role: 'user', content: 'hi' }],
    });
    assert.equal(r.status, 400, r.text);
    assert.equal(r.json.error.code, 'unsupported_parameter');
    assert.equal(r.json.error.param, 'n');
    assert.equal(r.headers['x-lintel-attempts'], undefined, 'no upstream attempt was made');
  }
  assert.deepEqual(breakers(), before);
  // Another tenant's (here: the master key's) valid call on the same shared target is served.
  const ok = await call(h.url, 'POST', '/v1/chat/completions', h.key, {
    model: 'to-anthropic',
    messages: [{ role: 'user', content: 'hi' }],
  });
  assert.equal(ok.status, 200, ok.text);
  const rec = h.records.find((r) => r.errorType === 'unsupported_parameter');
  assert.ok(rec, 'the refused call is recorded');
  assert.deepEqual(rec.attempts, [], 'recorded as the caller’s error, not as a "connection" attempt');
});

test('a body nested deeper than server.max_json_depth is refused at parse time on both APIs', async () => {
  const before = breakers();
  const content = nested(10_000);
  for (const [path, model, shape] of [
    ['/v1/chat/completions', 'to-anthropic', 'openai'],
    ['/v1/messages', 'to-openai', 'anthropic'],
  ] as const) {
    const body = `{"model":"${model}","max_tokens":5,"messages":[{"role":"user","content":"hi","x":${content}}]}`;
    const r = await call(h.url, 'POST', path, h.key, body);
    assert.equal(r.status, 400, r.text);
    if (shape === 'openai') {
      assert.equal(r.json.error.code, 'invalid_request');
      assert.match(r.json.error.message, /deeper than 128 levels.*max_json_depth/);
    } else {
      assert.equal(r.json.type, 'error');
      assert.equal(r.json.error.type, 'invalid_request_error');
      assert.match(r.json.error.message, /deeper than 128/);
    }
  }
  // Just within the limit is fine (nesting counted from the body's own object).
  const within = `{"model":"to-openai","messages":[{"role":"user","content":"hi"}],"metadata_x":${nested(120)}}`;
  assert.equal((await call(h.url, 'POST', '/v1/chat/completions', h.key, within)).status, 200);
  assert.deepEqual(breakers(), before);
});

test('a fault in how Lintel builds the upstream call is a logged 500, not an upstream failure', async () => {
  const logged: { obj: Record<string, unknown>; msg: string }[] = [];
  const logger = h.lintel.observability.logger;
  // Fastify's request loggers are children of the node's logger: observe them through `child`.
  const child = logger.child.bind(logger);
  logger.child = ((...args: Parameters<typeof child>) => {
    const c = child(...args);
    c.error = ((obj: Record<string, unknown>, msg: string) => {
      logged.push({ obj, msg });
    }) as unknown as typeof c.error;
    return c;
  }) as typeof logger.child;
  try {
    const before = breakers();
    for (let i = 0; i < 3; i++) {
      const r = await call(h.url, 'POST', '/v1/chat/completions', h.key, {
        model: 'bad-headers',
        messages: [{ role: 'user', content: 'hi' }],
      });
      assert.equal(r.status, 500, r.text);
      assert.equal(r.json.error.code, 'internal_error');
      assert.equal(r.json.error.message, 'Internal error.', 'no internals leak to the client');
      const entry = logged.find((l) => l.obj.requestId === r.headers['x-request-id']);
      assert.ok(entry, `the 500 is logged with its request id ${r.headers['x-request-id']}`);
      assert.match(String((entry.obj.err as Error)?.message), /header/i);
    }
    assert.deepEqual(breakers(), before, 'the breaker of the misconfigured target did not move');
  } finally {
    logger.child = child;
  }
});

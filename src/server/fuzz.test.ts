// Property test through the real server: generated OpenAI Chat Completions and Anthropic Messages requests —
// well-formed, subtly wrong and plainly hostile — always get a 2xx or a 4xx in the route's own error format; the
// process stays up, no circuit breaker changes state, and every call has exactly one record. Admin API calls with
// generated bodies and query strings never get a 500. LINTEL_FUZZ_RUNS / LINTEL_FUZZ_SEED replay or widen a run.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { Agent, request } from 'undici';
import { listRequests } from '../recording/queries.ts';
import { jsonDepthExceeds } from './body.ts';
import { type Harness, simProviders, startHarness, TEST_KEY } from '../testing/harness.ts';

const RUNS = Number(process.env.LINTEL_FUZZ_RUNS ?? 120);
const agent = new Agent({ connections: 8 });
let h: Harness;
// A single counted failure would open these breakers.
const strict = '    retry: { attempts: 1 }\n    circuit_breaker: { consecutive_failures: 1, cooldown_ms: 600000 }\n';

before(async () => {
  h = await startHarness(
    (u) => `${simProviders(u)}recording: { flush_interval_ms: 20 }
routes:
  - model: gpt
${strict}    targets: [{ provider: sim, model: sim-small }]
  - model: claude
${strict}    targets: [{ provider: sim-anthropic, model: sim-claude }]
  - model: embed
${strict}    targets: [{ provider: sim, model: sim-embed }]
`,
    { sim: { behavior: { outputTokens: 4 } } },
  );
});
after(async () => {
  await h?.close();
  await agent.close();
});

// ---- generators: the schemas' shapes, with every field sometimes of the wrong type or out of range ----
const weird = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(-1, 0, 1e308, -1e308, 2 ** 53, 0.5, '', 'null', '\u0000', '\ud800'),
);
const maybe = <T>(a: fc.Arbitrary<T>) =>
  fc.option(fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: weird }));
const model = fc.oneof(fc.constantFrom('gpt', 'claude', 'embed', 'nope', ''), weird);
const text = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ maxLength: 20, unit: 'grapheme' }));

const openaiPart = fc.oneof(
  fc.record({ type: fc.constant('text'), text }),
  fc.record({ type: fc.constant('image_url'), image_url: fc.record({ url: fc.oneof(text, fc.webUrl()) }) }),
  fc.record({ type: fc.constant('input_audio'), input_audio: fc.record({ data: text, format: text }) }),
  fc.record({ type: fc.constantFrom('file', 'refusal', 'video'), file: weird, refusal: text }),
);
const openaiMessage = fc.record(
  {
    role: fc.oneof(fc.constantFrom('system', 'developer', 'user', 'assistant', 'tool', 'function'), weird),
    content: fc.oneof(text, fc.array(openaiPart, { maxLength: 3 }), fc.constant(null), weird),
    name: maybe(text),
    tool_call_id: maybe(text),
    tool_calls: maybe(
      fc.array(
        fc.record({
          id: text,
          type: fc.constant('function'),
          function: fc.record({ name: text, arguments: fc.oneof(text, fc.constant('{"a":1}')) }),
        }),
        { maxLength: 2 },
      ),
    ),
  },
  { requiredKeys: ['role'] },
);
const openaiRequest = fc.record(
  {
    model,
    messages: fc.oneof(
      { weight: 5, arbitrary: fc.array(openaiMessage, { maxLength: 4 }) },
      { weight: 1, arbitrary: weird },
    ),
    max_tokens: maybe(fc.integer({ min: -5, max: 2_000_000 })),
    max_completion_tokens: maybe(fc.integer({ min: 0, max: 64 })),
    n: maybe(fc.integer({ min: 0, max: 3 })),
    temperature: maybe(fc.double({ min: -1, max: 3, noNaN: true })),
    top_p: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
    stream: maybe(fc.boolean()),
    stream_options: maybe(fc.record({ include_usage: fc.boolean() })),
    stop: maybe(fc.oneof(text, fc.array(text, { maxLength: 5 }))),
    tools: maybe(
      fc.array(
        fc.record({
          type: fc.constant('function'),
          function: fc.record({ name: text, parameters: fc.jsonValue({ maxDepth: 3 }) }),
        }),
        { maxLength: 2 },
      ),
    ),
    tool_choice: maybe(fc.constantFrom('auto', 'none', 'required')),
    response_format: maybe(fc.record({ type: fc.constantFrom('text', 'json_object', 'json_schema') })),
    user: maybe(fc.string({ maxLength: 300 })),
    metadata: maybe(fc.dictionary(fc.string({ maxLength: 70 }), fc.string({ maxLength: 20 }), { maxKeys: 3 })),
    input: maybe(fc.oneof(text, fc.array(text, { maxLength: 3 }))),
    extra: weird,
  },
  { requiredKeys: [] },
);

const anthropicBlock = fc.oneof(
  fc.record({ type: fc.constant('text'), text }),
  fc.record({
    type: fc.constant('image'),
    source: fc.record({ type: fc.constantFrom('base64', 'url', 'file'), media_type: text, data: text, url: text }),
  }),
  fc.record({ type: fc.constant('tool_use'), id: text, name: text, input: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ type: fc.constant('tool_result'), tool_use_id: text, content: fc.oneof(text, weird) }),
  fc.record({ type: fc.constantFrom('document', 'thinking', 'server_tool_use', 'search_result'), source: weird }),
);
const anthropicRequest = fc.record(
  {
    model,
    max_tokens: fc.oneof(fc.integer({ min: -5, max: 64 }), fc.integer({ min: 1, max: 2e9 }), weird),
    messages: fc.oneof(
      {
        weight: 5,
        arbitrary: fc.array(
          fc.record({
            role: fc.oneof(fc.constantFrom('user', 'assistant'), weird),
            content: fc.oneof(text, fc.array(anthropicBlock, { maxLength: 3 }), weird),
          }),
          { maxLength: 4 },
        ),
      },
      { weight: 1, arbitrary: weird },
    ),
    system: maybe(fc.oneof(text, fc.array(fc.record({ type: fc.constant('text'), text }), { maxLength: 2 }))),
    stream: maybe(fc.boolean()),
    temperature: maybe(fc.double({ min: -1, max: 2, noNaN: true })),
    top_k: maybe(fc.integer({ min: -1, max: 100 })),
    stop_sequences: maybe(fc.array(text, { maxLength: 3 })),
    tools: maybe(fc.array(fc.record({ name: text, input_schema: fc.jsonValue({ maxDepth: 2 }) }), { maxLength: 2 })),
    metadata: maybe(fc.record({ user_id: fc.string({ maxLength: 300 }) })),
    thinking: maybe(fc.record({ type: fc.constant('enabled'), budget_tokens: fc.integer({ min: 0, max: 5000 }) })),
  },
  { requiredKeys: [] },
);

/** The body as bytes: usually the generated object, sometimes not JSON, not an object, or deeply nested. */
const bodyOf = (obj: fc.Arbitrary<Record<string, unknown>>) =>
  fc.oneof(
    { weight: 12, arbitrary: obj.map((o) => JSON.stringify(o)) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 100, max: 3000 }).map((d) => `{"model":"gpt","x":${'['.repeat(d)}${']'.repeat(d)}}`),
    },
  );

const ENDPOINTS = [
  { path: '/v1/chat/completions', dialect: 'openai', body: bodyOf(openaiRequest) },
  { path: '/v1/embeddings', dialect: 'openai', body: bodyOf(openaiRequest) },
  { path: '/v1/messages', dialect: 'anthropic', body: bodyOf(anthropicRequest) },
] as const;

function breakerStates(): string {
  return h.lintel
    .router()
    .allTargets()
    .map((t) => `${t.id}=${t.breaker.current()}`)
    .join(',');
}

/** Ids of answers that went through the gateway (a JSON body): each must have exactly one record. */
const answered: string[] = [];
/** Ids of answers refused while parsing (not JSON, not an object, too deep): counted, never recorded. */
const refusedAtParse: string[] = [];
const bodies = new Map<string, string>();

function reachesGateway(body: string): boolean {
  if (jsonDepthExceeds(Buffer.from(body), 128)) return false;
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}

async function check(path: string, dialect: 'openai' | 'anthropic', body: string): Promise<void> {
  const res = await request(`${h.url}${path}`, {
    method: 'POST',
    dispatcher: agent,
    headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/json' },
    body,
  });
  const text = await res.body.text();
  const where = `${path} ${res.statusCode} for ${body.slice(0, 300)}\n→ ${text.slice(0, 300)}`;
  assert.ok(res.statusCode >= 200 && res.statusCode < 500, where);
  (reachesGateway(body) ? answered : refusedAtParse).push(String(res.headers['x-request-id']));
  bodies.set(String(res.headers['x-request-id']), `${res.statusCode} ${body.slice(0, 200)} → ${text.slice(0, 200)}`);
  if (res.statusCode >= 400) {
    const j = JSON.parse(text);
    if (dialect === 'anthropic') {
      assert.equal(j.type, 'error', where);
      assert.equal(typeof j.error?.type, 'string', where);
      assert.equal(typeof j.error?.message, 'string', where);
    } else {
      assert.equal(typeof j.error?.message, 'string', where);
      assert.equal(typeof j.error?.type, 'string', where);
      assert.ok('code' in j.error && 'param' in j.error, where);
    }
  } else if (String(res.headers['content-type']).startsWith('text/event-stream')) {
    assert.match(text, /^(event: |data: )/, where);
  } else {
    const j = JSON.parse(text);
    assert.ok(j.choices || j.type === 'message' || j.data, where);
  }
}

test('generated OpenAI and Anthropic requests: 2xx or 4xx in format, breakers untouched, one record each', async () => {
  const initial = breakerStates();
  const recordsBefore = h.records.length;
  for (const ep of ENDPOINTS) {
    await fc.assert(
      fc.asyncProperty(ep.body, async (body) => {
        await check(ep.path, ep.dialect, body);
        assert.equal(breakerStates(), initial, `a breaker moved after ${ep.path} ${body.slice(0, 200)}`);
      }),
      { numRuns: RUNS, seed: Number(process.env.LINTEL_FUZZ_SEED ?? Date.now() % 2 ** 31), endOnFailure: true },
    );
  }
  const health = await request(`${h.url}/healthz`, { dispatcher: agent });
  assert.equal(health.statusCode, 200);
  await health.body.text();
  // One record per call, handed to the recorder once and stored once.
  const handed = h.records.slice(recordsBefore).map((r) => r.id);
  const extra = handed.filter((id) => !answered.includes(id));
  assert.equal(handed.length, answered.length, extra.map((id) => bodies.get(id) ?? `unknown ${id}`).join('\n'));
  assert.deepEqual([...handed].sort(), [...answered].sort());
  await h.lintel.recorder!.flush();
  const stored = new Map<string, number>();
  let cursor: string | undefined;
  do {
    const page = await listRequests(h.lintel.database, { limit: 500, cursor });
    for (const r of page.data) stored.set(r.id, (stored.get(r.id) ?? 0) + 1);
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  for (const id of answered) assert.equal(stored.get(id), 1, `record ${id} stored ${stored.get(id) ?? 0} times`);
  for (const id of refusedAtParse) assert.equal(stored.get(id), undefined);
});

// ---- the admin API: generated bodies and query strings on the routes that take them ----
const adminValue = fc.oneof(
  weird,
  fc.record(
    {
      name: fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), weird),
      tenant: maybe(fc.oneof(fc.constantFrom('fz'), fc.string({ maxLength: 70 }))),
      team: maybe(fc.string({ maxLength: 10 })),
      role: maybe(fc.constantFrom('admin', 'operator', 'auditor', 'developer', 'root')),
      models: maybe(fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 })),
      limits: maybe(fc.record({ rpm: weird, tpm: maybe(fc.integer()), concurrency: maybe(fc.integer()) })),
      budget: maybe(
        fc.record({ usd: fc.oneof(fc.double(), weird), period: fc.constantFrom('day', 'month', 'year', 'x') }),
      ),
      metadata: maybe(fc.dictionary(fc.string({ maxLength: 10 }), weird, { maxKeys: 3 })),
      expires_at: maybe(
        fc.oneof(
          fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString())),
          weird,
        ),
      ),
      scope: maybe(fc.constantFrom('route', 'model', 'provider', 'key', 'tenant', 'x')),
      target: maybe(fc.string({ maxLength: 300 })),
      reason: maybe(fc.string({ maxLength: 30 })),
      overlap_seconds: maybe(fc.integer({ min: -10, max: 3_000_000 })),
    },
    { requiredKeys: [] },
  ),
);
const queryValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('1', '0', '-1', '1e309', 'NaN', 'hour', 'day', 'model', 'tenant', '2026-01-01', 'x'.repeat(300)),
);
const adminCall = fc.oneof(
  fc.record({
    method: fc.constantFrom('POST'),
    path: fc.constantFrom('/admin/tenants', '/admin/keys', '/admin/killswitch', '/admin/tenants/fz/teams'),
    body: adminValue,
  }),
  fc.record({
    method: fc.constantFrom('PATCH'),
    path: fc.constantFrom('/admin/tenants/fz', '/admin/tenants/missing', '/admin/keys/nope'),
    body: adminValue,
  }),
  fc.record({
    method: fc.constantFrom('GET'),
    path: fc
      .tuple(
        fc.constantFrom('/admin/requests', '/admin/usage', '/admin/keys', '/admin/tenants', '/admin/jobs'),
        fc.dictionary(
          fc.constantFrom(
            'limit',
            'cursor',
            'from',
            'to',
            'group_by',
            'groupBy',
            'granularity',
            'model',
            'status',
            'tenant',
          ),
          queryValue,
          { maxKeys: 4 },
        ),
      )
      .map(([p, q]) => `${p}?${new URLSearchParams(q).toString()}`),
    body: fc.constant(undefined),
  }),
);

test('generated admin API calls: 2xx or 4xx in the OpenAI error format, never a 500', async () => {
  const seed = await request(`${h.url}/admin/tenants`, {
    method: 'POST',
    dispatcher: agent,
    headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'fz' }),
  });
  await seed.body.text();
  await fc.assert(
    fc.asyncProperty(adminCall, async ({ method, path, body }) => {
      const res = await request(`${h.url}${path}`, {
        method: method as 'GET',
        dispatcher: agent,
        headers: {
          authorization: `Bearer ${TEST_KEY}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.body.text();
      const where = `${method} ${path} ${JSON.stringify(body)?.slice(0, 300)}\n→ ${res.statusCode} ${text.slice(0, 300)}`;
      assert.ok(res.statusCode >= 200 && res.statusCode < 500, where);
      if (res.statusCode >= 400) {
        const j = JSON.parse(text);
        assert.equal(typeof j.error?.message, 'string', where);
        assert.equal(typeof j.error?.code, 'string', where);
      }
    }),
    { numRuns: RUNS * 2, seed: Number(process.env.LINTEL_FUZZ_SEED ?? Date.now() % 2 ** 31), endOnFailure: true },
  );
  const health = await request(`${h.url}/healthz`, { dispatcher: agent });
  assert.equal(health.statusCode, 200);
  await health.body.text();
});

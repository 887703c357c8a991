// /metrics counts what was sent; OpenTelemetry spans follow the GenAI conventions and carry the client's trace.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { request } from 'undici';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';

let h: Harness;
const exporter = new InMemorySpanExporter();

before(async () => {
  h = await startHarness(
    (u) => `${simProviders(u)}
routes:
  - model: mini
    retry: { attempts: 1 }
    targets:
      - { provider: sim, model: flaky }
      - { provider: sim, model: gpt-4o-mini }
`,
    { runtime: { spanExporter: exporter } },
  );
});
after(() => h.close());

async function chat(headers: Record<string, string> = {}, model = 'mini') {
  const r = await request(`${h.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${h.key}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ model, messages: [{ role: 'user', content: 'hi' }] }),
  });
  await r.body.text();
  return r.statusCode;
}

test('/metrics parses as Prometheus text and its request counter equals the requests sent', async () => {
  const statuses = [];
  for (let i = 0; i < 7; i++) statuses.push(await chat());
  statuses.push(await chat({}, 'unknown-model'));
  assert.deepEqual(statuses, [200, 200, 200, 200, 200, 200, 200, 404]);
  const r = await request(`${h.url}/metrics`);
  const text = await r.body.text();
  assert.match(String(r.headers['content-type']), /text\/plain/);
  let total = 0;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    assert.match(line, /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{.*\})? [-+0-9.eE]+|NaN|[+-]Inf$/, line);
    if (line.startsWith('lintel_requests_total{')) total += Number(line.split(' ').at(-1));
  }
  assert.equal(total, 8);
  assert.match(text, /lintel_requests_total\{[^}]*status="404"[^}]*\} 1/);
  assert.match(text, /lintel_circuit_state\{target="sim\/gpt-4o-mini"\} 0/);
  assert.match(text, /process_cpu_user_seconds_total/);
  assert.doesNotMatch(text, new RegExp(h.key));
});

test('spans: request span with GenAI attributes, attempt children, client traceparent honoured and forwarded', async () => {
  await h.lintel.observability.tracing.forceFlush();
  exporter.reset();
  h.sim.reset();
  h.sim.setBehavior('flaky', { errorRate: 1, errorStatus: 503 });
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
  assert.equal(await chat({ traceparent: `00-${traceId}-00f067aa0ba902b7-01` }), 200);
  h.sim.setBehavior('flaky', undefined);
  // The request span ends when the gateway finishes the request, after the client has its answer: wait for it.
  const deadline = Date.now() + 5000;
  let spans = exporter.getFinishedSpans();
  while (!spans.some((s) => s.name === 'chat mini') && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 10));
    await h.lintel.observability.tracing.forceFlush();
    spans = exporter.getFinishedSpans();
  }
  const root = spans.find((s) => s.name === 'chat mini');
  assert.ok(root, `spans: ${spans.map((s) => s.name).join(', ')}`);
  assert.equal(root.spanContext().traceId, traceId, 'client trace continued');
  assert.equal(root.attributes['gen_ai.operation.name'], 'chat');
  assert.equal(root.attributes['gen_ai.request.model'], 'mini');
  assert.equal(root.attributes['gen_ai.response.model'], 'gpt-4o-mini');
  assert.ok((root.attributes['gen_ai.usage.input_tokens'] as number) > 0);
  assert.ok((root.attributes['gen_ai.usage.output_tokens'] as number) > 0);
  const attempts = spans.filter((s) => s.parentSpanContext?.spanId === root.spanContext().spanId);
  assert.equal(attempts.length, 2, 'one child span per upstream attempt');
  for (const a of attempts) assert.equal(a.spanContext().traceId, traceId);
  // The upstream saw a traceparent naming the attempt span as parent.
  const seen = h.sim.requests.map((r) => String(r.headers.traceparent));
  assert.equal(seen.length, 2);
  for (const tp of seen) assert.match(tp, new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
  const parentIds = seen.map((tp) => tp.split('-')[2]).sort();
  assert.deepEqual(parentIds, attempts.map((a) => a.spanContext().spanId).sort());
});

test('limiter rejections are counted by limit; the explanation names the refusal', async () => {
  const post = async (path: string, body: unknown, key = h.key) => {
    const r = await request(`${h.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: r.statusCode, json: JSON.parse(await r.body.text()) };
  };
  assert.equal((await post('/admin/tenants', { name: 'metered' })).status, 201);
  const k = await post('/admin/keys', { name: 'one-per-minute', tenant: 'metered', limits: { rpm: 1 } });
  assert.equal(k.status, 201);
  const statuses = [];
  const since = h.finished.length;
  for (let i = 0; i < 3; i++) statuses.push(await chat({ authorization: `Bearer ${k.json.key}` }));
  assert.deepEqual(statuses, [200, 429, 429]);
  const text = await (await request(`${h.url}/metrics`)).body.text();
  assert.match(text, /lintel_limiter_rejections_total\{limit="rpm"\} 2/);
  const refused = await h.finishedAfter(since, (c) => c.status === 429);
  assert.match(refused.checks.map((c) => c.outcome).join(' '), /refused \(rate_limit_exceeded\)/);
});

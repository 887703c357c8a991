import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import type { RequestRecord } from '../spec/record.ts';
import { formatTraceparent, parseTraceparent } from './traceparent.ts';
import { createTracing } from './tracing.ts';

const CLIENT_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CLIENT_SPAN = '00f067aa0ba902b7';

function record(over: Partial<RequestRecord> = {}): RequestRecord {
  return {
    id: 'req_abc',
    receivedAt: Date.now() - 1500,
    firstByteAt: Date.now() - 1200,
    doneAt: Date.now(),
    tenant: null,
    team: null,
    keyId: null,
    endUser: null,
    endpoint: 'chat',
    route: 'default',
    modelRequested: 'gpt-4o',
    modelServed: 'gpt-4o-2024-08-06',
    provider: 'oai-main',
    attempts: [
      { target: 'oai-main/gpt-4o', provider: 'oai-main', status: 503, latencyMs: 20, error: 'http_503' },
      { target: 'oai-main/gpt-4o', provider: 'oai-main', status: 200, latencyMs: 900 },
    ],
    status: 200,
    errorType: null,
    inputTokens: 1200,
    outputTokens: 300,
    cachedInputTokens: 1000,
    cacheWriteTokens: null,
    reasoningTokens: 64,
    tokensEstimated: false,
    costUsd: 0.00475,
    stream: true,
    ttftMs: 300,
    cacheHit: false,
    guardrails: [],
    configVersion: 'v1',
    tags: {},
    ...over,
  };
}

function byName(spans: ReadableSpan[], name: string): ReadableSpan[] {
  return spans.filter((s) => s.name === name);
}

describe('tracing', () => {
  it('creates a request span and attempt children with GenAI attributes, under the client traceparent', async () => {
    const exporter = new InMemorySpanExporter();
    const tracing = createTracing({
      exporter,
      serviceName: 'lintel-test',
      providerKind: (p) => (p.startsWith('oai') ? 'openai' : p),
    });
    assert.equal(tracing.enabled, true);

    const req = tracing.startRequest({
      traceparent: `00-${CLIENT_TRACE}-${CLIENT_SPAN}-01`,
      operation: 'chat',
      requestModel: 'gpt-4o',
      endpoint: 'chat',
      maxTokens: 256,
      temperature: 0.2,
    });
    assert.equal(req.traceId, CLIENT_TRACE);

    const first = req.startAttempt({ provider: 'oai-main', target: 'oai-main/gpt-4o', upstreamModel: 'gpt-4o' });
    const header = first.traceparentHeader();
    assert.ok(header);
    first.end({ status: 503, error: 'http_503' });
    const second = req.startAttempt({ provider: 'oai-main', target: 'oai-main/gpt-4o', upstreamModel: 'gpt-4o' });
    second.end({ status: 200 });
    req.end(record());
    await tracing.forceFlush();

    const spans = exporter.getFinishedSpans();
    assert.equal(spans.length, 3);
    const [root] = spans.filter((s) => s.kind === SpanKind.SERVER);
    const attempts = spans.filter((s) => s.kind === SpanKind.CLIENT);
    assert.equal(root.name, 'chat gpt-4o');
    assert.equal(byName(spans, 'chat gpt-4o').length, 3);
    assert.equal(attempts.length, 2);

    // The client's span is the parent of the request span; attempts are children of the request span.
    assert.equal(root.spanContext().traceId, CLIENT_TRACE);
    assert.equal(root.parentSpanContext?.spanId, CLIENT_SPAN);
    assert.equal(root.parentSpanContext?.isRemote, true);
    for (const a of attempts) {
      assert.equal(a.spanContext().traceId, CLIENT_TRACE);
      assert.equal(a.parentSpanContext?.spanId, root.spanContext().spanId);
    }
    // The header sent upstream names the first attempt as parent.
    const firstSpan = attempts.find((a) => a.attributes['error.type'] === 'http_503');
    assert.ok(firstSpan);
    assert.equal(header, `00-${CLIENT_TRACE}-${firstSpan.spanContext().spanId}-01`);
    assert.equal(firstSpan.status.code, SpanStatusCode.ERROR);
    assert.equal(firstSpan.attributes['http.response.status_code'], 503);
    assert.equal(firstSpan.attributes['gen_ai.provider.name'], 'openai');
    assert.equal(firstSpan.attributes['gen_ai.operation.name'], 'chat');
    assert.equal(firstSpan.attributes['gen_ai.request.model'], 'gpt-4o');
    assert.equal(firstSpan.attributes['lintel.target'], 'oai-main/gpt-4o');

    assert.deepEqual(
      { ...root.attributes },
      {
        'gen_ai.operation.name': 'chat',
        'gen_ai.request.model': 'gpt-4o',
        'gen_ai.request.max_tokens': 256,
        'gen_ai.request.temperature': 0.2,
        'gen_ai.request.stream': true,
        'gen_ai.provider.name': 'openai',
        'gen_ai.response.model': 'gpt-4o-2024-08-06',
        'gen_ai.usage.input_tokens': 1200,
        'gen_ai.usage.output_tokens': 300,
        'gen_ai.usage.cache_read.input_tokens': 1000,
        'gen_ai.usage.reasoning.output_tokens': 64,
        'gen_ai.response.time_to_first_chunk': 0.3,
        'http.response.status_code': 200,
        'lintel.endpoint': 'chat',
        'lintel.request_id': 'req_abc',
        'lintel.route': 'default',
        'lintel.cache_hit': false,
        'lintel.attempts': 2,
        'lintel.tokens_estimated': false,
        'lintel.cost_usd': 0.00475,
      },
    );
    assert.equal(root.status.code, SpanStatusCode.UNSET);
    assert.equal(root.resource.attributes['service.name'], 'lintel-test');
    await tracing.shutdown();
  });

  it('starts a new trace without a (valid) traceparent and marks 5xx requests as errors', async () => {
    const exporter = new InMemorySpanExporter();
    const tracing = createTracing({ exporter });
    const req = tracing.startRequest({
      traceparent: 'garbage',
      operation: 'embeddings',
      requestModel: 'text-embedding-3-small',
      endpoint: 'embeddings',
    });
    req.end(
      record({
        endpoint: 'embeddings',
        modelRequested: 'text-embedding-3-small',
        status: 502,
        errorType: 'upstream_unavailable',
        attempts: [],
        outputTokens: null,
      }),
    );
    await tracing.forceFlush();
    const [span] = exporter.getFinishedSpans();
    assert.equal(span.name, 'embeddings text-embedding-3-small');
    assert.equal(span.parentSpanContext, undefined);
    assert.notEqual(span.spanContext().traceId, CLIENT_TRACE);
    assert.equal(span.attributes['error.type'], 'upstream_unavailable');
    assert.equal(span.attributes['gen_ai.operation.name'], 'embeddings');
    assert.equal(span.status.code, SpanStatusCode.ERROR);
    await tracing.shutdown();
  });

  it('honours an unsampled client parent: no spans, but the context still propagates', async () => {
    const exporter = new InMemorySpanExporter();
    const tracing = createTracing({ exporter });
    const req = tracing.startRequest({
      traceparent: `00-${CLIENT_TRACE}-${CLIENT_SPAN}-00`,
      operation: 'chat',
      requestModel: 'gpt-4o',
      endpoint: 'chat',
    });
    const attempt = req.startAttempt({ provider: 'openai', target: 'openai/gpt-4o', upstreamModel: 'gpt-4o' });
    assert.match(attempt.traceparentHeader() ?? '', new RegExp(`^00-${CLIENT_TRACE}-[0-9a-f]{16}-00$`));
    attempt.end({ status: 200 });
    req.end(record());
    await tracing.forceFlush();
    assert.equal(exporter.getFinishedSpans().length, 0);
    await tracing.shutdown();
  });

  it('is a shared no-op when neither endpoint nor exporter is set', async () => {
    const tracing = createTracing({ serviceName: 'x' });
    assert.equal(tracing.enabled, false);
    const a = tracing.startRequest({ operation: 'chat', requestModel: 'gpt-4o', endpoint: 'chat' });
    const b = tracing.startRequest({ operation: 'chat', requestModel: 'o3', endpoint: 'chat' });
    assert.equal(a, b, 'the same handle every time: nothing allocated per request');
    assert.equal(a.traceId, undefined);
    const attempt = a.startAttempt({ provider: 'openai', target: 'openai/gpt-4o', upstreamModel: 'gpt-4o' });
    assert.equal(attempt, b.startAttempt({ provider: 'x', target: 'y', upstreamModel: 'z' }));
    assert.equal(attempt.traceparentHeader(), undefined);
    attempt.end({ status: 200 });
    a.end(record());
    await tracing.forceFlush();
    await tracing.shutdown();
  });
});

describe('OTLP export', () => {
  it('posts spans to <endpoint>/v1/traces with the configured headers on flush', async () => {
    const received: { url?: string; auth?: string; body: string }[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        received.push({ url: req.url, auth: req.headers.authorization, body });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const tracing = createTracing({
        endpoint: `http://127.0.0.1:${port}`,
        headers: { authorization: 'Bearer collector-token' },
      });
      assert.equal(tracing.enabled, true);
      tracing
        .startRequest({ operation: 'chat', requestModel: 'gpt-4o', endpoint: 'chat' })
        .end(record({ attempts: [] }));
      await tracing.shutdown();
      assert.equal(received.length, 1);
      assert.equal(received[0].url, '/v1/traces');
      assert.equal(received[0].auth, 'Bearer collector-token');
      assert.match(received[0].body, /chat gpt-4o/);
    } finally {
      server.close();
    }
  });
});

describe('traceparent', () => {
  it('parses valid headers and rejects invalid ones', () => {
    const ctx = parseTraceparent(`00-${CLIENT_TRACE}-${CLIENT_SPAN}-01`);
    assert.deepEqual(ctx, { traceId: CLIENT_TRACE, spanId: CLIENT_SPAN, traceFlags: 1, isRemote: true });
    assert.ok(ctx);
    assert.equal(formatTraceparent(ctx), `00-${CLIENT_TRACE}-${CLIENT_SPAN}-01`);
    // A future version may carry more fields.
    assert.ok(parseTraceparent(`01-${CLIENT_TRACE}-${CLIENT_SPAN}-01-extra`));
    for (const bad of [
      undefined,
      '',
      `00-${CLIENT_TRACE}-${CLIENT_SPAN}-01-extra`,
      `ff-${CLIENT_TRACE}-${CLIENT_SPAN}-01`,
      `00-${'0'.repeat(32)}-${CLIENT_SPAN}-01`,
      `00-${CLIENT_TRACE}-${'0'.repeat(16)}-01`,
      `00-${CLIENT_TRACE.toUpperCase()}-${CLIENT_SPAN}-01`,
      `00-${CLIENT_TRACE}-${CLIENT_SPAN}`,
    ]) {
      assert.equal(parseTraceparent(bad), null, String(bad));
    }
  });
});

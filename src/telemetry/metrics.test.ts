import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Counter, Histogram, Registry } from 'prom-client';
import type { RequestRecord } from '../spec/record.ts';
import { statusClassLabel, statusLabel } from './labels.ts';
import { createMetrics } from './metrics.ts';
import { RequestSeries } from './request-series.ts';

function record(over: Partial<RequestRecord> = {}): RequestRecord {
  return {
    id: 'req_1',
    receivedAt: 1_700_000_000_000,
    firstByteAt: 1_700_000_000_300,
    doneAt: 1_700_000_001_200,
    tenant: null,
    team: null,
    keyId: 'key_secret_id',
    endUser: null,
    endpoint: 'chat',
    route: 'default',
    modelRequested: 'gpt-4o',
    modelServed: 'gpt-4o-2024-08-06',
    provider: 'openai',
    attempts: [{ target: 'openai/gpt-4o', provider: 'openai', status: 200, latencyMs: 1100 }],
    status: 200,
    errorType: null,
    inputTokens: 1200,
    outputTokens: 300,
    cachedInputTokens: 1000,
    cacheWriteTokens: null,
    reasoningTokens: null,
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

// One sample line of the Prometheus text format: name, optional {label="value",...}, value. Values parse as Go's
// ParseFloat does, so NaN and Inf are case-insensitive (prom-client writes "Nan" before a first measurement).
const LABEL = String.raw`[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*"`;
const SAMPLE = new RegExp(
  String.raw`^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:${LABEL}(?:,${LABEL})*)?\})? (-?[0-9.]+(?:e[+-]?[0-9]+)?|nan|[+-]?inf)$`,
  'i',
);

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses exposition text, failing on any line that is neither a comment nor a well-formed sample. */
function parseProm(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = SAMPLE.exec(line);
    assert.ok(m, `not a Prometheus sample line: ${line}`);
    const labels: Record<string, string> = {};
    if (m[2]) {
      for (const lm of m[2].matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[lm[1]] = lm[2];
    }
    samples.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return samples;
}

function sum(samples: Sample[], name: string, where: Record<string, string> = {}): number {
  return samples
    .filter((s) => s.name === name && Object.entries(where).every(([k, v]) => s.labels[k] === v))
    .reduce((acc, s) => acc + s.value, 0);
}

describe('metrics', () => {
  it('renders valid Prometheus text whose request counter sums to the records observed', async () => {
    const metrics = createMetrics();
    const n = 57;
    for (let i = 0; i < n; i++) {
      const failed = i % 10 === 0;
      metrics.observe(
        record({
          id: `req_${i}`,
          status: failed ? 502 : 200,
          errorType: failed ? 'upstream_unavailable' : null,
          route: i % 3 === 0 ? 'fast' : 'default',
          attempts: failed
            ? [
                { target: 'openai/gpt-4o', provider: 'openai', status: 503, latencyMs: 10, error: 'http_503' },
                { target: 'openai/gpt-4o', provider: 'openai', status: null, latencyMs: 30_000, error: 'timeout' },
                { target: 'anthropic/claude-sonnet-4', provider: 'anthropic', status: 500, latencyMs: 20 },
              ]
            : record().attempts,
        }),
      );
    }
    metrics.countCacheLookup('hit');
    metrics.countCacheLookup('miss');
    metrics.countLimiterRejection('key_rpm');
    metrics.countBudgetRejection();
    metrics.setRecorderStats(() => ({ queueDepth: 12, lastWriteLagMs: 250 }));
    metrics.setCircuitStates(() => [
      { target: 'openai/gpt-4o', state: 'open' },
      { target: 'anthropic/claude-sonnet-4', state: 'half-open' },
      { target: 'local/llama', state: 0 },
    ]);

    const text = await metrics.render();
    assert.match(metrics.contentType, /^text\/plain/);
    const samples = parseProm(text);

    assert.equal(sum(samples, 'lintel_requests_total'), n);
    assert.equal(sum(samples, 'lintel_requests_total', { status: '502', status_class: '5xx' }), 6);
    assert.equal(sum(samples, 'lintel_request_duration_seconds_count'), n);
    assert.equal(sum(samples, 'lintel_time_to_first_token_seconds_count'), n);
    assert.equal(sum(samples, 'lintel_tokens_total', { type: 'input' }), 1200 * n);
    assert.equal(sum(samples, 'lintel_tokens_total', { type: 'cached_input' }), 1000 * n);
    assert.equal(sum(samples, 'gen_ai_client_operation_duration_seconds_count'), n);
    assert.equal(
      sum(samples, 'gen_ai_client_operation_duration_seconds_count', { error_type: 'upstream_unavailable' }),
      6,
    );
    assert.equal(sum(samples, 'gen_ai_client_token_usage_sum', { gen_ai_token_type: 'output' }), 300 * n);
    assert.equal(sum(samples, 'lintel_upstream_errors_total'), 6 * 3);
    assert.equal(sum(samples, 'lintel_upstream_errors_total', { error: 'timeout' }), 6);
    assert.equal(sum(samples, 'lintel_upstream_errors_total', { error: 'http_500' }), 6);
    assert.equal(sum(samples, 'lintel_retries_total'), 6);
    assert.equal(sum(samples, 'lintel_fallbacks_total'), 6);
    assert.ok(Math.abs(sum(samples, 'lintel_cost_usd_total') - 0.00475 * n) < 1e-9);
    assert.equal(sum(samples, 'lintel_cache_requests_total', { result: 'hit' }), 1);
    assert.equal(sum(samples, 'lintel_limiter_rejections_total', { limit: 'key_rpm' }), 1);
    assert.equal(sum(samples, 'lintel_budget_rejections_total'), 1);
    assert.equal(sum(samples, 'lintel_record_queue_depth'), 12);
    assert.equal(sum(samples, 'lintel_record_write_lag_seconds'), 0.25);
    assert.equal(sum(samples, 'lintel_circuit_state', { target: 'openai/gpt-4o' }), 2);
    assert.equal(sum(samples, 'lintel_circuit_state', { target: 'anthropic/claude-sonnet-4' }), 1);
    assert.equal(sum(samples, 'lintel_circuit_state', { target: 'local/llama' }), 0);
    assert.ok(
      samples.some((s) => s.name === 'process_cpu_user_seconds_total'),
      'Node process metrics',
    );

    // Bounded labels only: no request ids or key ids anywhere.
    assert.doesNotMatch(text, /req_\d|key_secret_id/);
  });

  it('caps distinct label values, folding the rest into "other"', async () => {
    const metrics = createMetrics({ maxLabelValues: 5, defaultMetrics: false });
    for (let i = 0; i < 20; i++) {
      metrics.observe(record({ modelServed: `model-${i}`, modelRequested: `model-${i}` }));
    }
    const samples = parseProm(await metrics.render());
    const requestSamples = samples.filter((s) => s.name === 'lintel_requests_total');
    const models = new Set(requestSamples.map((s) => s.labels.model));
    assert.equal(models.size, 6);
    assert.ok(models.has('other'));
    assert.equal(sum(samples, 'lintel_requests_total', { model: 'other' }), 15);
    assert.equal(sum(samples, 'lintel_requests_total'), 20);
  });

  it('counts unknown cost, guardrail decisions, and skips token metrics for cache hits', async () => {
    const metrics = createMetrics({ defaultMetrics: false, providerKind: (p) => (p === 'oai-eu' ? 'openai' : p) });
    metrics.observe(record({ costUsd: null, provider: 'oai-eu' }));
    metrics.observe(record({ cacheHit: true, costUsd: 0, attempts: [] }));
    metrics.observe(
      record({
        status: 400,
        errorType: 'guardrail_blocked',
        provider: null,
        modelServed: null,
        attempts: [],
        inputTokens: null,
        outputTokens: null,
        cachedInputTokens: null,
        costUsd: null,
        guardrails: [{ guard: 'pii', detector: 'email', stage: 'input', action: 'block' }],
      }),
    );
    const samples = parseProm(await metrics.render());
    assert.equal(sum(samples, 'lintel_cost_unknown_total'), 1);
    assert.equal(sum(samples, 'lintel_guardrail_decisions_total', { guard: 'pii', action: 'block' }), 1);
    assert.equal(sum(samples, 'lintel_tokens_total', { type: 'input' }), 1200);
    assert.equal(sum(samples, 'gen_ai_client_operation_duration_seconds_count', { gen_ai_provider_name: 'openai' }), 1);
    assert.equal(sum(samples, 'lintel_requests_total'), 3);
    assert.equal(sum(samples, 'lintel_requests_total', { provider: 'none', status: '400' }), 1);
  });

  it('keeps registries independent', async () => {
    const a = createMetrics({ defaultMetrics: false });
    const b = createMetrics({ defaultMetrics: false });
    a.observe(record());
    assert.equal(sum(parseProm(await a.render()), 'lintel_requests_total'), 1);
    assert.equal(sum(parseProm(await b.render()), 'lintel_requests_total'), 0);
  });

  it('labels statuses without unbounded values', () => {
    assert.equal(statusLabel(204), '204');
    assert.equal(statusLabel(999), 'other');
    assert.equal(statusLabel(Number.NaN), 'other');
    assert.equal(statusClassLabel(429), '4xx');
    assert.equal(statusClassLabel(0), 'other');
  });

  it('request count and duration updated in place read exactly as through prom-client, across a reset', async () => {
    const names = ['endpoint', 'route', 'model', 'provider', 'status_class', 'status'];
    const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
    const make = () => {
      const registry = new Registry();
      const counter = new Counter({ name: 'req_total', help: 'h', labelNames: names, registers: [registry] });
      const histogram = new Histogram({
        name: 'req_seconds',
        help: 'h',
        labelNames: names.slice(0, 5),
        buckets,
        registers: [registry],
      });
      return { registry, counter, histogram };
    };
    const fast = make();
    const plain = make();
    const series = new RequestSeries(fast.counter, fast.histogram, buckets, 3); // a small cache: some sets stay uncached
    const calls: [string, string, string, string, number, number][] = [];
    for (let i = 0; i < 600; i++) {
      const status = [200, 200, 200, 429, 500][i % 5] as number;
      // Durations on and between bounds, above every bound, and zero.
      const seconds = [0, 0.005, 0.0051, 0.3, 1, 7.5, 0.00001][i % 7] as number;
      calls.push([i % 3 ? 'retrieve' : 'chat', `r${i % 4}`, `m${i % 2}`, 'sim', status, seconds]);
    }
    const run = (from: number, to: number) => {
      for (const [endpoint, route, model, provider, status, seconds] of calls.slice(from, to)) {
        const labels = { endpoint, route, model, provider, status_class: statusClassLabel(status) };
        series.add(endpoint, route, model, provider, labels.status_class, statusLabel(status), seconds);
        plain.counter.inc({ ...labels, status: statusLabel(status) });
        plain.histogram.observe(labels, seconds);
      }
    };
    run(0, 300);
    assert.equal(await fast.registry.metrics(), await plain.registry.metrics());
    fast.registry.resetMetrics();
    plain.registry.resetMetrics();
    run(300, 600);
    assert.equal(await fast.registry.metrics(), await plain.registry.metrics(), 'after a reset');
    assert.match(await fast.registry.metrics(), /req_total\{endpoint="retrieve",route="r1",[^}]*status="200"\} [1-9]/);
  });
});

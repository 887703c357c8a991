// Prometheus metrics on a private registry. Per-request metrics come from the finished RequestRecord, which the
// lead passes to observe() off the response path; gauges for queue and circuit state are read at scrape time.

import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { RequestRecord } from '../spec/record.ts';
import { errorTypeOf, identityProviderKind, operationOf, type ProviderKindFn } from './gen-ai.ts';
import { LabelCap, statusClassLabel, statusLabel } from './labels.ts';
import { RequestSeries } from './request-series.ts';

export interface RecorderStats {
  queueDepth: number;
  lastWriteLagMs: number;
  spooledRecords?: number;
}

/** 0 closed, 1 half-open, 2 open (the numbers are accepted as they are). */
export type CircuitState = 'closed' | 'half-open' | 'open' | 0 | 1 | 2;

export interface CircuitStateSample {
  target: string;
  state: CircuitState;
}

export type CacheResult = 'hit' | 'miss' | 'bypass';

/** What the health gauges read (a subset of NodeStatus in src/server/health.ts). */
export interface HealthSample {
  ready: boolean;
  store: { up: boolean };
  limits: { rebuilds: number; restored: number };
  audit: { lastCheckpointAt: number | null };
}

export interface MetricsOptions {
  /** Distinct values admitted per label (model, route, provider, target, …) before "other". Default 200. */
  maxLabelValues?: number;
  /** Node process metrics (CPU, memory, event loop lag, GC). Default true. */
  defaultMetrics?: boolean;
  /** Configured provider name → `gen_ai_provider_name` value. Default: the name itself. */
  providerKind?: ProviderKindFn;
}

export interface Metrics {
  readonly registry: Registry;
  readonly contentType: string;
  /** Updates the per-request metrics from a finished record. */
  observe(record: RequestRecord): void;
  countLimiterRejection(limit: string): void;
  countBudgetRejection(): void;
  countCacheLookup(result: CacheResult): void;
  /** Registers the recorder's queue stats, read at each scrape. */
  setRecorderStats(read: () => RecorderStats): void;
  /** Registers the node's health (readiness, store, audit anchoring), read at each scrape. */
  setHealth(read: () => HealthSample): void;
  /** Registers the circuit breakers' states, read at each scrape. */
  setCircuitStates(read: () => Iterable<CircuitStateSample>): void;
  /** Prometheus text exposition of every metric. */
  render(): Promise<string>;
}

// Gateway latency spans cache hits (ms) to long generations (minutes).
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];
const TTFT_BUCKETS = [0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10, 20, 30];
// Bucket boundaries advised by the OTel GenAI metric conventions.
const GENAI_DURATION_BUCKETS = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92];
const GENAI_TOKEN_BUCKETS = [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864];

const CIRCUIT_CODES: Record<string, number> = { closed: 0, 'half-open': 1, open: 2 };

const REQUEST_LABELS = ['endpoint', 'route', 'model', 'provider', 'status_class', 'status'] as const;
const DURATION_LABELS = ['endpoint', 'route', 'model', 'provider', 'status_class'] as const;
const TTFT_LABELS = ['endpoint', 'route', 'model', 'provider'] as const;
const TOKEN_LABELS = ['type', 'endpoint', 'route', 'model', 'provider'] as const;
const GENAI_LABELS = [
  'gen_ai_operation_name',
  'gen_ai_provider_name',
  'gen_ai_request_model',
  'gen_ai_response_model',
  'error_type',
] as const;
const GENAI_TOKEN_LABELS = [
  'gen_ai_operation_name',
  'gen_ai_provider_name',
  'gen_ai_request_model',
  'gen_ai_response_model',
  'gen_ai_token_type',
] as const;

export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  const registers = [registry];
  const max = options.maxLabelValues ?? 200;
  const providerKind = options.providerKind ?? identityProviderKind;
  const models = new LabelCap(max);
  const routes = new LabelCap(max);
  const providers = new LabelCap(max);
  const providerKinds = new LabelCap(max);
  const targets = new LabelCap(max);
  const errors = new LabelCap(max);
  const guards = new LabelCap(max);
  const limits = new LabelCap(max);

  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: 'lintel_requests_total',
    help: 'Requests answered, by endpoint, route, model, provider and HTTP status.',
    labelNames: REQUEST_LABELS,
    registers,
  });
  const duration = new Histogram({
    name: 'lintel_request_duration_seconds',
    help: 'Time from receiving a request to its last byte.',
    labelNames: DURATION_LABELS,
    buckets: DURATION_BUCKETS,
    registers,
  });
  const requestSeries = new RequestSeries(requests, duration, DURATION_BUCKETS);
  const ttft = new Histogram({
    name: 'lintel_time_to_first_token_seconds',
    help: 'Time from receiving a streamed request to its first token sent to the client.',
    labelNames: TTFT_LABELS,
    buckets: TTFT_BUCKETS,
    registers,
  });
  const tokens = new Counter({
    name: 'lintel_tokens_total',
    help: 'Upstream tokens by type (input includes cached_input and cache_write; output includes reasoning).',
    labelNames: TOKEN_LABELS,
    registers,
  });
  const genAiDuration = new Histogram({
    name: 'gen_ai_client_operation_duration_seconds',
    help: 'GenAI operation duration (OTel gen_ai.client.operation.duration).',
    labelNames: GENAI_LABELS,
    buckets: GENAI_DURATION_BUCKETS,
    registers,
  });
  const genAiTokens = new Histogram({
    name: 'gen_ai_client_token_usage',
    help: 'Tokens per GenAI operation (OTel gen_ai.client.token.usage).',
    labelNames: GENAI_TOKEN_LABELS,
    buckets: GENAI_TOKEN_BUCKETS,
    registers,
  });
  const upstreamErrors = new Counter({
    name: 'lintel_upstream_errors_total',
    help: 'Failed upstream attempts by provider, target and error class.',
    labelNames: ['provider', 'target', 'error'] as const,
    registers,
  });
  const retries = new Counter({
    name: 'lintel_retries_total',
    help: 'Attempts that retried the same target.',
    labelNames: ['provider', 'target'] as const,
    registers,
  });
  const fallbacks = new Counter({
    name: 'lintel_fallbacks_total',
    help: 'Attempts that moved to another target.',
    labelNames: ['route'] as const,
    registers,
  });
  const limiterRejections = new Counter({
    name: 'lintel_limiter_rejections_total',
    help: 'Requests rejected by a rate or concurrency limit.',
    labelNames: ['limit'] as const,
    registers,
  });
  const budgetRejections = new Counter({
    name: 'lintel_budget_rejections_total',
    help: 'Requests rejected because a budget was exhausted.',
    registers,
  });
  const cacheRequests = new Counter({
    name: 'lintel_cache_requests_total',
    help: 'Response cache lookups by result.',
    labelNames: ['result'] as const,
    registers,
  });
  const guardrailDecisions = new Counter({
    name: 'lintel_guardrail_decisions_total',
    help: 'Guardrail decisions by guard and action.',
    labelNames: ['guard', 'action'] as const,
    registers,
  });
  const costTotal = new Counter({
    name: 'lintel_cost_usd_total',
    help: 'Cost of answered requests in USD, from the price table.',
    labelNames: ['route', 'model', 'provider'] as const,
    registers,
  });
  const costUnknown = new Counter({
    name: 'lintel_cost_unknown_total',
    help: 'Requests that used tokens on a model without a known price (cost recorded as null).',
    labelNames: ['model'] as const,
    registers,
  });

  let readRecorder: (() => RecorderStats) | null = null;
  const queueDepth = new Gauge({
    name: 'lintel_record_queue_depth',
    help: 'Request records waiting to be written.',
    registers,
    collect() {
      if (readRecorder) queueDepth.set(readRecorder().queueDepth);
    },
  });
  const writeLag = new Gauge({
    name: 'lintel_record_write_lag_seconds',
    help: 'Age of the oldest record in the last written batch.',
    registers,
    collect() {
      if (readRecorder) writeLag.set(readRecorder().lastWriteLagMs / 1000);
    },
  });

  const spooled = new Gauge({
    name: 'lintel_record_spooled_records',
    help: 'Request records in the disk spool, waiting for the store (grows while the store is down).',
    registers,
    collect() {
      if (readRecorder) spooled.set(readRecorder().spooledRecords ?? 0);
    },
  });

  let readHealth: (() => HealthSample) | null = null;
  const ready = new Gauge({
    name: 'lintel_ready',
    help: '1 when the node can serve calls (what /readyz answers), 0 while starting, draining or limits are down.',
    registers,
    collect() {
      if (readHealth) ready.set(readHealth().ready ? 1 : 0);
    },
  });
  const storeUp = new Gauge({
    name: 'lintel_store_up',
    help: '1 when the last probe of the relational store succeeded (the node serves either way; records spool).',
    registers,
    collect() {
      if (readHealth) storeUp.set(readHealth().store.up ? 1 : 0);
    },
  });
  const limitRebuilds = new Counter({
    name: 'lintel_limits_rebuilds_total',
    help: 'Tenants whose limits and budgets this node rebuilt from the request log because Redis held no state for them: kind="restored" when Redis had lost recorded state, "first_use" otherwise.',
    labelNames: ['kind'] as const,
    registers,
    collect() {
      if (!readHealth) return;
      const { rebuilds, restored } = readHealth().limits;
      limitRebuilds.reset();
      limitRebuilds.inc({ kind: 'restored' }, restored);
      limitRebuilds.inc({ kind: 'first_use' }, rebuilds - restored);
    },
  });
  const lastCheckpoint = new Gauge({
    name: 'lintel_audit_last_checkpoint_timestamp_seconds',
    help: 'Time of the newest signed audit checkpoint (0 before the first).',
    registers,
    collect() {
      if (readHealth) lastCheckpoint.set((readHealth().audit.lastCheckpointAt ?? 0) / 1000);
    },
  });

  let readCircuits: (() => Iterable<CircuitStateSample>) | null = null;
  const circuitState = new Gauge({
    name: 'lintel_circuit_state',
    help: 'Circuit breaker state per target: 0 closed, 1 half-open, 2 open.',
    labelNames: ['target'] as const,
    registers,
    collect() {
      if (!readCircuits) return;
      circuitState.reset();
      for (const { target, state } of readCircuits()) {
        const code = typeof state === 'number' ? state : CIRCUIT_CODES[state];
        if (code !== undefined) circuitState.set({ target: targets.value(target) }, code);
      }
    },
  });

  function observe(r: RequestRecord): void {
    const endpoint = r.endpoint;
    const route = routes.value(r.route);
    const model = models.value(r.modelServed ?? r.modelRequested);
    const provider = providers.value(r.provider);
    const statusClass = statusClassLabel(r.status);

    const seconds = Math.max(0, r.doneAt - r.receivedAt) / 1000;
    requestSeries.add(endpoint, route, model, provider, statusClass, statusLabel(r.status), seconds);
    if (r.ttftMs !== null && r.ttftMs >= 0) ttft.observe({ endpoint, route, model, provider }, r.ttftMs / 1000);

    // Token and GenAI client metrics describe calls to a provider: a cache hit or a blocked request made none.
    if (!r.cacheHit && r.provider !== null) {
      addTokens('input', r.inputTokens, endpoint, route, model, provider);
      addTokens('output', r.outputTokens, endpoint, route, model, provider);
      addTokens('cached_input', r.cachedInputTokens, endpoint, route, model, provider);
      addTokens('cache_write', r.cacheWriteTokens, endpoint, route, model, provider);
      addTokens('reasoning', r.reasoningTokens, endpoint, route, model, provider);

      const operation = operationOf(endpoint);
      const genProvider = providerKinds.value(providerKind(r.provider));
      const requestModel = models.value(r.modelRequested);
      const responseModel = models.value(r.modelServed);
      const errorType = errorTypeOf(r);
      const genLabels: Partial<Record<(typeof GENAI_LABELS)[number], string>> = {
        gen_ai_operation_name: operation,
        gen_ai_provider_name: genProvider,
        gen_ai_request_model: requestModel,
        gen_ai_response_model: responseModel,
      };
      if (errorType !== undefined) genLabels.error_type = errors.value(errorType);
      genAiDuration.observe(genLabels, seconds);
      if (r.inputTokens !== null) {
        genAiTokens.observe(
          {
            gen_ai_operation_name: operation,
            gen_ai_provider_name: genProvider,
            gen_ai_request_model: requestModel,
            gen_ai_response_model: responseModel,
            gen_ai_token_type: 'input',
          },
          r.inputTokens,
        );
      }
      if (r.outputTokens !== null && operation === 'chat') {
        genAiTokens.observe(
          {
            gen_ai_operation_name: operation,
            gen_ai_provider_name: genProvider,
            gen_ai_request_model: requestModel,
            gen_ai_response_model: responseModel,
            gen_ai_token_type: 'output',
          },
          r.outputTokens,
        );
      }
    }

    const attempts = r.attempts;
    for (let i = 0; i < attempts.length; i++) {
      const a = attempts[i];
      const target = targets.value(a.target);
      if (a.error !== undefined || a.status === null || a.status >= 400) {
        const error = errors.value(a.error ?? (a.status === null ? 'network' : `http_${a.status}`));
        upstreamErrors.inc({ provider: providers.value(a.provider), target, error });
      }
      if (i > 0) {
        if (a.target === attempts[i - 1].target) retries.inc({ provider: providers.value(a.provider), target });
        else fallbacks.inc({ route });
      }
    }

    for (const g of r.guardrails) guardrailDecisions.inc({ guard: guards.value(g.guard), action: g.action });

    if (r.costUsd !== null) {
      if (r.costUsd > 0) costTotal.inc({ route, model, provider }, r.costUsd);
    } else if (!r.cacheHit && ((r.inputTokens ?? 0) > 0 || (r.outputTokens ?? 0) > 0)) {
      costUnknown.inc({ model });
    }
  }

  function addTokens(
    type: string,
    count: number | null,
    endpoint: string,
    route: string,
    model: string,
    provider: string,
  ): void {
    if (count !== null && count > 0) tokens.inc({ type, endpoint, route, model, provider }, count);
  }

  return {
    registry,
    contentType: registry.contentType,
    observe,
    countLimiterRejection(limit) {
      limiterRejections.inc({ limit: limits.value(limit) });
    },
    countBudgetRejection() {
      budgetRejections.inc();
    },
    countCacheLookup(result) {
      cacheRequests.inc({ result });
    },
    setRecorderStats(read) {
      readRecorder = read;
    },
    setHealth(read) {
      readHealth = read;
    },
    setCircuitStates(read) {
      readCircuits = read;
    },
    render() {
      return registry.metrics();
    },
  };
}

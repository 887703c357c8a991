// OpenTelemetry traces with the GenAI semantic conventions: a SERVER span per request, a CLIENT span per upstream
// attempt. Off unless an OTLP endpoint or an exporter is given; then every call returns shared no-op handles.
// The provider is private (never registered globally) and parents are passed explicitly, so no context manager
// or async hooks run on the hot path.

import {
  type Attributes,
  type Context,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import { createRequire } from 'node:module';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVICE_NAME,
} from '@opentelemetry/semantic-conventions';
import type { RequestRecord } from '../spec/record.ts';
import { errorTypeOf, type GenAiOperation, identityProviderKind, type ProviderKindFn } from './gen-ai.ts';
import { formatTraceparent, parseTraceparent } from './traceparent.ts';

export interface TracingOptions {
  /** OTLP/HTTP traces endpoint; "/v1/traces" is appended when the URL has no path. */
  endpoint?: string;
  serviceName?: string;
  /** Replaces the OTLP exporter (tests pass an InMemorySpanExporter). */
  exporter?: SpanExporter;
  /** Extra OTLP request headers, e.g. an auth token for the collector. */
  headers?: Record<string, string>;
  /** Share of new traces (no sampled client parent) to record, 0..1. Default 1. */
  sampleRatio?: number;
  /** Configured provider name → `gen_ai.provider.name`. Default: the name itself. */
  providerKind?: ProviderKindFn;
}

export interface RequestSpanStart {
  /** The client's W3C `traceparent` header; becomes the parent when valid. */
  traceparent?: string;
  operation: GenAiOperation;
  requestModel: string;
  endpoint: RequestRecord['endpoint'];
  /** Epoch ms the request arrived (record.receivedAt); default now. */
  startTime?: number;
  maxTokens?: number;
  temperature?: number;
}

export interface AttemptSpanStart {
  provider: string;
  target: string;
  upstreamModel: string;
}

export interface AttemptSpanEnd {
  /** Upstream HTTP status, null on a network error or timeout. */
  status: number | null;
  /** Short error class, e.g. "timeout", "http_503". */
  error?: string;
}

export interface AttemptSpan {
  /** `traceparent` to send upstream (this attempt as parent), or undefined when tracing is off. */
  traceparentHeader(): string | undefined;
  end(result: AttemptSpanEnd): void;
}

export interface RequestSpan {
  /** Trace id for log correlation, undefined when tracing is off. */
  readonly traceId: string | undefined;
  startAttempt(attempt: AttemptSpanStart): AttemptSpan;
  /** Sets the outcome attributes from the finished record and ends the span at record.doneAt. */
  end(record: RequestRecord): void;
}

export interface Tracing {
  readonly enabled: boolean;
  startRequest(start: RequestSpanStart): RequestSpan;
  /** Exports every ended span now. */
  forceFlush(): Promise<void>;
  /** Flushes and stops the exporter. */
  shutdown(): Promise<void>;
}

const NOOP_ATTEMPT: AttemptSpan = Object.freeze({
  traceparentHeader: () => undefined,
  end: () => {},
});

const NOOP_REQUEST: RequestSpan = Object.freeze({
  traceId: undefined,
  startAttempt: () => NOOP_ATTEMPT,
  end: () => {},
});

const DISABLED: Tracing = Object.freeze({
  enabled: false,
  startRequest: () => NOOP_REQUEST,
  forceFlush: async () => {},
  shutdown: async () => {},
});

// The SDK and the OTLP exporter (~9 MB resident) load only when tracing is on; require() keeps createTracing
// synchronous (both packages ship CommonJS builds).
const requireLazily = createRequire(import.meta.url);
const sdk = () => requireLazily('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');

export function createTracing(options: TracingOptions = {}): Tracing {
  const exporter = options.exporter ?? (options.endpoint ? otlpExporter(options.endpoint, options.headers) : null);
  if (!exporter) return DISABLED;
  const { AlwaysOnSampler, BasicTracerProvider, BatchSpanProcessor, ParentBasedSampler, TraceIdRatioBasedSampler } =
    sdk();
  const { resourceFromAttributes } = requireLazily(
    '@opentelemetry/resources',
  ) as typeof import('@opentelemetry/resources');

  const ratio = options.sampleRatio ?? 1;
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName ?? 'lintel' }),
    sampler: new ParentBasedSampler({
      root: ratio >= 1 ? new AlwaysOnSampler() : new TraceIdRatioBasedSampler(Math.max(0, ratio)),
    }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  const tracer = provider.getTracer('lintel');
  const providerKind = options.providerKind ?? identityProviderKind;

  return {
    enabled: true,
    startRequest(start) {
      const remote = parseTraceparent(start.traceparent);
      const parent = remote ? trace.setSpanContext(ROOT_CONTEXT, remote) : ROOT_CONTEXT;
      const attributes: Attributes = {
        'gen_ai.operation.name': start.operation,
        'gen_ai.request.model': start.requestModel,
        'lintel.endpoint': start.endpoint,
      };
      if (start.maxTokens !== undefined) attributes['gen_ai.request.max_tokens'] = start.maxTokens;
      if (start.temperature !== undefined) attributes['gen_ai.request.temperature'] = start.temperature;
      const span = tracer.startSpan(
        `${start.operation} ${start.requestModel}`,
        { kind: SpanKind.SERVER, attributes, startTime: start.startTime },
        parent,
      );
      return new LiveRequestSpan(span, start.operation, providerKind, (name, attrs, ctx) =>
        tracer.startSpan(name, { kind: SpanKind.CLIENT, attributes: attrs }, ctx),
      );
    },
    forceFlush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}

type StartClientSpan = (name: string, attributes: Attributes, parent: Context) => Span;

class LiveRequestSpan implements RequestSpan {
  private context: Context | null = null;

  constructor(
    private readonly span: Span,
    private readonly operation: GenAiOperation,
    private readonly providerKind: ProviderKindFn,
    private readonly startClientSpan: StartClientSpan,
  ) {}

  get traceId(): string {
    return this.span.spanContext().traceId;
  }

  startAttempt(attempt: AttemptSpanStart): AttemptSpan {
    this.context ??= trace.setSpan(ROOT_CONTEXT, this.span);
    const span = this.startClientSpan(
      `${this.operation} ${attempt.upstreamModel}`,
      {
        'gen_ai.operation.name': this.operation,
        'gen_ai.provider.name': this.providerKind(attempt.provider),
        'gen_ai.request.model': attempt.upstreamModel,
        'lintel.provider': attempt.provider,
        'lintel.target': attempt.target,
      },
      this.context,
    );
    return new LiveAttemptSpan(span);
  }

  end(r: RequestRecord): void {
    const span = this.span;
    if (span.isRecording()) {
      const attributes: Attributes = {
        [ATTR_HTTP_RESPONSE_STATUS_CODE]: r.status,
        'gen_ai.request.stream': r.stream,
        'lintel.request_id': r.id,
        'lintel.cache_hit': r.cacheHit,
        'lintel.attempts': r.attempts.length,
        'lintel.tokens_estimated': r.tokensEstimated,
      };
      if (r.modelRequested !== null) attributes['gen_ai.request.model'] = r.modelRequested;
      if (r.provider !== null) attributes['gen_ai.provider.name'] = this.providerKind(r.provider);
      if (r.modelServed !== null) attributes['gen_ai.response.model'] = r.modelServed;
      if (r.inputTokens !== null) attributes['gen_ai.usage.input_tokens'] = r.inputTokens;
      if (r.outputTokens !== null) attributes['gen_ai.usage.output_tokens'] = r.outputTokens;
      if (r.cachedInputTokens !== null) attributes['gen_ai.usage.cache_read.input_tokens'] = r.cachedInputTokens;
      if (r.cacheWriteTokens !== null) attributes['gen_ai.usage.cache_creation.input_tokens'] = r.cacheWriteTokens;
      if (r.reasoningTokens !== null) attributes['gen_ai.usage.reasoning.output_tokens'] = r.reasoningTokens;
      if (r.ttftMs !== null) attributes['gen_ai.response.time_to_first_chunk'] = r.ttftMs / 1000;
      if (r.route !== null) attributes['lintel.route'] = r.route;
      if (r.costUsd !== null) attributes['lintel.cost_usd'] = r.costUsd;
      const errorType = errorTypeOf(r);
      if (errorType !== undefined) attributes[ATTR_ERROR_TYPE] = errorType;
      span.setAttributes(attributes);
      // A server span is in error for 5xx only; 4xx are the client's (HTTP semantic conventions).
      if (r.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR, message: errorType });
    }
    span.end(r.doneAt);
  }
}

class LiveAttemptSpan implements AttemptSpan {
  private header: string | undefined;

  constructor(private readonly span: Span) {}

  traceparentHeader(): string {
    this.header ??= formatTraceparent(this.span.spanContext());
    return this.header;
  }

  end(result: AttemptSpanEnd): void {
    const span = this.span;
    if (span.isRecording()) {
      if (result.status !== null) span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, result.status);
      const errorType =
        result.error ?? (result.status === null ? 'network' : result.status >= 400 ? String(result.status) : undefined);
      if (errorType !== undefined) {
        span.setAttribute(ATTR_ERROR_TYPE, errorType);
        span.setStatus({ code: SpanStatusCode.ERROR, message: errorType });
      }
    }
    span.end();
  }
}

function otlpExporter(endpoint: string, headers: Record<string, string> | undefined): SpanExporter {
  const url = new URL(endpoint);
  if (url.pathname === '' || url.pathname === '/') url.pathname = '/v1/traces';
  const { OTLPTraceExporter } = requireLazily(
    '@opentelemetry/exporter-trace-otlp-http',
  ) as typeof import('@opentelemetry/exporter-trace-otlp-http');
  return new OTLPTraceExporter({ url: url.toString(), headers });
}

// OpenTelemetry logs over OTLP/HTTP (JSON): each event is one log record — body the event as JSON, attributes
// `event.name` (lintel.request | lintel.audit), `lintel.id` and a few fields to filter on — exported through the
// OTel SDK's OTLP log exporter. The SDK's own batch processor is not used: it drops records when the collector is
// down, while this sink's queue spools them. The SDK loads only when an OTLP sink is configured.
import { createRequire } from 'node:module';
import type { SdkLogRecord } from '@opentelemetry/sdk-logs';
import type { SinkConfig } from '../config.ts';
import {
  type EventSink,
  excerpt,
  isPermanentStatus,
  type RejectedEvent,
  rejectAll,
  RetryableDeliveryError,
} from '../delivery.ts';
import { eventName, type StreamEvent, severityOf } from '../events.ts';

type OtlpConfig = Extract<SinkConfig, { type: 'otlp' }>;

const requireLazily = createRequire(import.meta.url);

/** OTel severity numbers (logs data model): INFO 9, INFO2 10 (notice), WARN 13, ERROR 17. */
const OTEL_SEVERITY: Record<string, number> = { INFO: 9, NOTICE: 10, WARN: 13, ERROR: 17 };

/** Scalar fields worth an attribute of their own (receivers index attributes, not JSON bodies). */
function attributesOf(e: StreamEvent): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = { 'event.name': eventName(e), 'lintel.id': e.id };
  const pick =
    e.kind === 'request'
      ? (['tenant', 'keyId', 'route', 'modelServed', 'provider', 'status', 'errorType', 'costUsd'] as const)
      : (['seq', 'tenant', 'actor', 'role', 'action', 'resource', 'hash'] as const);
  for (const k of pick) {
    const v = e.data[k];
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[`lintel.${k}`] = v;
  }
  return out;
}

export class OtlpLogSink implements EventSink {
  readonly label: string;
  readonly #exporter: import('@opentelemetry/exporter-logs-otlp-http').OTLPLogExporter;
  readonly #logger: import('@opentelemetry/api-logs').Logger;
  readonly #provider: import('@opentelemetry/sdk-logs').LoggerProvider;
  #collected: SdkLogRecord[] = [];

  constructor(cfg: OtlpConfig) {
    this.label = `otlp:${cfg.name}`;
    const { LoggerProvider } = requireLazily('@opentelemetry/sdk-logs') as typeof import('@opentelemetry/sdk-logs');
    const { OTLPLogExporter } = requireLazily(
      '@opentelemetry/exporter-logs-otlp-http',
    ) as typeof import('@opentelemetry/exporter-logs-otlp-http');
    const { resourceFromAttributes } = requireLazily(
      '@opentelemetry/resources',
    ) as typeof import('@opentelemetry/resources');
    this.#exporter = new OTLPLogExporter({ url: cfg.endpoint, headers: cfg.headers, timeoutMillis: cfg.timeout_ms });
    // A processor that only collects: send() emits a batch, takes the records and exports them itself.
    this.#provider = new LoggerProvider({
      resource: resourceFromAttributes({ 'service.name': cfg.service_name }),
      processors: [
        {
          onEmit: (r: SdkLogRecord) => {
            this.#collected.push(r);
          },
          forceFlush: async () => {},
          shutdown: async () => {},
        },
      ],
    });
    this.#logger = this.#provider.getLogger('lintel.integrations');
  }

  async send(events: readonly StreamEvent[]): Promise<RejectedEvent[]> {
    this.#collected = [];
    for (const e of events) {
      const sev = severityOf(e);
      this.#logger.emit({
        timestamp: e.time,
        severityNumber: OTEL_SEVERITY[sev.text],
        severityText: sev.text,
        body: JSON.stringify({ kind: e.kind, id: e.id, ...e.data }),
        attributes: attributesOf(e),
      });
    }
    const records = this.#collected;
    this.#collected = [];
    const result = await new Promise<{ code: number; error?: Error }>((resolve) =>
      this.#exporter.export(records, resolve),
    );
    if (result.code === 0) return []; // ExportResultCode.SUCCESS
    const status = (result.error as { code?: unknown } | undefined)?.code;
    if (typeof status === 'number' && isPermanentStatus(status)) {
      const data = (result.error as { data?: unknown }).data;
      return rejectAll(events, `HTTP ${status}: ${excerpt(typeof data === 'string' ? data : '')}`);
    }
    throw new RetryableDeliveryError(
      `OTLP export failed: ${result.error?.message ?? 'unknown error'}`,
      typeof status === 'number' ? status : undefined,
    );
  }

  async close(): Promise<void> {
    await this.#exporter.shutdown();
    await this.#provider.shutdown();
  }
}

// Everything that observes finished requests: cost, Prometheus metrics, OpenTelemetry spans, logs.
// Runs after the response is written; nothing here is on the path to the client's bytes.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { errorBody } from '../errors/format.ts';
import { LintelError } from '../errors/lintel-error.ts';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { LintelConfig } from '../config/schema.ts';
import { createPriceBook, type PriceBook } from '../cost/price-book.ts';
import { estimateTokens, estimateTokensFast, loadTokenizer, tokenizerLoaded } from '../cost/tokens.ts';
import type { RequestContext } from '../gateway/context.ts';
import type { Router } from '../routing/router.ts';
import type { RequestRecord } from '../spec/record.ts';
import { createLogger } from '../telemetry/logger.ts';
import { createMetrics, type Metrics } from '../telemetry/metrics.ts';
import { createTracing, type Tracing } from '../telemetry/tracing.ts';

export interface Observability {
  logger: Logger;
  priceBook: PriceBook;
  metrics: Metrics;
  tracing: Tracing;
  /** Fills estimated tokens and cost on ctx (before budgets settle). */
  account(ctx: RequestContext): void;
  /** Builds the record, updates metrics, ends the trace. */
  observe(ctx: RequestContext, configVersion: string | null): RequestRecord;
  plugin(app: FastifyInstance): void;
  close(): Promise<void>;
}

/** Limiter, budget and cache outcomes, read from what the pipeline stages left on ctx. */
function countAccessOutcome(metrics: Metrics, ctx: RequestContext): void {
  if (ctx.trace.attempts.length === 0) {
    if (ctx.errorType === 'budget_exceeded') metrics.countBudgetRejection();
    else if (ctx.errorType === 'rate_limit_exceeded') {
      const why = ctx.checks.find((c) => c.stage === 'admission')?.outcome ?? '';
      metrics.countLimiterRejection(
        /requests per minute/.test(why)
          ? 'rpm'
          : /tokens per minute/.test(why)
            ? 'tpm'
            : /concurrent/.test(why)
              ? 'concurrency'
              : 'other',
      );
    }
  }
  const cache = ctx.cacheHit ? 'hit' : ctx.responseHeaders?.['x-lintel-cache'];
  if (cache === 'hit' || cache === 'miss' || cache === 'bypass') metrics.countCacheLookup(cache);
}

/** Constant-time comparison of `Authorization: Bearer <token>` with the configured token. */
function bearerMatches(header: string | undefined, token: string): boolean {
  if (typeof header !== 'string' || header.slice(0, 7).toLowerCase() !== 'bearer ') return false;
  const given = createHash('sha256').update(header.slice(7).trim()).digest();
  return timingSafeEqual(given, createHash('sha256').update(token).digest());
}

export function createObservability(
  config: LintelConfig,
  router: () => Router,
  opts: { exporter?: SpanExporter } = {},
): Observability {
  const logger = createLogger();
  const priceBook = createPriceBook(config.cost.prices, { logger });
  const kindOf = (p: string) => router().providers.get(p)?.config.kind ?? p;
  const metrics = createMetrics({ providerKind: kindOf });
  metrics.setCircuitStates(() =>
    router()
      .allTargets()
      .map((t) => ({ target: t.id, state: t.breaker.current() })),
  );
  const tracing = createTracing({
    endpoint: config.telemetry.otlp_endpoint,
    headers: config.telemetry.otlp_headers,
    serviceName: config.telemetry.service_name,
    exporter: opts.exporter,
    providerKind: kindOf,
  });
  // The exact tokenizer (o200k tables: ~27 MB resident, ~0.5 s of CPU to load) is only needed to count streams
  // whose upstream sent no usage, so it loads in the background the first time one ends; until then, and with
  // LINTEL_TOKENIZER_PRELOAD=0 (the test runner), counts use the fast approximation. =1 loads it at start.
  const preload = process.env.LINTEL_TOKENIZER_PRELOAD;
  const ensureTokenizer = () => {
    if (preload === '0' || tokenizerLoaded()) return;
    void loadTokenizer().catch((err) => logger.warn({ err }, 'tokenizer failed to load; using fast estimates'));
  };
  if (preload === '1') ensureTokenizer();

  return {
    logger,
    priceBook,
    metrics,
    tracing,
    account(ctx) {
      if (ctx.tokensEstimated) ensureTokenizer();
      if (ctx.usage && ctx.tokensEstimated && ctx.outputText !== null) {
        ctx.usage = { ...ctx.usage, outputTokens: estimateTokens(ctx.outputText) };
      }
      if (ctx.usage && ctx.tokensEstimated && ctx.usage.inputTokens === 0 && ctx.promptText) {
        ctx.usage = { ...ctx.usage, inputTokens: estimateTokensFast(ctx.promptText) };
      }
      const model = ctx.modelServed ?? ctx.modelRequested;
      if (ctx.usage && model && ctx.costUsd === null && !ctx.cacheHit) {
        const c = priceBook.cost(model, ctx.usage, ctx.receivedAt);
        ctx.costUsd = c.costUsd;
      } else if (ctx.cacheHit) {
        ctx.costUsd = 0; // served from cache: no provider was paid
      }
    },
    observe(ctx, configVersion) {
      const record = ctx.toRecord(configVersion);
      metrics.observe(record);
      countAccessOutcome(metrics, ctx);
      ctx.span?.end(record);
      return record;
    },
    plugin(app) {
      const token = config.server.metrics_token || process.env.LINTEL_METRICS_TOKEN || undefined;
      app.get('/metrics', async (req, reply) => {
        if (token !== undefined && !bearerMatches(req.headers.authorization, token)) {
          const le = new LintelError('invalid_api_key', 'GET /metrics needs Authorization: Bearer <metrics token>.');
          return reply.code(401).header('content-type', 'application/json').send(errorBody('openai', le));
        }
        reply.header('content-type', metrics.contentType);
        return metrics.render();
      });
    },
    close: () => tracing.shutdown(),
  };
}

// lintel.yaml, validated at load. Keys are snake_case as written by users; the loader returns these types as-is.
import { retrievalConfigSchema } from '../retrieval/config.ts';
import { ragRouteSchema } from '../retrieval/rag.ts';
import { z } from 'zod';
import { accessConfigSchema } from '../access/config.ts';
import { priceOverridesSchema } from '../cost/schema.ts';
import { guardSetsSchema } from '../guardrails/engine/config.ts';
import { BUILTIN_SETS } from '../guardrails/engine/defaults.ts';
import { consoleConfigSchema } from '../console/config.ts';
import { integrationsConfigSchema } from '../integrations/config.ts';
import { secret } from './secret-fields.ts';

const providerSchema = z
  .object({
    kind: z.enum(['openai', 'anthropic', 'openai-compatible']),
    base_url: secret(z.string().url({ message: 'must be a URL such as https://api.openai.com/v1' }), 'url'),
    api_key: secret(z.string()).optional(),
    /**
     * Name of a credential stored with POST /admin/provider-credentials: a tenant's own credential of that name
     * serves its requests, else the global one; api_key (if any) is the fallback when neither exists.
     */
    credential: z.string().min(1).optional(),
    headers: z.record(z.string(), secret(z.string())).default({}),
    /** Connect timeout and keep-alive pool size per upstream origin. */
    connect_timeout_ms: z.number().int().positive().default(5_000),
    connections: z.number().int().positive().max(1024).default(128),
  })
  .strict();

const targetSchema = z
  .object({
    provider: z.string().min(1),
    model: z.string().min(1),
    weight: z.number().positive().default(1),
  })
  .strict();

const retrySchema = z
  .object({
    attempts: z.number().int().min(1).max(10).default(2),
    backoff_ms: z.number().int().min(0).default(100),
    max_backoff_ms: z.number().int().min(0).default(2_000),
    jitter: z.boolean().default(true),
    on_status: z.array(z.number().int().min(400).max(599)).default([408, 429, 500, 502, 503, 504]),
    on_network_error: z.boolean().default(true),
    respect_retry_after: z.boolean().default(true),
    /** A Retry-After longer than this skips to the next target instead of waiting. */
    max_retry_after_ms: z.number().int().min(0).default(5_000),
  })
  .strict();

const timeoutSchema = z
  .object({
    /** Until the upstream's response headers (and, for streams, the first event). */
    attempt_ms: z.number().int().positive().default(30_000),
    /** Whole request including retries and fallbacks (streams: until the first event). */
    total_ms: z.number().int().positive().default(120_000),
    /** Max silence between two chunks of a streaming body once it started. */
    idle_ms: z.number().int().positive().default(60_000),
  })
  .strict();

const breakerSchema = z
  .object({
    enabled: z.boolean().default(true),
    consecutive_failures: z.number().int().min(1).default(5),
    failure_ratio: z.number().gt(0).max(1).default(0.5),
    min_requests: z.number().int().min(1).default(20),
    window_ms: z.number().int().positive().default(30_000),
    cooldown_ms: z.number().int().positive().default(30_000),
  })
  .strict();

export const routeSchema = z
  .object({
    model: z.string().min(1),
    strategy: z.enum(['priority', 'weighted', 'least-latency']).default('priority'),
    /** Targets; may be empty when `registry` names the model (then they are fallbacks after the version). */
    targets: z.array(targetSchema).default([]),
    /** `NAME@ALIAS` (or `registry:NAME@ALIAS`): the model registry picks the version per request (src/lifecycle). */
    registry: z
      .string()
      .regex(/^(registry:)?[A-Za-z0-9_.-]+@[A-Za-z0-9_.-]+$/, 'use NAME@ALIAS, e.g. support-bot@champion')
      .transform((s) => s.replace(/^registry:/, ''))
      .optional(),
    retry: retrySchema.default(retrySchema.parse({})),
    timeout: timeoutSchema.default(timeoutSchema.parse({})),
    circuit_breaker: breakerSchema.default(breakerSchema.parse({})),
    /** Guard sets for this route (overrides guardrails.apply). */
    guardrails: z.array(z.string()).optional(),
    /** Store prompt and response bodies of this route's calls (overrides recording.bodies). */
    record_bodies: z.boolean().optional(),
    /** Retrieval-augmented generation from a collection (docs/retrieval.md). */
    rag: ragRouteSchema.optional(),
  })
  .strict();

export const MIN_MASTER_KEY_LENGTH = 16;

const serverSchema = z
  .object({
    /** Loopback by default: binding other interfaces is a decision (LINTEL_HOST / --host / this key). */
    host: z.string().default('127.0.0.1'),
    port: z.number().int().min(0).max(65535).default(4000),
    master_key: secret(
      z.string().min(MIN_MASTER_KEY_LENGTH, { message: `must be at least ${MIN_MASTER_KEY_LENGTH} characters` }),
    ).optional(),
    body_limit_mb: z.number().positive().max(1024).default(10),
    shutdown_timeout_ms: z.number().int().positive().default(10_000),
    /**
     * On SIGTERM the node turns not-ready at once but keeps accepting calls for this long, so load balancers stop
     * sending before it closes its listener (set it to the balancer's check interval × failures; 0 = close at once).
     */
    drain_delay_ms: z.number().int().min(0).max(600_000).default(0),
    /** Deepest object/array nesting accepted in a JSON body (deeper: 400 before parsing). */
    max_json_depth: z.number().int().min(8).max(10_000).default(128),
    /** Until a request's headers have arrived (slow-header clients get 408). */
    headers_timeout_ms: z.number().int().positive().default(60_000),
    /** Until a whole request (headers and body) has arrived; 0 = unbounded. Slow-body clients get 408. */
    request_timeout_ms: z.number().int().min(0).default(120_000),
    /** An idle keep-alive connection is closed after this long without a new request. */
    keep_alive_timeout_ms: z.number().int().positive().default(72_000),
    /** Open client connections at most; beyond it a request is answered 503 and its connection closed. */
    max_connections: z.number().int().positive().default(10_000),
    /** When set, GET /metrics needs `Authorization: Bearer <token>` (env LINTEL_METRICS_TOKEN). */
    metrics_token: secret(z.string().min(16, { message: 'must be at least 16 characters' })).optional(),
    /** Client headers passed to same-dialect upstreams (provider feature flags); lower case. */
    forward_headers: z
      .array(z.string().regex(/^[a-z0-9-]+$/, 'header names in lower case'))
      .default(['anthropic-beta', 'openai-beta']),
  })
  .strict()
  .refine((s) => s.request_timeout_ms === 0 || s.headers_timeout_ms <= s.request_timeout_ms, {
    message: 'headers_timeout_ms must not exceed request_timeout_ms',
    path: ['headers_timeout_ms'],
  });

const postgresSchema = z
  .object({
    /** Connections per process at most; size it so pool_max × processes × nodes stays under max_connections. */
    pool_max: z.number().int().min(1).max(1000).default(10),
    /** Waiting for a connection fails after this long (0 = wait forever). */
    connection_timeout_ms: z.number().int().min(0).default(10_000),
    /** Idle pooled connections are closed after this long (0 = never). */
    idle_timeout_ms: z.number().int().min(0).default(10_000),
    /** PostgreSQL cancels statements running longer (0 = no limit; migrations are exempt). */
    statement_timeout_ms: z.number().int().min(0).default(0),
    /** postgres://… of a read replica for the admin read paths (request log, usage, console overview). */
    read_replica_url: secret(
      z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL'),
      'url',
    ).optional(),
  })
  .strict();

const storageSchema = z
  .object({
    database_url: secret(z.string(), 'url').nullish(),
    /** PostgreSQL pool, timeouts and read replica (ignored by the embedded store). */
    postgres: postgresSchema.default(postgresSchema.parse({})),
    data_dir: z.string().default('.lintel'),
    /** PostgreSQL schema (created if missing); default LINTEL_DATABASE_SCHEMA, else the search_path default. */
    schema: z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/, 'use lower-case letters, digits and _')
      .optional(),
  })
  .strict();

const guardrailsSchema = z
  .object({
    sets: guardSetsSchema.default({}),
    /** Sets applied to every route that names none; [] = no guardrails unless a route asks. */
    apply: z.array(z.string()).default([]),
    /** When a json_schema output guard blocks a (non-streamed) answer, ask the model once more with the errors. */
    json_repair: z.boolean().default(false),
  })
  .strict();

const telemetrySchema = z
  .object({
    /** OTLP/HTTP traces endpoint; tracing is off when unset. */
    otlp_endpoint: secret(z.string().url(), 'url').optional(),
    otlp_headers: z.record(z.string(), secret(z.string())).default({}),
    service_name: z.string().default('lintel'),
  })
  .strict();

const recordingSchema = z
  .object({
    enabled: z.boolean().default(true),
    /** Store prompt and response bodies (apart from the record). Off by default. */
    bodies: z.boolean().default(false),
    flush_interval_ms: z.number().int().min(10).max(60_000).default(200),
    batch_size: z.number().int().min(1).max(10_000).default(500),
  })
  .strict();

const auditSchema = z
  .object({
    /** A signed Merkle checkpoint every N events or T ms, whichever comes first. */
    checkpoint_every: z.number().int().min(1).default(100),
    checkpoint_interval_ms: z.number().int().min(0).default(60_000),
    /** Append checkpoints as JSON lines to this file (an external copy auditors can keep). */
    sink_file: z.string().optional(),
    webhook_url: secret(z.string().url(), 'secret-url').optional(),
    webhook_secret: secret(z.string()).optional(),
  })
  .strict();

const retentionPolicySchema = z
  .object({
    bodies_days: z.number().int().positive().optional(),
    records_days: z.number().int().positive().optional(),
  })
  .strict();

const retentionSchema = z
  .object({
    enabled: z.boolean().default(true),
    interval_ms: z.number().int().positive().default(3_600_000),
    defaults: retentionPolicySchema.default({}),
    /** Per-tenant policies; shorter than the floor is refused at load. */
    tenants: z.record(z.string(), retentionPolicySchema).default({}),
    floor: retentionPolicySchema.default({}),
  })
  .strict();

export const configSchema = z
  .object({
    console: consoleConfigSchema.default(consoleConfigSchema.parse({})),
    server: serverSchema.default(serverSchema.parse({})),
    storage: storageSchema.default(storageSchema.parse({})),
    providers: z.record(
      z.string().regex(/^[A-Za-z0-9_.-]+$/, 'provider names use letters, digits, _ . -'),
      providerSchema,
    ),
    routes: z.array(routeSchema).default([]),
    cost: z
      .object({ prices: priceOverridesSchema.default([]) })
      .strict()
      .default({ prices: [] }),
    telemetry: telemetrySchema.default(telemetrySchema.parse({})),
    recording: recordingSchema.default(recordingSchema.parse({})),
    audit: auditSchema.default(auditSchema.parse({})),
    guardrails: guardrailsSchema.default({ sets: {}, apply: [], json_repair: false }),
    retention: retentionSchema.default(retentionSchema.parse({})),
    access: accessConfigSchema.default(accessConfigSchema.parse({})),
    /** Stored responses of the Responses API (previous_response_id, GET /v1/responses/{id}). */
    responses: z
      .object({ store: z.boolean().default(true), retention_days: z.number().int().positive().default(30) })
      .strict()
      .default({ store: true, retention_days: 30 }),
    retrieval: retrievalConfigSchema.default(retrievalConfigSchema.parse({})),
    /** Streaming sinks for request records and audit events (OTLP logs, syslog, Splunk HEC, Elastic). */
    integrations: integrationsConfigSchema.default({ sinks: [] }),
  })
  .strict()
  .superRefine((cfg, ctx) => {
    const seen = new Set<string>();
    const sets = new Set([...Object.keys(BUILTIN_SETS), ...Object.keys(cfg.guardrails.sets)]);
    const checkSets = (names: string[] | undefined, path: (string | number)[]) =>
      names?.forEach((n, k) => {
        if (!sets.has(n)) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, k],
            message: `unknown guard set "${n}" (known: ${[...sets].join(', ')})`,
          });
        }
      });
    checkSets(cfg.guardrails.apply, ['guardrails', 'apply']);
    cfg.routes.forEach((route, i) => {
      if (seen.has(route.model)) {
        ctx.addIssue({
          code: 'custom',
          path: ['routes', i, 'model'],
          message: `duplicate route for model "${route.model}"`,
        });
      }
      seen.add(route.model);
      checkSets(route.guardrails, ['routes', i, 'guardrails']);
      if (route.targets.length === 0 && !route.registry) {
        ctx.addIssue({ code: 'custom', path: ['routes', i, 'targets'], message: 'a route needs at least one target' });
      }
      route.targets.forEach((t, j) => {
        if (!(t.provider in cfg.providers)) {
          ctx.addIssue({
            code: 'custom',
            path: ['routes', i, 'targets', j, 'provider'],
            message: `unknown provider "${t.provider}" (defined: ${Object.keys(cfg.providers).join(', ') || 'none'})`,
          });
        }
      });
    });
  });

export type LintelConfig = z.infer<typeof configSchema>;
export type ProviderConfig = z.infer<typeof providerSchema>;
export type RouteConfig = z.infer<typeof routeSchema>;
export type TargetConfig = z.infer<typeof targetSchema>;
export type RetryConfig = z.infer<typeof retrySchema>;
export type BreakerConfig = z.infer<typeof breakerSchema>;

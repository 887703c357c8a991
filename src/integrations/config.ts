// `integrations:` in lintel.yaml: streaming sinks for request records and audit events.
import { z } from 'zod';
import { secret } from '../config/secret-fields.ts';

const httpTls = z
  .object({
    ca_file: z.string().min(1).optional(),
    reject_unauthorized: z.boolean().default(true),
  })
  .strict();

/** Delivery settings every sink shares. */
const delivery = {
  name: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'sink names use a-z, 0-9, _ and - (the spool folder)'),
  /** Which streams go to this sink; default both. */
  streams: z
    .array(z.enum(['requests', 'audit']))
    .min(1)
    .default(['requests', 'audit']),
  batch_size: z.number().int().min(1).max(10_000).default(500),
  flush_interval_ms: z.number().int().min(10).max(60_000).default(1_000),
  /** In-memory queue bound; past it the queue spills to the spool (never blocks a request). */
  max_queue: z.number().int().min(1).max(1_000_000).default(20_000),
  timeout_ms: z.number().int().min(100).max(120_000).default(10_000),
  retry_min_ms: z.number().int().min(10).default(500),
  retry_max_ms: z.number().int().min(10).default(30_000),
};

const otlpSink = z
  .object({
    type: z.literal('otlp'),
    ...delivery,
    /** OTLP/HTTP logs endpoint, e.g. http://collector:4318/v1/logs (JSON encoding). */
    endpoint: secret(z.string().url(), 'url'),
    headers: z.record(z.string(), secret(z.string())).default({}),
    service_name: z.string().default('lintel'),
  })
  .strict();

const syslogSink = z
  .object({
    type: z.literal('syslog'),
    ...delivery,
    host: z.string().min(1),
    port: z.number().int().min(1).max(65_535).default(6514),
    /** RFC 5425 TLS; off = plain TCP (RFC 6587 octet counting either way). */
    tls: z
      .object({
        enabled: z.boolean().default(true),
        ca_file: z.string().min(1).optional(),
        /** Client certificate and key (PEM files) for receivers that require mutual TLS. */
        cert_file: z.string().min(1).optional(),
        key_file: z.string().min(1).optional(),
        server_name: z.string().optional(),
        reject_unauthorized: z.boolean().default(true),
      })
      .strict()
      .default({ enabled: true, reject_unauthorized: true }),
    /** Syslog facility number (16 = local0). */
    facility: z.number().int().min(0).max(23).default(16),
    app_name: z
      .string()
      .regex(/^[!-~]{1,48}$/, 'printable ASCII, no spaces, at most 48 characters')
      .default('lintel'),
    /** Default: the machine's hostname. */
    hostname: z
      .string()
      .regex(/^[!-~]{1,255}$/, 'printable ASCII, no spaces')
      .optional(),
  })
  .strict();

const splunkSink = z
  .object({
    type: z.literal('splunk_hec'),
    ...delivery,
    /** Base URL of the HEC listener, e.g. https://splunk.example.com:8088 (events go to /services/collector/event). */
    url: secret(z.string().url(), 'url'),
    token: secret(z.string().min(1)),
    index: z.string().optional(),
    /** Source types per stream. */
    sourcetype: z
      .object({ requests: z.string().default('lintel:request'), audit: z.string().default('lintel:audit') })
      .strict()
      .default({ requests: 'lintel:request', audit: 'lintel:audit' }),
    source: z.string().default('lintel'),
    tls: httpTls.optional(),
  })
  .strict();

const elasticSink = z
  .object({
    type: z.literal('elastic'),
    ...delivery,
    /** Cluster URL, e.g. https://es.example.com:9200 (batches go to /_bulk). */
    url: secret(z.string().url(), 'url'),
    api_key: secret(z.string().min(1)).optional(),
    username: z.string().optional(),
    password: secret(z.string()).optional(),
    /** Index (or data stream) per stream; documents are created with the event id, so a re-sent one is a no-op. */
    index: z
      .object({ requests: z.string().default('lintel-requests'), audit: z.string().default('lintel-audit') })
      .strict()
      .default({ requests: 'lintel-requests', audit: 'lintel-audit' }),
    tls: httpTls.optional(),
  })
  .strict()
  .refine((s) => (s.username === undefined) === (s.password === undefined), {
    message: 'username and password go together',
    path: ['password'],
  })
  .refine((s) => !(s.api_key && s.username), { message: 'use api_key or username/password, not both' });

export const sinkConfigSchema = z.discriminatedUnion('type', [otlpSink, syslogSink, splunkSink, elasticSink]);
export type SinkConfig = z.infer<typeof sinkConfigSchema>;

export const integrationsConfigSchema = z
  .object({ sinks: z.array(sinkConfigSchema).default([]) })
  .strict()
  .superRefine((cfg, ctx) => {
    const seen = new Set<string>();
    cfg.sinks.forEach((s, i) => {
      if (seen.has(s.name))
        ctx.addIssue({ code: 'custom', path: ['sinks', i, 'name'], message: `duplicate sink name "${s.name}"` });
      seen.add(s.name);
      if (s.retry_max_ms < s.retry_min_ms)
        ctx.addIssue({ code: 'custom', path: ['sinks', i, 'retry_max_ms'], message: 'must be at least retry_min_ms' });
    });
  });
export type IntegrationsConfig = z.infer<typeof integrationsConfigSchema>;

// The `access:` section of lintel.yaml (keys, limits, budgets, cache). Everything has a default, so the section is
// optional; Redis is used when `redis_url` or LINTEL_REDIS_URL is set.
import { z } from 'zod';
import { secret } from '../config/secret-fields.ts';
import { parseRedisUrl } from './redis-client.ts';

const cacheSchema = z
  .object({
    enabled: z.boolean().default(false),
    ttl_seconds: z.number().int().positive().default(300),
    /** Memory bound of the in-process cache (Redis mode: bound by Redis's own maxmemory). */
    max_bytes: z
      .number()
      .int()
      .positive()
      .default(64 * 1024 * 1024),
    /** Larger answers are not cached. */
    max_entry_bytes: z
      .number()
      .int()
      .positive()
      .default(1024 * 1024),
  })
  .strict();

const alertsSchema = z
  .object({
    webhook_url: secret(
      z.string().url({ message: 'must be a URL such as https://hooks.example.com/lintel' }),
      'secret-url',
    ).optional(),
    webhook_secret: secret(z.string().min(16, { message: 'must be at least 16 characters' })).optional(),
  })
  .strict()
  .refine((a) => !a.webhook_url || a.webhook_secret, {
    message: 'webhook_secret is required with webhook_url (alerts are HMAC-signed)',
    path: ['webhook_secret'],
  });

export const accessConfigSchema = z
  .object({
    /**
     * redis://host:6379, redis+sentinel://s1:26379,s2:26379/MASTER or redis+cluster://n1:6379,n2:6379 (rediss… for
     * TLS); default: the LINTEL_REDIS_URL environment variable; unset = embedded in-process limits.
     */
    redis_url: secret(
      z.string().superRefine((url, ctx) => {
        try {
          parseRedisUrl(url);
        } catch (err) {
          ctx.addIssue({ code: 'custom', message: (err as Error).message });
        }
      }),
      'url',
    ).nullish(),
    /** Prefix of every Redis key (several deployments may share one Redis). Braces are reserved for hash tags. */
    redis_prefix: z
      .string()
      .regex(/^[^{}]*$/, 'must not contain { or } (Lintel puts the hash tag that picks the Redis Cluster slot there)')
      .default('lintel:'),
    /** Redis unreachable: `closed` refuses with 503; `open` falls back to this node's own limits. */
    redis_failure_mode: z.enum(['closed', 'open']).default('closed'),
    redis_command_timeout_ms: z.number().int().positive().default(1000),
    /** How often each node pulls key/tenant changes; bounds how long a revocation takes to reach it. */
    sync_interval_ms: z.number().int().min(20).max(10_000).default(250),
    /** Output tokens reserved for a request that sets no max_tokens. */
    default_max_output_tokens: z.number().int().positive().default(4096),
    /** In-flight slots and budget reservations of a node that died are released after these leases. */
    concurrency_lease_seconds: z.number().int().positive().default(600),
    reservation_lease_seconds: z.number().int().positive().default(3600),
    cache: cacheSchema.default(cacheSchema.parse({})),
    budget_alerts: alertsSchema.default({}),
  })
  .strict();

export type AccessConfig = z.infer<typeof accessConfigSchema>;

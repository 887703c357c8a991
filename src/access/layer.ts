// Assembles the access layer of one node: the key directory, the limit store (in-process, or Redis with a
// failure policy), the response cache, budget alerts, provider credentials, the gateway hooks and the admin routes.
import cluster from 'node:cluster';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { createPriceBook, type PriceBook } from '../cost/price-book.ts';
import type { GatewayHooks } from '../gateway/hooks.ts';
import { type Database, runMigrations } from '../storage/database.ts';
import { adminPlugin } from './admin/plugin.ts';
import { admitHook, authenticateHook, mayCallHook } from './admission.ts';
import { type AlertSender, createAlertSender } from './alerts.ts';
import { type CacheVariant, cacheHooks } from './cache/hooks.ts';
import { MemoryResponseCache } from './cache/memory-cache.ts';
import { RedisResponseCache } from './cache/redis-cache.ts';
import type { ResponseCache } from './cache/types.ts';
import type { AccessConfig } from './config.ts';
import { CredentialCache } from './credential-cache.ts';
import { CredentialStore } from './credentials.ts';
import { Directory } from './directory.ts';
import { createIdentify, type IdentifyFn, principalOfIdentity } from './identity.ts';
import { FailoverLimitStore, type FailoverStats } from './limits/failover-store.ts';
import { MemoryLimitStore } from './limits/memory-store.ts';
import { rebuildFromLog } from './limits/rebuild-from-log.ts';
import { type RebuildReport, RedisLimitStore } from './limits/redis-store.ts';
import type { LimitStore } from './limits/types.ts';
import { ACCESS_MIGRATIONS } from './migrations.ts';
import {
  createRedisClient,
  describeRedisTarget,
  parseRedisUrl,
  type RedisClient,
  type RedisTarget,
} from './redis-client.ts';
import { SpendJournal } from './spend-journal.ts';
import type { AdminPrincipal } from './types.ts';

export interface AccessLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface AccessLayerOptions {
  config: AccessConfig;
  database: Database;
  masterKey: string;
  logger: AccessLogger;
  /** The node's price book (shared with cost accounting); the shipped prices when absent. */
  priceBook?: PriceBook;
  /** Overrides config.redis_url and LINTEL_REDIS_URL. */
  redisUrl?: string;
  /** Overrides LINTEL_SECRET_KEY (provider credential encryption). */
  secretKey?: string;
  /** The clock deciding key expiry and rotation overlaps (tests); Date.now by default. */
  clock?: () => number;
  /** What else keys a cached answer besides tenant and request: the guard sets in effect (see cache/variant.ts). */
  cacheVariant?: CacheVariant;
  /** Writes an audit event (a tenant's limit state rebuilt after Redis lost it). */
  audit?: (e: { action: string; resource: string; tenant: string | null; after: unknown }) => void;
}

export interface AccessStats {
  mode: 'embedded' | 'redis';
  /** Redis failures, fail-open admissions and fail-closed refusals (Redis mode). */
  /** Redis mode: failures, topology, and tenants' limit state rebuilt from the request log (all / restored). */
  redis: (FailoverStats & { topology: string; rebuilds: number; restored: number }) | null;
  cache: { hits: number; misses: number; bypasses: number; stores: number; entries: number | null } | null;
  alerts: { sent: number; failed: number } | null;
  keys: number;
  directoryRevision: number;
  directorySyncFailures: number;
  settleErrors: number;
}

export interface AccessLayer {
  hooks: Pick<GatewayHooks, 'authenticate' | 'admit' | 'mayCall' | 'cacheLookup' | 'cacheStore' | 'upstreamAuth'>;
  /** Registers /admin/tenants, /admin/keys, /admin/provider-credentials, /admin/whoami, /admin/openapi.json. */
  plugin(app: FastifyInstance): Promise<void>;
  identify: IdentifyFn;
  /** The admin-API view of a caller (role, tenant, global); throws 401 for a missing/unknown/revoked key. */
  principal(headers: IncomingHttpHeaders): AdminPrincipal;
  directory: Directory;
  credentials: CredentialStore;
  /**
   * Starts keeping stored provider credentials in memory for `upstreamAuth` (idempotent; resolves after the first
   * load). The runtime calls it when a provider names a `credential`, so nodes that use none never open any.
   */
  useCredentials(): Promise<void>;
  store(): LimitStore;
  stats(): AccessStats;
  /** Waits for webhook deliveries in flight (tests). */
  alertsIdle(): Promise<void>;
  close(): Promise<void>;
}

async function connectRedis(target: RedisTarget, cfg: AccessConfig, logger: AccessLogger): Promise<RedisClient> {
  const redis = createRedisClient(target, { commandTimeoutMs: cfg.redis_command_timeout_ms });
  redis.on('error', () => {}); // failures are logged per transition by the failover store
  try {
    await redis.connect();
  } catch (err) {
    logger.error(
      { err, redis: describeRedisTarget(target) },
      'access: Redis is not reachable at startup; the failure policy applies until it is',
    );
  }
  return redis;
}

export async function createAccessLayer(opts: AccessLayerOptions): Promise<AccessLayer> {
  const { config: cfg, database, logger } = opts;
  await runMigrations(database, ACCESS_MIGRATIONS);
  const directory = new Directory(database, logger);
  await directory.start(cfg.sync_interval_ms);
  const prices = opts.priceBook ?? createPriceBook();

  const redisUrl = opts.redisUrl || cfg.redis_url || process.env.LINTEL_REDIS_URL || undefined;
  let redis: RedisClient | null = null;
  let shared: RedisLimitStore | null = null;
  /** Rebuilds that restored something (Redis had lost it), as opposed to a tenant's first use. */
  let restored = 0;
  let store: LimitStore;
  let failover: FailoverLimitStore | null = null;
  let journal: SpendJournal | null = null;
  let target: RedisTarget | null = null;
  if (redisUrl) {
    try {
      target = parseRedisUrl(redisUrl);
    } catch (err) {
      throw new Error(`access.redis_url / LINTEL_REDIS_URL: ${(err as Error).message}`);
    }
    redis = await connectRedis(target, cfg, logger);
    shared = new RedisLimitStore(redis, {
      prefix: cfg.redis_prefix,
      concurrencyLeaseMs: cfg.concurrency_lease_seconds * 1000,
      reservationLeaseMs: cfg.reservation_lease_seconds * 1000,
      rebuild: rebuildFromLog(database.db, directory),
      onRebuilt: (r: RebuildReport) => {
        // Once per tenant when it first uses this Redis, or whenever Redis has lost its data.
        // Nothing recorded yet is a tenant's first use; anything recorded means Redis had lost it.
        const lost = r.spentUsd > 0 || r.requests > 0;
        logger[lost ? 'warn' : 'info'](
          { tenant: r.tenant, scopes: r.scopes, spentUsd: r.spentUsd, windowRequests: r.requests, ms: r.ms },
          'access: Redis held no limit state for this tenant (first use, or Redis lost its data); rebuilt budgets and rate windows from the request log',
        );
        if (lost) {
          restored++;
          opts.audit?.({
            action: 'limits.rebuild',
            resource: `tenant:${r.tenant ?? '-'}`,
            tenant: r.tenant,
            after: { scopes: r.scopes, spent_usd: r.spentUsd, window_requests: r.requests },
          });
        }
      },
    });
    failover = new FailoverLimitStore(shared, new MemoryLimitStore(), cfg.redis_failure_mode, logger);
    store = failover;
  } else {
    const memory = new MemoryLimitStore();
    journal = new SpendJournal(database.db, memory, (err) => logger.warn({ err }, 'access: cannot save spend'));
    await journal.start();
    store = memory;
    if (cluster.isWorker) {
      logger.warn({}, 'access: without Redis each worker process enforces limits and budgets on its own');
    }
  }

  let cache: ResponseCache | null = null;
  if (cfg.cache.enabled) {
    const ttlMs = cfg.cache.ttl_seconds * 1000;
    cache =
      redis && failover
        ? new RedisResponseCache(redis, cfg.redis_prefix, ttlMs, (err) => failover?.noteFailure(err, 'cache'))
        : new MemoryResponseCache(cfg.cache.max_bytes, ttlMs);
  }
  const caching = cache ? cacheHooks(cache, cfg.cache.max_entry_bytes, opts.cacheVariant) : null;

  const webhook = cfg.budget_alerts.webhook_url;
  const alerts: AlertSender | null =
    webhook && cfg.budget_alerts.webhook_secret
      ? createAlertSender({ url: webhook, secret: cfg.budget_alerts.webhook_secret, logger })
      : null;

  let settleErrors = 0;
  const identify = createIdentify(directory, opts.masterKey, opts.clock);
  const deps = {
    identify,
    directory,
    store: () => store,
    prices,
    defaultMaxOutputTokens: cfg.default_max_output_tokens,
    onAlerts: (list: Parameters<AlertSender['send']>[0][]) => {
      for (const a of list) {
        logger.info(
          { scope: a.scope.id, threshold: a.threshold, spentUsd: a.spentUsd, cause: a.cause },
          `access: budget of ${a.scope.level} "${a.scope.name}" at ${Math.round(a.threshold * 100)}%`,
        );
        alerts?.send(a);
      }
    },
    onSettleError: (err: unknown) => {
      settleErrors++;
      logger.warn({ err }, 'access: settling a request failed');
    },
  };
  const credentials = new CredentialStore(database.db, opts.secretKey ?? process.env.LINTEL_SECRET_KEY);
  // Providers configured with `credential: NAME` authenticate with the stored key (the tenant's own first).
  let lastCredentialError = '';
  const credentialCache = new CredentialCache(credentials, (err) => {
    const msg = (err as Error).message;
    if (msg !== lastCredentialError) {
      logger.warn({ err }, 'access: provider credentials could not be refreshed; the previous ones stay in use');
    }
    lastCredentialError = msg;
  });
  credentials.onChange = () => void credentialCache.refresh();
  let credentialsStarted: Promise<void> | null = null;

  return {
    hooks: {
      authenticate: authenticateHook(deps),
      admit: admitHook(deps),
      mayCall: mayCallHook(deps),
      ...(caching ? { cacheLookup: caching.cacheLookup, cacheStore: caching.cacheStore } : {}),
      upstreamAuth: (ctx, provider) => {
        const name = provider.config.credential;
        if (name === undefined) return undefined;
        const key = credentialCache.resolve(name, ctx.principal.tenant);
        return key === null ? undefined : provider.adapter.authHeaders(key);
      },
    },
    plugin: adminPlugin({ database, directory, identify, store: () => store, credentials }),
    identify,
    principal: (headers) => principalOfIdentity(identify(headers)),
    directory,
    credentials,
    useCredentials: () => {
      credentialsStarted ??= credentialCache.start(Math.max(1000, cfg.sync_interval_ms));
      return credentialsStarted;
    },
    store: () => store,
    stats: () => ({
      mode: redis ? 'redis' : 'embedded',
      redis:
        failover && shared && target
          ? { ...failover.stats(), topology: target.mode, rebuilds: shared.rebuilds, restored }
          : null,
      cache: caching && cache ? { ...caching.counters, entries: cache.stats().entries } : null,
      alerts: alerts?.stats() ?? null,
      keys: directory.listKeys().length,
      directoryRevision: directory.revision(),
      directorySyncFailures: directory.syncFailures,
      settleErrors,
    }),
    alertsIdle: () => alerts?.idle() ?? Promise.resolve(),
    async close() {
      directory.stop();
      credentialCache.stop();
      await store.close();
      await journal?.close();
      // Deliveries still retrying are given two seconds, not their whole backoff.
      await Promise.race([alerts?.idle(), new Promise((r) => setTimeout(r, 2000).unref())]);
      redis?.disconnect();
    },
  };
}

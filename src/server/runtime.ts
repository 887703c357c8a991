// Assembles a running Lintel node from a loaded config: store, router, upstream pools, HTTP app,
// and the graceful shutdown that drains in-flight requests and streams within a deadline.
import { retrievalService } from '../retrieval/area.ts';
import { withRag } from '../retrieval/rag.ts';
import type { AddressInfo } from 'node:net';
import { userInfo } from 'node:os';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { FastifyInstance } from 'fastify';
import { type AccessLayer, createAccessLayer } from '../access/layer.ts';
import { ACCESS_MIGRATIONS } from '../access/migrations.ts';
import { ConfigError, type LoadedConfig, loadConfigFile } from '../config/load.ts';
import { MIN_MASTER_KEY_LENGTH } from '../config/schema.ts';
import { preflightConfig, preflightProblems } from '../config/preflight.ts';
import { LintelError } from '../errors/lintel-error.ts';
import type { RequestContext } from '../gateway/context.ts';
import { Router } from '../routing/router.ts';
import {
  type Database,
  type Migration,
  openDatabase,
  postgresOptions,
  readView,
  runMigrations,
} from '../storage/database.ts';
import { UpstreamPools } from '../upstream/pools.ts';
import { configVersionMigrations, recordConfigVersion } from '../governance/config-versions/store.ts';
import { ExplainingSink, explanationMigrations } from '../governance/explain/store.ts';
import { KillSwitch, killSwitchMigrations } from '../governance/killswitch/store.ts';
import { recordingMigrations } from '../recording/migrations.ts';
import { RequestRecorder } from '../recording/recorder.ts';
import { IntegrationStreams } from '../integrations/streams.ts';
import { integrationsAdminPlugin } from '../integrations/admin-routes.ts';
import type { RecordSink } from '../recording/sink.ts';
import { SqlRecordSink } from '../recording/sql-sink.ts';
import { SqliteThreadSink } from '../recording/sqlite-thread-sink.ts';
import type { RequestRecord } from '../spec/record.ts';
import { auditMigrations } from '../governance/audit/index.ts';
import { retentionMigrations } from '../governance/retention/index.ts';
import { ResponseStore, responsesMigrations } from '../api/responses/store.ts';
import { adminAuditPlugin } from './admin-audit.ts';
import { authorizeAdmin } from './admin-authz.ts';
import { adminGovernancePlugin } from './admin-governance.ts';
import { createGuardrailHooks } from '../gateway/guardrail-hooks.ts';
import { compileGuardSets } from '../guardrails/engine/compile.ts';
import { BUILTIN_SETS } from '../guardrails/engine/defaults.ts';
import { effectiveGuardSets } from '../access/guard-sets.ts';
import { guardSetVariant } from '../access/cache/variant.ts';
import { judgeChat } from './judge-chat.ts';
import { configChanges } from './config-reload.ts';
import { type AuditActor, NO_TENANT, startGovernance } from './governance.ts';
import { registerServerOpenApi } from './openapi-routes.ts';
import { resolveSecretKey } from './secret.ts';
import { adminRequestsPlugin } from './admin-requests.ts';
import { buildApp } from './app.ts';
import { createObservability, type Observability } from './observability.ts';
import { NodeHealth } from './health.ts';
import type { GatewayHooks } from '../gateway/hooks.ts';
import { ssoDeveloperKey } from '../access/admin/sso-keys.ts';
import { AREAS, type Area, type AreaContext, type GatewayResponse, type StartedArea } from './areas.ts';
import { jobsAdminPlugin } from '../jobs/admin-routes.ts';
import { createJobRunner, jobMigrations } from '../jobs/index.ts';
import type { JobRunner } from '../jobs/types.ts';
import { sweepIdleWhileClosing } from './graceful-close.ts';
import { subcallHeaders } from '../access/subcall.ts';

export interface RuntimeOptions {
  /** Overrides config.server.port (0 = random, for tests). */
  port?: number;
  host?: string;
  /** Overrides config / env database URL. */
  databaseUrl?: string;
  /** PostgreSQL schema (tests). */
  databaseSchema?: string;
  dataDir?: string;
  masterKey?: string;
  /** Overrides LINTEL_SECRET_KEY (tests). */
  secretKey?: string;
  /** Called for every finished request (tests observe records here). */
  onFinish?: (ctx: RequestContext, record: RequestRecord) => void;
  /** Replaces the product areas (tests inject clocks this way); default AREAS. */
  areas?: Area[];
  /** Span exporter for tests (InMemorySpanExporter). */
  spanExporter?: SpanExporter;
  /** How often the store is probed for /status, /readyz's store check and metrics (default 5000 ms). */
  healthProbeMs?: number;
  /** The clock deciding key expiry and rotation overlaps (tests move it instead of sleeping). */
  accessClock?: () => number;
}

export interface ReloadResult {
  version: string;
  previousVersion: string;
  /** False when the file holds the config already in effect. */
  changed: boolean;
  applied: string[];
  restartRequired: string[];
}

export interface LintelRuntime {
  app: FastifyInstance;
  /** Where clients reach this node (a wildcard bind is shown as loopback). */
  url: string;
  /** The address actually bound, e.g. `127.0.0.1:4000` or `0.0.0.0:4000` (every interface). */
  address: string;
  database: Database;
  router(): Router;
  /** Version of the config now in effect (changes on a reload). */
  readonly configVersion: string;
  /**
   * Applies a new config to the running node: routes and providers at once (see config-reload.ts); other
   * changes are reported as needing a restart. Records the version and an audit event. Throws LintelError
   * `invalid_config` when the config names guard sets this process has not loaded.
   */
  reload(next: LoadedConfig, by?: AuditActor): Promise<ReloadResult>;
  /** Re-reads the config file this node runs (its `source`) and reloads it; ConfigError when invalid. */
  reloadFromFile(by?: AuditActor): Promise<ReloadResult>;
  observability: Observability;
  recorder: RequestRecorder | null;
  /** Streaming sinks for records and audit events (none unless `integrations.sinks` is set). */
  streams: IntegrationStreams;
  /** Keys, tenants, limits, budgets, cache; `access.stats()` for metrics. */
  access: AccessLayer;
  /** The durable job runner (evaluations, ingestion, monitors). */
  jobs: JobRunner;
  /** Opens a recorded body sealed with its tenant's data key (null once the key is shredded). */
  openBody(tenant: string | null, sealed: string): Promise<string | null>;
  close(): Promise<void>;
}

/** The master key from the options, the config or LINTEL_MASTER_KEY; refused when missing or short. */
export function resolveMasterKey(config: LoadedConfig['config'], given?: string): string {
  const key = given || config.server.master_key || process.env.LINTEL_MASTER_KEY;
  if (!key) throw new Error('no master key: set LINTEL_MASTER_KEY or server.master_key');
  if (key.length < MIN_MASTER_KEY_LENGTH)
    throw new Error(`the master key must be at least ${MIN_MASTER_KEY_LENGTH} characters (it is ${key.length})`);
  return key;
}

/** Every module's migrations, applied in name order. */
export function allMigrations(): Migration[] {
  return [
    ...recordingMigrations,
    ...ACCESS_MIGRATIONS,
    ...killSwitchMigrations,
    ...configVersionMigrations,
    ...explanationMigrations,
    ...auditMigrations,
    ...retentionMigrations,
    ...jobMigrations,
    ...AREAS.flatMap((a) => a.migrations),
    ...responsesMigrations,
  ];
}

/** The request log's store writer: on its own thread for an embedded store in a file, else on the store's driver. */
function requestLogSink(database: Database): RecordSink & { close?(): Promise<void> } {
  const sqlite = database.sqlite;
  if (sqlite && !sqlite.memory) return new SqliteThreadSink({ file: sqlite.name });
  return new ExplainingSink(new SqlRecordSink(database), database);
}

function openStore(loaded: LoadedConfig, opts: RuntimeOptions): Promise<Database> {
  const { config } = loaded;
  return openDatabase({
    url: opts.databaseUrl || config.storage.database_url || process.env.LINTEL_DATABASE_URL || undefined,
    dataDir: opts.dataDir || process.env.LINTEL_DATA_DIR || config.storage.data_dir,
    schema: opts.databaseSchema || config.storage.schema || process.env.LINTEL_DATABASE_SCHEMA || undefined,
    postgres: postgresOptions(config.storage.postgres),
  });
}

/** Opens the store and applies migrations once (the primary does this before forking workers). */
export async function prepareStore(loaded: LoadedConfig, opts: RuntimeOptions = {}): Promise<void> {
  const database = await openStore(loaded, opts);
  try {
    await runMigrations(database, allMigrations());
  } finally {
    await database.close();
  }
}

export async function startRuntime(loaded: LoadedConfig, opts: RuntimeOptions = {}): Promise<LintelRuntime> {
  const { config } = loaded;
  // The same checks `lintel config check` runs: a config that passes it does not stop here.
  preflightConfig(loaded, { masterKey: opts.masterKey, secretKey: opts.secretKey, databaseUrl: opts.databaseUrl });
  const masterKey = resolveMasterKey(config, opts.masterKey);
  // The llm_judge guard calls a route of this node in-process (bound once the app exists).
  let judgeApp: { inject: FastifyInstance['inject'] } | null = null;
  const guardRegistry = compileGuardSets(config.guardrails.sets, {
    chat: (model, messages) => judgeChat(judgeApp, masterKey, model, messages),
  });
  // Model-backed guards load their models now, before anything is opened: a model that does not load stops the start.
  try {
    await guardRegistry.warmUp();
  } catch (err) {
    await guardRegistry.close();
    throw new ConfigError(loaded.source, [`guardrails.sets: ${(err as Error).message}`]);
  }
  const database = await openStore(loaded, opts);
  await runMigrations(database, allMigrations());

  let router = new Router(config);
  let current = loaded; // the config whose hot paths are in effect (reload swaps it)
  const pools = new UpstreamPools();
  const obs: Observability = createObservability(config, () => router, { exporter: opts.spanExporter });
  const dataDir = opts.dataDir || process.env.LINTEL_DATA_DIR || config.storage.data_dir;
  // The embedded store's records are written on a thread of their own (sqlite-thread-sink.ts), off the event loop.
  const recordSink = config.recording.enabled ? requestLogSink(database) : null;
  const recorder = recordSink
    ? new RequestRecorder({
        sink: recordSink,
        dataDir,
        flushIntervalMs: config.recording.flush_interval_ms,
        batchSize: config.recording.batch_size,
        onError: (err, where) => obs.logger.warn({ err, where }, 'request recording degraded'),
      })
    : null;
  // Streaming sinks (src/integrations) start before governance so they receive this start's config.load event.
  const streams = new IntegrationStreams(config.integrations, {
    dataDir,
    logger: obs.logger,
    registry: obs.metrics.registry,
  });
  if (streams.enabled) await streams.start();
  await recordConfigVersion(database, {
    version: loaded.version,
    author: process.env.LINTEL_CONFIG_AUTHOR || userInfo().username,
    source: loaded.source,
    content: loaded.text,
  });
  const killSwitch = new KillSwitch(database);
  await killSwitch.start();
  const secret = resolveSecretKey(dataDir, { given: opts.secretKey, shared: database.dialect === 'postgres' });
  const governance = await startGovernance(
    config,
    database,
    secret.secret,
    obs.logger,
    streams.enabled ? (e) => streams.onAudit(e) : undefined,
  );
  await governance.record({
    actor: { actor: process.env.LINTEL_CONFIG_AUTHOR || userInfo().username, role: 'admin', tenant: null },
    action: 'config.load',
    resource: `config:${loaded.version}`,
    after: { version: loaded.version, source: loaded.source },
  });
  if (recorder) {
    await recorder.start();
    obs.metrics.setRecorderStats(() => recorder.stats());
  }
  let shuttingDown = false;
  const sealing = new Set<Promise<void>>();
  // The route's sets, plus any named in the tenant's metadata or in the metadata of the key or any key above it
  // (`guardrails: "strict,topics"`): a key's children inherit its guard sets.
  const setsFor = (ctx: RequestContext): readonly string[] =>
    effectiveGuardSets(access.directory, guardRegistry, ctx.route ? router.resolve(ctx.route)?.guardrails : [], ctx);
  // Keys (master key included), model allow-lists, rate limits, budgets and the response cache.
  const guardVariant = guardSetVariant({ ...BUILTIN_SETS, ...config.guardrails.sets });
  const access = await createAccessLayer({
    config: config.access,
    database,
    masterKey,
    secretKey: secret.secret,
    logger: obs.logger,
    priceBook: obs.priceBook,
    cacheVariant: (ctx) => guardVariant(setsFor(ctx)),
    clock: opts.accessClock,
    audit: (e) =>
      void governance
        .record({
          actor: { actor: 'system:limits', role: 'system', tenant: e.tenant },
          action: e.action,
          resource: e.resource,
          after: e.after,
        })
        .catch((err) => obs.logger.warn({ err }, 'audit of a limit-state rebuild failed')),
  });
  if (Object.values(config.providers).some((p) => p.credential !== undefined)) await access.useCredentials();
  const guardrails = createGuardrailHooks({
    registry: guardRegistry,
    jsonRepair: config.guardrails.json_repair,
    setsFor,
    onBlock: (ctx, d) => {
      governance
        .record({
          actor: { actor: ctx.principal.keyId ?? 'master-key', role: ctx.principal.role, tenant: ctx.principal.tenant },
          action: 'guardrail.block',
          resource: `guard:${d.guard}`,
          requestId: ctx.id,
          after: { detector: d.detector, stage: d.stage },
        })
        .catch((err) => obs.logger.warn({ err }, 'audit of a guardrail block failed'));
    },
  });
  const hooks: GatewayHooks = { ...access.hooks, ...guardrails };
  // RAG routes (src/retrieval/rag.ts): sources are injected after the input guardrails ran on the user's text.
  hooks.guardInput = withRag(
    hooks.guardInput,
    (route) => current.config.routes.find((r) => r.model === route)?.rag,
    retrievalService,
  );

  const operator: AuditActor = {
    actor: process.env.LINTEL_CONFIG_AUTHOR || userInfo().username,
    role: 'admin',
    tenant: null,
  };
  const reload = async (next: LoadedConfig, by: AuditActor = operator): Promise<ReloadResult> => {
    const previous = current.version;
    if (next.version === previous) {
      return { version: previous, previousVersion: previous, changed: false, applied: [], restartRequired: [] };
    }
    const problems = preflightProblems(next, { masterKey, secretKey: secret.secret, databaseUrl: opts.databaseUrl });
    if (problems.length > 0) throw new LintelError('invalid_config', `The config is not valid: ${problems.join('; ')}`);
    // Guard sets are compiled at start: a route may only name sets this process holds.
    const named = new Set([...next.config.guardrails.apply, ...next.config.routes.flatMap((r) => r.guardrails ?? [])]);
    const unknown = [...named].filter((n) => !guardRegistry.has(n));
    if (unknown.length > 0) {
      throw new LintelError(
        'invalid_config',
        `Guard set(s) ${unknown.join(', ')} are not loaded in this process; new guard set definitions need a restart.`,
      );
    }
    const applied = configChanges(current.config, next.config).applied;
    // Against the start-up config: those sections still run as they were started, however many reloads since.
    const restartRequired = configChanges(loaded.config, next.config).restartRequired;
    if (Object.values(next.config.providers).some((p) => p.credential !== undefined)) await access.useCredentials();
    router = new Router(next.config, router);
    current = next;
    await recordConfigVersion(database, {
      version: next.version,
      author: by.actor,
      source: next.source,
      content: next.text,
    });
    await governance.record({
      actor: by,
      action: 'config.reload',
      resource: `config:${next.version}`,
      before: { version: previous },
      after: { version: next.version, applied, restart_required: restartRequired },
    });
    obs.logger.info(
      { version: next.version, previous, applied, restartRequired },
      restartRequired.length > 0 ? 'config reloaded; some changes need a restart' : 'config reloaded',
    );
    return { version: next.version, previousVersion: previous, changed: true, applied, restartRequired };
  };
  const reloadFromFile = (by?: AuditActor) => reload(loadConfigFile(current.source), by);

  const finishListeners: ((ctx: RequestContext, record: RequestRecord) => void)[] = [];
  const jobs = createJobRunner(database, { logger: obs.logger });
  let appRef: FastifyInstance | null = null;
  const areaContext: AreaContext = {
    config: () => current,
    database,
    logger: obs.logger,
    metrics: obs.metrics.registry,
    router: () => router,
    jobs,
    audit: (e) => governance.record(e),
    openBody: (tenant, sealed) => governance.tenantKeys.decryptBody(tenant ?? NO_TENANT, sealed),
    authorize: authorizeAdmin,
    secret: secret.secret,
    onFinish: (l) => finishListeners.push(l),
    ssoDeveloperKey: (subject, tenant, overlapSeconds) =>
      ssoDeveloperKey({ database, directory: access.directory }, subject, tenant, overlapSeconds),
    async gateway(path, body, o = {}): Promise<GatewayResponse> {
      if (!appRef) throw new Error('the gateway is not ready yet');
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        authorization: `Bearer ${o.key ?? masterKey}`,
        ...(o.tags
          ? {
              'x-lintel-tags': Object.entries(o.tags)
                .map(([k, v]) => `${k}=${v}`)
                .join(','),
            }
          : {}),
        ...o.headers,
        ...(o.subcall ? subcallHeaders() : {}),
      };
      const res = await appRef.inject({ method: 'POST', url: path, headers, payload: JSON.stringify(body) });
      let json: unknown;
      try {
        json = res.json();
      } catch {
        json = undefined;
      }
      return { status: res.statusCode, headers: res.headers, json, body: res.body };
    },
  };
  const areas: StartedArea[] = [];
  for (const area of opts.areas ?? AREAS) areas.push(await area.start(areaContext));
  for (const a of areas) if (a.hooks) Object.assign(hooks, a.hooks);

  const health = new NodeHealth({
    database,
    limits: () => {
      const r = access.stats().redis;
      return r
        ? {
            redisUp: r.redisUp,
            failClosed: config.access.redis_failure_mode === 'closed',
            topology: r.topology,
            rebuilds: r.rebuilds,
            restored: r.restored,
          }
        : null;
    },
    records: () => recorder?.stats() ?? null,
  });
  await health.start(opts.healthProbeMs);
  obs.metrics.setHealth(() => health.status());
  const drain = new AbortController();
  // Stored Responses-API conversations, sealed with the tenant's data key (shredding a tenant covers them).
  const responses = config.responses.store
    ? new ResponseStore(database, {
        retentionDays: config.responses.retention_days,
        sealer: {
          seal: (tenant, text) => governance.tenantKeys.encryptBody(tenant, text),
          open: (tenant, sealed) => governance.tenantKeys.decryptBody(tenant, sealed),
        },
      })
    : undefined;

  registerServerOpenApi();
  const app = await buildApp({
    plugins: [
      // A draining node asks every client (and load balancer) to close its connection after the answer, so no
      // idle keep-alive connection is left to race the listener's close.
      (a) => {
        // A callback hook, not an async one: no promise per request for a check that never waits.
        a.addHook('onRequest', (_req, reply, done) => {
          if (health.phase !== 'serving') reply.raw.setHeader('connection', 'close');
          done();
        });
      },
      (a) => obs.plugin(a),
      // Before the access routes are added, so its onSend hook covers them too.
      adminAuditPlugin(
        (w) => governance.record(w),
        (err) => obs.logger.warn({ err }, 'audit of an admin action failed'),
      ),
      (a) => access.plugin(a),
      adminGovernancePlugin({
        database,
        killSwitch,
        authorize: authorizeAdmin,
        tenantOfKey: (id) => {
          const k = access.directory.key(id);
          return k ? k.tenant : undefined;
        },
        audit: (e) => governance.record(e),
        reloadConfig: (a) => reloadFromFile({ actor: a.actor, role: a.role, tenant: a.tenant }),
      }),
      governance.plugin(authorizeAdmin, (t) => t === NO_TENANT || access.directory.tenant(t) !== undefined),
      adminRequestsPlugin(readView(database), authorizeAdmin, (tenant, sealed) =>
        governance.tenantKeys.decryptBody(tenant ?? NO_TENANT, sealed),
      ),
      jobsAdminPlugin(jobs, authorizeAdmin),
      integrationsAdminPlugin(streams, authorizeAdmin),
      ...areas.flatMap((a) => (a.plugin ? [(app: FastifyInstance) => a.plugin?.(app)] : [])),
    ],
    bodyLimitBytes: Math.round(config.server.body_limit_mb * 1024 * 1024),
    maxJsonDepth: config.server.max_json_depth,
    httpLimits: {
      headersTimeoutMs: config.server.headers_timeout_ms,
      requestTimeoutMs: config.server.request_timeout_ms,
      keepAliveTimeoutMs: config.server.keep_alive_timeout_ms,
      maxConnections: config.server.max_connections,
    },
    logger: obs.logger,
    isShuttingDown: () => shuttingDown,
    deps: {
      router: () => router,
      drain: drain.signal,
      pools,
      hooks,
      killSwitch,
      tracing: obs.tracing,
      responses,
      forwardHeaders: config.server.forward_headers,
      account: (ctx) => {
        try {
          obs.account(ctx);
        } catch (err) {
          obs.logger.warn({ err }, 'accounting failed');
        }
      },
      finish: (ctx) => {
        try {
          const record = obs.observe(ctx, current.version);
          // Unauthenticated calls are counted (lintel_requests_total, status 401) but never stored: anyone can
          // send them, so they must not fill the store or plant tags and ids in it.
          if (!ctx.authenticated) return;
          if (recorder && (ctx.requestBody !== null || ctx.responseBody !== null)) {
            // Bodies are sealed with the tenant's data key before they are written (crypto-shredding).
            const tenant = record.tenant ?? NO_TENANT;
            const seal = (t: string | null) => (t === null ? undefined : governance.tenantKeys.encryptBody(tenant, t));
            const p = Promise.all([seal(ctx.requestBody), seal(ctx.responseBody)])
              .then(([request, response]) => recorder.record(record, { request, response }))
              .catch((err) => {
                obs.logger.warn({ err }, 'body encryption failed; record kept without bodies');
                recorder.record(record);
              })
              .finally(() => sealing.delete(p));
            sealing.add(p);
          } else {
            recorder?.record(record);
          }
          streams.onRecord(record);
          for (const l of finishListeners) l(ctx, record);
          opts.onFinish?.(ctx, record);
        } catch (err) {
          obs.logger.warn({ err }, 'observer failed'); // observers never break requests
        }
      },
    },
    // Ready = can serve a call now; a store outage is degraded (records spool), shown in /status and metrics.
    ready: async (): Promise<{ ok: boolean; checks: Record<string, string> }> => {
      const st = health.status();
      return {
        ok: st.ready,
        checks: {
          phase: st.phase,
          store: st.store.up ? 'ok' : `degraded: ${st.store.error ?? 'unreachable'} (records spool to disk)`,
          limits: st.limits.up ? 'ok' : st.limits.failClosed ? 'unavailable (fail-closed)' : 'degraded (fail-open)',
          ...(st.reasons.length > 0 ? { not_ready: st.reasons.join('; ') } : {}),
        },
      };
    },
    status: () => health.status(),
  });
  judgeApp = app;

  appRef = app;
  await jobs.start();
  health.phase = 'serving';
  await app.listen({
    port: opts.port ?? config.server.port,
    host: opts.host || process.env.LINTEL_HOST || config.server.host,
  });
  const addr = app.server.address() as AddressInfo;
  const host =
    addr.family === 'IPv6'
      ? `[${addr.address === '::' ? '::1' : addr.address}]`
      : addr.address === '0.0.0.0'
        ? '127.0.0.1'
        : addr.address;

  return {
    app,
    openBody: (tenant, sealed) => governance.tenantKeys.decryptBody(tenant ?? NO_TENANT, sealed),
    url: `http://${host}:${addr.port}`,
    address: addr.family === 'IPv6' ? `[${addr.address}]:${addr.port}` : `${addr.address}:${addr.port}`,
    database,
    router: () => router,
    get configVersion() {
      return current.version;
    },
    reload,
    reloadFromFile,
    observability: obs,
    recorder,
    streams,
    access,
    jobs,
    async close() {
      if (health.phase === 'draining' || health.phase === 'stopping') return;
      // 1. Not ready at once (load balancers stop sending), still serving for drain_delay_ms.
      health.phase = 'draining';
      if (config.server.drain_delay_ms > 0) await new Promise((r) => setTimeout(r, config.server.drain_delay_ms));
      // 2. Stop accepting; calls still arriving on open connections get 503 shutting_down (recorded).
      health.phase = 'stopping';
      shuttingDown = true;
      // 3. app.close() resolves once in-flight requests and streams have ended. At the drain limit, open streams
      // end with an error event in their client's format; a moment later whatever remains is cut.
      const cut = () => app.server.closeAllConnections();
      let hard: NodeJS.Timeout | undefined;
      const deadline = setTimeout(() => {
        drain.abort();
        hard = setTimeout(cut, 1000);
      }, config.server.shutdown_timeout_ms);
      // Answers that finished while the listener closed turn idle once flushed; close those as they do.
      const stopSweep = sweepIdleWhileClosing(app.server);
      try {
        await app.close();
      } finally {
        stopSweep();
        clearTimeout(deadline);
        clearTimeout(hard);
      }
      health.stop();
      await jobs.stop();
      for (const a of [...areas].reverse()) await a.close?.();
      await pools.close();
      await guardRegistry.close();
      killSwitch.stop();
      await Promise.all(sealing);
      await governance.close();
      // Independent destinations, each bounded (a delivery in flight, then up to 5 s of spool draining): in parallel.
      await Promise.all([recorder?.close().then(() => recordSink?.close?.()), streams.close()]);
      await access.close();
      await obs.close();
      await database.close();
    },
  };
}

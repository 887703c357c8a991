// Assembles a running Lintel node from a loaded config: store, router, upstream pools, HTTP app,
// and the graceful shutdown that drains in-flight requests and streams within a deadline.
import type { AddressInfo } from 'node:net';
import { userInfo } from 'node:os';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { type AccessLayer, createAccessLayer } from '../access/layer.ts';
import { ACCESS_MIGRATIONS } from '../access/migrations.ts';
import { type LoadedConfig, loadConfigFile } from '../config/load.ts';
import { LintelError } from '../errors/lintel-error.ts';
import type { RequestContext } from '../gateway/context.ts';
import { Router } from '../routing/router.ts';
import { type Database, type Migration, openDatabase, runMigrations } from '../storage/database.ts';
import { UpstreamPools } from '../upstream/pools.ts';
import { configVersionMigrations, recordConfigVersion } from '../governance/config-versions/store.ts';
import { ExplainingSink, explanationMigrations } from '../governance/explain/store.ts';
import { KillSwitch, killSwitchMigrations } from '../governance/killswitch/store.ts';
import { recordingMigrations } from '../recording/migrations.ts';
import { RequestRecorder } from '../recording/recorder.ts';
import { SqlRecordSink } from '../recording/sql-sink.ts';
import type { RequestRecord } from '../spec/record.ts';
import { auditMigrations } from '../governance/audit/index.ts';
import { retentionMigrations } from '../governance/retention/index.ts';
import { adminAuditPlugin } from './admin-audit.ts';
import { authorizeAdmin } from './admin-authz.ts';
import { adminGovernancePlugin } from './admin-governance.ts';
import { createGuardrailHooks } from '../gateway/guardrail-hooks.ts';
import { compileGuardSets } from '../guardrails/engine/compile.ts';
import { judgeChat } from './judge-chat.ts';
import { configChanges } from './config-reload.ts';
import { type AuditActor, NO_TENANT, startGovernance } from './governance.ts';
import { registerServerOpenApi } from './openapi-routes.ts';
import { resolveSecretKey } from './secret.ts';
import { adminRequestsPlugin } from './admin-requests.ts';
import { buildApp } from './app.ts';
import { createObservability, type Observability } from './observability.ts';
import type { GatewayHooks } from '../gateway/hooks.ts';

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
  /** Span exporter for tests (InMemorySpanExporter). */
  spanExporter?: SpanExporter;
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
  url: string;
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
  /** Keys, tenants, limits, budgets, cache; `access.stats()` for metrics. */
  access: AccessLayer;
  close(): Promise<void>;
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
  ];
}

function openStore(loaded: LoadedConfig, opts: RuntimeOptions): Promise<Database> {
  const { config } = loaded;
  return openDatabase({
    url: opts.databaseUrl || config.storage.database_url || process.env.LINTEL_DATABASE_URL || undefined,
    dataDir: opts.dataDir || process.env.LINTEL_DATA_DIR || config.storage.data_dir,
    schema: opts.databaseSchema || config.storage.schema || process.env.LINTEL_DATABASE_SCHEMA || undefined,
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
  const masterKey = opts.masterKey || config.server.master_key || process.env.LINTEL_MASTER_KEY;
  if (!masterKey) throw new Error('no master key: set LINTEL_MASTER_KEY or server.master_key');
  const database = await openStore(loaded, opts);
  await runMigrations(database, allMigrations());

  let router = new Router(config);
  let current = loaded; // the config whose hot paths are in effect (reload swaps it)
  const pools = new UpstreamPools();
  const obs: Observability = createObservability(config, () => router, { exporter: opts.spanExporter });
  const dataDir = opts.dataDir || process.env.LINTEL_DATA_DIR || config.storage.data_dir;
  const recorder = config.recording.enabled
    ? new RequestRecorder({
        sink: new ExplainingSink(new SqlRecordSink(database), database),
        dataDir,
        flushIntervalMs: config.recording.flush_interval_ms,
        batchSize: config.recording.batch_size,
        onError: (err, where) => obs.logger.warn({ err, where }, 'request recording degraded'),
      })
    : null;
  await recordConfigVersion(database, {
    version: loaded.version,
    author: process.env.LINTEL_CONFIG_AUTHOR || userInfo().username,
    source: loaded.source,
    content: loaded.text,
  });
  const killSwitch = new KillSwitch(database);
  await killSwitch.start();
  const secret = resolveSecretKey(dataDir, { given: opts.secretKey, shared: database.dialect === 'postgres' });
  const governance = await startGovernance(config, database, secret.secret, obs.logger);
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
  const access = await createAccessLayer({
    config: config.access,
    database,
    masterKey,
    secretKey: secret.secret,
    logger: obs.logger,
    priceBook: obs.priceBook,
  });
  if (Object.values(config.providers).some((p) => p.credential !== undefined)) await access.useCredentials();
  // Keys (master key included), model allow-lists, rate limits, budgets and the response cache.
  // The llm_judge guard calls a route of this node in-process (bound once the app exists).
  let judgeApp: { inject: FastifyInstance['inject'] } | null = null;
  const guardRegistry = compileGuardSets(config.guardrails.sets, {
    chat: (model, messages) => judgeChat(judgeApp, masterKey, model, messages),
  });
  const guardrails = createGuardrailHooks({
    registry: guardRegistry,
    jsonRepair: config.guardrails.json_repair,
    // The route's sets, plus any named in the tenant's or the key's metadata (`guardrails: "strict,topics"`).
    setsFor: (ctx) => {
      const route = ctx.route ? (router.resolve(ctx.route)?.guardrails ?? []) : [];
      const extra = [
        ctx.principal.tenant ? access.directory.tenant(ctx.principal.tenant)?.metadata.guardrails : undefined,
        ctx.principal.keyId ? access.directory.key(ctx.principal.keyId)?.metadata.guardrails : undefined,
      ];
      if (extra[0] === undefined && extra[1] === undefined) return route;
      const names = new Set(route);
      for (const e of extra) for (const n of e?.split(',') ?? []) if (guardRegistry.has(n.trim())) names.add(n.trim());
      return [...names];
    },
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

  registerServerOpenApi();
  const app = await buildApp({
    plugins: [
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
      governance.plugin(authorizeAdmin),
      adminRequestsPlugin(database, authorizeAdmin, (tenant, sealed) =>
        governance.tenantKeys.decryptBody(tenant ?? NO_TENANT, sealed),
      ),
    ],
    bodyLimitBytes: Math.round(config.server.body_limit_mb * 1024 * 1024),
    isShuttingDown: () => shuttingDown,
    deps: {
      router: () => router,
      pools,
      hooks,
      killSwitch,
      tracing: obs.tracing,
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
          opts.onFinish?.(ctx, record);
        } catch (err) {
          obs.logger.warn({ err }, 'observer failed'); // observers never break requests
        }
      },
    },
    ready: async (): Promise<{ ok: boolean; checks: Record<string, string> }> => {
      try {
        await sql`SELECT 1`.execute(database.db);
        return { ok: !shuttingDown, checks: { store: 'ok', shutdown: shuttingDown ? 'in progress' : 'no' } };
      } catch (err) {
        return { ok: false, checks: { store: `error: ${(err as Error).message}` } };
      }
    },
  });
  judgeApp = app;

  await app.listen({ port: opts.port ?? config.server.port, host: opts.host ?? config.server.host });
  const addr = app.server.address() as AddressInfo;
  const host =
    addr.family === 'IPv6'
      ? `[${addr.address === '::' ? '::1' : addr.address}]`
      : addr.address === '0.0.0.0'
        ? '127.0.0.1'
        : addr.address;

  return {
    app,
    url: `http://${host}:${addr.port}`,
    database,
    router: () => router,
    get configVersion() {
      return current.version;
    },
    reload,
    reloadFromFile,
    observability: obs,
    recorder,
    access,
    async close() {
      if (shuttingDown) return;
      shuttingDown = true;
      // app.close() stops accepting and resolves once in-flight requests and streams have ended;
      // past the deadline, remaining connections are cut.
      const deadline = setTimeout(() => app.server.closeAllConnections(), config.server.shutdown_timeout_ms);
      try {
        await app.close();
      } finally {
        clearTimeout(deadline);
      }
      await pools.close();
      killSwitch.stop();
      await Promise.all(sealing);
      await governance.close();
      await recorder?.close();
      await access.close();
      await obs.close();
      await database.close();
    },
  };
}

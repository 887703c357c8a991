// Starts one Lintel node for the bench: writes the pipeline's config into a temp folder, picks the
// store by environment, and prepares the pipeline's features against the running node.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Shape } from './load/types.ts';
import { CHAT_PATH, chatBody } from './measure.ts';
import type { StoreName } from './options.ts';
import {
  BENCH_MODEL,
  buildConfig,
  type FeatureStatus,
  PIPELINES,
  type PipelineContext,
  prepareFeatures,
} from './pipelines.ts';
import { createBenchSchema } from './pg-schema.ts';
import { reachable, type Service, startLintelProcess } from './processes.ts';

export interface StoreSetup {
  name: StoreName;
  /** As shown in the table: "embedded", "postgres", "postgres+redis". */
  label: string;
  env: Record<string, string | undefined>;
  /** PostgreSQL: each node gets a schema of its own in this database. */
  databaseUrl?: string;
  /** Redis when it answered (`--workers` needs it for limits shared by the workers). */
  redisUrl?: string;
}

export interface GatewaySetup {
  store: StoreSetup;
  pipeline: string;
  workers: number;
}

export interface RunningGateway {
  setup: GatewaySetup;
  label: string;
  service: Service;
  features: FeatureStatus[];
  /** Headers the load sends (the key the pipeline prepared, else the master key). */
  headers: Record<string, string>;
  /** Stops the node and drops what it left behind (its PostgreSQL schema). */
  stop(): Promise<void>;
}

function hostPort(url: string, defaultPort: number): { host: string; port: number } {
  const u = new URL(url);
  return { host: u.hostname || '127.0.0.1', port: Number(u.port) || defaultPort };
}

/** Resolves a store to its environment; null (with the reason) when its server is unreachable. */
export async function resolveStore(
  name: StoreName,
  databaseUrl: string,
  redisUrl: string,
): Promise<StoreSetup | { skip: string }> {
  const rd = hostPort(redisUrl, 6379);
  const withRedis = await reachable(rd.host, rd.port);
  const redis = withRedis ? redisUrl : undefined;
  if (name === 'embedded') {
    return {
      name,
      label: 'embedded',
      env: { LINTEL_DATABASE_URL: undefined, LINTEL_REDIS_URL: undefined },
      redisUrl: redis,
    };
  }
  const pg = hostPort(databaseUrl, 5432);
  if (!(await reachable(pg.host, pg.port))) return { skip: `PostgreSQL at ${pg.host}:${pg.port} is not reachable` };
  return {
    name,
    label: withRedis ? 'postgres+redis' : 'postgres',
    env: { LINTEL_REDIS_URL: redis },
    databaseUrl,
    redisUrl: redis,
  };
}

/** `lintel serve --workers N` keeps limits and budgets in Redis: give the embedded store Redis for it. */
export function storeForWorkers(store: StoreSetup): StoreSetup {
  if (!store.redisUrl || store.env.LINTEL_REDIS_URL) return store;
  return { ...store, label: `${store.label}+redis`, env: { ...store.env, LINTEL_REDIS_URL: store.redisUrl } };
}

export function gatewayLabel(setup: GatewaySetup): string {
  return `${setup.store.label}/${setup.pipeline}${setup.workers > 0 ? ` ×${setup.workers} workers` : ''}`;
}

export interface StartOptions {
  tmpDir: string;
  /** One master key and server secret per bench run, shared by its nodes. */
  secrets: { masterKey: string; secretKey: string };
  ctx: PipelineContext;
  nodeArgs?: string[];
  openFiles?: number;
  /** Requests sent once before any load (default both shapes): modules load and a broken node fails early. */
  preflight?: Shape[];
}

/** A key created through one process reaches the others (workers, nodes) within about a second. */
const KEY_PROPAGATION_MS = 3000;

/** One request of each shape must answer 200 with a complete body (401/403 are retried while a new key
 * propagates to every worker). */
async function preflight(gw: RunningGateway, shapes: Shape[]): Promise<void> {
  const until = Date.now() + KEY_PROPAGATION_MS;
  for (const shape of shapes) {
    let res: Response;
    let text: string;
    for (;;) {
      res = await fetch(gw.service.url + CHAT_PATH, {
        method: 'POST',
        headers: { ...gw.headers, 'content-type': 'application/json' },
        body: chatBody(BENCH_MODEL, shape),
      });
      text = await res.text();
      if ((res.status !== 401 && res.status !== 403) || Date.now() > until) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const complete = shape === 'json' ? text.includes('"choices"') : text.includes('[DONE]');
    if (res.status !== 200 || !complete) {
      throw new Error(
        `Lintel ${gw.label} answered a ${shape} request with ${res.status}: ${text.slice(0, 400)}\n` +
          `Lintel's output:\n${gw.service.output().trim()}`,
      );
    }
  }
}

export function benchSecrets(): StartOptions['secrets'] {
  return {
    masterKey: `lk-bench-${randomBytes(16).toString('hex')}`,
    secretKey: `bench-secret-${randomBytes(16).toString('hex')}`,
  };
}

export async function startGateway(setup: GatewaySetup, o: StartOptions): Promise<RunningGateway> {
  const label = gatewayLabel(setup);
  const slug = label.replace(/[^A-Za-z0-9]+/g, '-');
  const built = buildConfig(PIPELINES[setup.pipeline], o.ctx);
  const configPath = join(o.tmpDir, `${slug}.yaml`);
  const dataDir = join(o.tmpDir, `data-${slug}`);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(configPath, built.yaml);
  const { masterKey, secretKey } = o.secrets;
  const schema = setup.store.databaseUrl ? await createBenchSchema(setup.store.databaseUrl) : null;
  const dropSchema = async () => {
    await schema?.drop().catch(() => {});
  };
  let service: Service;
  try {
    service = await startLintelProcess({
      configPath,
      workers: setup.workers,
      nodeArgs: o.nodeArgs,
      openFiles: o.openFiles,
      env: {
        ...setup.store.env,
        ...built.env,
        LINTEL_DATABASE_URL: schema?.url,
        LINTEL_MASTER_KEY: masterKey,
        LINTEL_SECRET_KEY: secretKey,
        LINTEL_DATA_DIR: dataDir,
        LINTEL_CONFIG: undefined,
        LINTEL_PORT: undefined,
      },
    });
  } catch (err) {
    await dropSchema();
    throw err;
  }
  const stop = async () => {
    await service.stop();
    await dropSchema();
  };
  try {
    const { features, headers } = await prepareFeatures(built, { url: service.url, masterKey });
    const gw: RunningGateway = { setup, label, service, features, headers, stop };
    await preflight(gw, o.preflight ?? ['json', 'stream']);
    return gw;
  } catch (err) {
    await stop();
    throw err;
  }
}

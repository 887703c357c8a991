// CPU per request of the access layer's hot path — authenticate + admit (rate limits and budget reservation across
// tenant, team and key) + settle — in embedded mode and with Redis, without HTTP or an upstream, so the number is
// the access layer's own. Used by the bench harness:
//
//   import { benchAccess } from '../src/access/bench.ts';
//   const r = await benchAccess({ mode: 'redis', requests: 20_000, concurrency: 32 });
//   // r.cpuUsPerRequest, r.phasesUs.{authenticate,admit,settle}, r.requestsPerSecond
//
// or from a shell: `node --import tsx src/access/bench.ts [requests] [concurrency]` prints both modes.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { parseConfigText } from '../config/load.ts';
import { loadTokenizer } from '../cost/tokens.ts';
import { RequestContext } from '../gateway/context.ts';
import { Router } from '../routing/router.ts';
import { recordingMigrations } from '../recording/migrations.ts';
import { openDatabase, runMigrations } from '../storage/database.ts';
import { createKey } from './admin/keys-service.ts';
import { createTeam, createTenant } from './admin/tenants-service.ts';
import { accessConfigSchema } from './config.ts';
import { MASTER_PRINCIPAL } from './identity.ts';
import { createAccessLayer } from './layer.ts';

export interface AccessBenchOptions {
  mode: 'embedded' | 'redis';
  /** Measured requests (after a warm-up of a tenth as many). Default 20 000. */
  requests?: number;
  /** Requests in flight at once (Redis round trips overlap as they would under load). Default 32. */
  concurrency?: number;
  redisUrl?: string;
  /** Levels carrying rpm, tpm, concurrency and a budget: 3 = tenant, team and key (default); 1 = the key only. */
  levels?: 1 | 3;
}

export interface AccessBenchResult {
  mode: 'embedded' | 'redis';
  levels: 1 | 3;
  requests: number;
  concurrency: number;
  /** Process CPU (user + system) per request over the concurrent run: the number to compare. */
  cpuUsPerRequest: number;
  requestsPerSecond: number;
  /** Wall time of each phase, one request at a time (Redis: includes the round trip). */
  phasesUs: { authenticate: number; admit: number; settle: number };
}

const silent = { info() {}, warn() {}, error() {} };
const MASTER = `lk-bench-master-${randomBytes(8).toString('hex')}`;

const BODY = {
  model: 'bench',
  max_tokens: 32,
  messages: [
    { role: 'system', content: 'You are a concise assistant.' },
    { role: 'user', content: 'Give me one short sentence about load testing.' },
  ],
};

export async function benchAccess(opts: AccessBenchOptions): Promise<AccessBenchResult> {
  const requests = opts.requests ?? 20_000;
  const concurrency = opts.concurrency ?? 32;
  const redisUrl = opts.redisUrl ?? process.env.LINTEL_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `lintel-bench:${randomBytes(6).toString('hex')}:`;
  const dir = mkdtempSync(join(tmpdir(), 'lintel-access-bench-'));
  await loadTokenizer();
  const database = await openDatabase({ dataDir: dir });
  // The request log a node always has: Redis limit state is rebuilt from it when a tenant has none.
  await runMigrations(database, recordingMigrations);
  const config = accessConfigSchema.parse(opts.mode === 'redis' ? { redis_url: redisUrl, redis_prefix: prefix } : {});
  const access = await createAccessLayer({ config, database, masterKey: MASTER, logger: silent });
  const route = new Router(
    parseConfigText(
      'providers:\n  sim: { kind: openai-compatible, base_url: "http://127.0.0.1:9/v1" }\n' +
        'routes:\n  - model: bench\n    targets: [{ provider: sim, model: gpt-4o-mini }]\n',
      'bench.yaml',
      {},
    ).config,
  ).resolve('bench')!;
  const deps = { database, directory: access.directory };
  const levels = opts.levels ?? 3;
  const big = { rpm: 1e9, tpm: 1e12, concurrency: 1e6 };
  const budget = { usd: 1e9, period: 'month' as const };
  const upper = levels === 3 ? { limits: big, budget } : {};
  await createTenant(deps, MASTER_PRINCIPAL, { name: 'bench', ...upper });
  await createTeam(deps, MASTER_PRINCIPAL, 'bench', { name: 'bench', ...upper });
  const { key } = await createKey(deps, MASTER_PRINCIPAL, {
    name: 'bench',
    tenant: 'bench',
    team: 'bench',
    models: ['bench'],
    limits: big,
    budget,
  });
  const headers = { authorization: `Bearer ${key}` };
  const { authenticate, admit } = access.hooks;
  let n = 0;

  const one = async (phases?: number[]): Promise<void> => {
    const t0 = performance.now();
    const ctx = new RequestContext(`b${++n}`, 'chat', 'openai');
    await authenticate(headers, ctx);
    const t1 = performance.now();
    const admission = await admit!(ctx, BODY, route);
    const t2 = performance.now();
    ctx.status = 200;
    ctx.modelServed = 'gpt-4o-mini';
    ctx.usage = { inputTokens: 24, outputTokens: 12 };
    await admission?.settle?.(ctx);
    if (phases) {
      phases[0] += t1 - t0;
      phases[1] += t2 - t1;
      phases[2] += performance.now() - t2;
    }
  };
  const concurrent = async (count: number) => {
    let left = count;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (left-- > 0) await one();
      }),
    );
  };

  try {
    await concurrent(Math.ceil(requests / 10));
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    await concurrent(requests);
    const wallMs = performance.now() - wall0;
    const cpu = process.cpuUsage(cpu0);
    const phases = [0, 0, 0];
    const sequential = Math.min(2000, requests);
    for (let i = 0; i < sequential; i++) await one(phases);
    const us = (ms: number) => Math.round((ms * 1000) / sequential);
    return {
      mode: opts.mode,
      levels,
      requests,
      concurrency,
      cpuUsPerRequest: Math.round((cpu.user + cpu.system) / requests),
      requestsPerSecond: Math.round(requests / (wallMs / 1000)),
      phasesUs: { authenticate: us(phases[0]), admit: us(phases[1]), settle: us(phases[2]) },
    };
  } finally {
    await access.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
    if (opts.mode === 'redis') {
      const redis = new Redis(redisUrl);
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const requests = Number(process.argv[2] ?? 20_000);
  const concurrency = Number(process.argv[3] ?? 32);
  for (const levels of [3, 1] as const) {
    for (const mode of ['embedded', 'redis'] as const) {
      console.log(JSON.stringify(await benchAccess({ mode, requests, concurrency, levels })));
    }
  }
}

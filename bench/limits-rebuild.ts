// How long a tenant's limit state takes to come back after Redis lost it: N request records of this month for one
// tenant over K keys (each with a monthly budget and a per-minute limit) in a PostgreSQL schema of its own, then the
// first admit on an empty Redis — which reads the log, seeds Redis and retries. Prints JSON.
//   node --import tsx bench/limits-rebuild.ts [records=200000] [keys=1000]
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { rebuildFromLog } from '../src/access/limits/rebuild-from-log.ts';
import { RedisLimitStore } from '../src/access/limits/redis-store.ts';
import { deleteByPrefix } from '../src/access/redis-client.ts';
import { scopesFor } from '../src/access/scopes.ts';
import { type KeyRecord, NO_LIMITS, type TenantRecord } from '../src/access/types.ts';
import { recordingMigrations } from '../src/recording/migrations.ts';
import { openDatabase, runMigrations, TEST_POSTGRES_URL, testSchemaName } from '../src/storage/database.ts';
import { sql } from 'kysely';

const records = Number(process.argv[2] ?? 200_000);
const keyCount = Number(process.argv[3] ?? 1000);
const schema = testSchemaName('bench_rebuild');
const database = await openDatabase({ url: TEST_POSTGRES_URL, schema });
const redis = new Redis(process.env.LINTEL_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
const prefix = `lintel-bench:${randomBytes(4).toString('hex')}:`;
try {
  await runMigrations(database, recordingMigrations);
  const now = Date.now();
  const monthStart = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), 1);
  const t0 = Date.now();
  await sql`INSERT INTO requests (id, received_at, done_at, tenant, key_id, endpoint, status, tokens_estimated,
      cost_usd, stream, cache_hit, attempts, guardrails, tags, input_tokens, output_tokens)
    SELECT 'r' || g, ${monthStart}::bigint + (g::bigint * (${now - monthStart}::bigint / ${records})),
      ${now}, 'acme', 'k' || (g % ${keyCount}), 'chat', 200, 0, 0.0001, 0, 0, '[{}]', '[]', '[]', 100, 20
    FROM generate_series(1, ${records}) g`.execute(database.db);
  const insertMs = Date.now() - t0;
  const tenant: TenantRecord = {
    name: 'acme',
    models: null,
    limits: { ...NO_LIMITS, rpm: 100_000 },
    budget: { usd: 1_000_000, period: 'month' },
    endUserLimits: NO_LIMITS,
    endUserBudget: null,
    metadata: {},
    createdAt: 0,
    updatedAt: 0,
  };
  const keys = new Map<string, KeyRecord>();
  for (let i = 0; i < keyCount; i++) {
    keys.set(`k${i}`, {
      id: `k${i}`,
      prefix: '',
      name: `k${i}`,
      tenant: 'acme',
      team: null,
      role: 'developer',
      ownerKeyId: null,
      models: null,
      limits: { ...NO_LIMITS, rpm: 1000 },
      budget: { usd: 1000, period: 'month' },
      metadata: {},
      expiresAt: null,
      revokedAt: null,
      createdAt: 0,
      updatedAt: 0,
      hash: '',
      prevHash: null,
      prevValidUntil: null,
    });
  }
  const dir = {
    tenant: (n: string) => (n === 'acme' ? tenant : undefined),
    team: () => undefined,
    key: (id: string) => keys.get(id),
    listKeys: () => [...keys.values()],
    listTeams: () => [],
  };
  const source = rebuildFromLog(database.db, dir);
  const r0 = performance.now();
  const plan = await source('acme', now);
  const readMs = performance.now() - r0;
  const store = new RedisLimitStore(redis, {
    prefix,
    concurrencyLeaseMs: 60_000,
    reservationLeaseMs: 60_000,
    rebuild: source,
  });
  const a0 = performance.now();
  const admitted = await store.admit({
    scopes: scopesFor(dir, keys.get('k1') as KeyRecord, null, now),
    tokens: 1,
    costUsd: 0,
  });
  const firstAdmitMs = performance.now() - a0;
  const s0 = performance.now();
  await store.admit({ scopes: scopesFor(dir, keys.get('k2') as KeyRecord, null, now), tokens: 1, costUsd: 0 });
  const nextAdmitMs = performance.now() - s0;
  const tenantSpend = await store.budgetState('t:acme', plan[0].scope.budget?.periodId ?? '', 'acme');
  console.log(
    JSON.stringify({
      records,
      keys: keyCount,
      insertMs,
      scopes: plan.length,
      readLogMs: Math.round(readMs),
      firstAdmitWithRebuildMs: Math.round(firstAdmitMs),
      nextAdmitMs: Number(nextAdmitMs.toFixed(2)),
      admitted: admitted.ok,
      tenantSpentUsd: Number(tenantSpend.spentUsd.toFixed(6)),
      expectedUsd: Number((records * 0.0001).toFixed(6)),
    }),
  );
} finally {
  await deleteByPrefix(redis, prefix);
  redis.disconnect();
  await sql.raw(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).execute(database.db);
  await database.close();
}

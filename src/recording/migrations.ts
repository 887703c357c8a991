// Tables of the request log: raw records, bodies kept apart, and hourly/daily usage rollups.
// One DDL for both dialects: SQLite maps BIGINT to INTEGER and DOUBLE PRECISION to REAL affinity.
import { type Kysely, sql } from 'kysely';
import type { Migration } from '../storage/database.ts';

/** Dimension columns of the rollups; '' stands for "none" so the primary key can be upserted on. */
export const ROLLUP_DIMENSIONS = ['tenant', 'team', 'key_id', 'model', 'provider', 'route'] as const;

/** Additive columns of the rollups (incremented by UPSERT). */
export const ROLLUP_METRICS = [
  'requests',
  'errors',
  'input_tokens',
  'output_tokens',
  'cached_input_tokens',
  'cache_write_tokens',
  'reasoning_tokens',
  'cost_usd',
  'cost_unknown',
  'latency_ms_sum',
  'ttft_ms_sum',
  'ttft_count',
] as const;

export const ROLLUP_TABLES = { hour: 'usage_hourly', day: 'usage_daily' } as const;

const sqlKindCheck = sql`kind IN ('request', 'response')`;

// biome-ignore lint/suspicious/noExplicitAny: tables are created here, typed rows live in rows.ts
async function createRequests(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('first_byte_at', 'bigint')
    .addColumn('done_at', 'bigint', (c) => c.notNull())
    .addColumn('tenant', 'text')
    .addColumn('team', 'text')
    .addColumn('key_id', 'text')
    .addColumn('end_user', 'text')
    .addColumn('endpoint', 'text', (c) => c.notNull())
    .addColumn('route', 'text')
    .addColumn('model_requested', 'text')
    .addColumn('model_served', 'text')
    .addColumn('provider', 'text')
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('error_type', 'text')
    .addColumn('input_tokens', 'bigint')
    .addColumn('output_tokens', 'bigint')
    .addColumn('cached_input_tokens', 'bigint')
    .addColumn('cache_write_tokens', 'bigint')
    .addColumn('reasoning_tokens', 'bigint')
    .addColumn('tokens_estimated', 'integer', (c) => c.notNull())
    .addColumn('cost_usd', 'double precision')
    .addColumn('stream', 'integer', (c) => c.notNull())
    .addColumn('ttft_ms', 'double precision')
    .addColumn('cache_hit', 'integer', (c) => c.notNull())
    .addColumn('config_version', 'text')
    .addColumn('attempts', 'text', (c) => c.notNull())
    .addColumn('guardrails', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .execute();
  // The list API pages newest first over (received_at, id), optionally within a tenant, key or model.
  await db.schema.createIndex('requests_received_idx').on('requests').columns(['received_at', 'id']).execute();
  await db.schema
    .createIndex('requests_tenant_received_idx')
    .on('requests')
    .columns(['tenant', 'received_at', 'id'])
    .execute();
  await db.schema.createIndex('requests_key_received_idx').on('requests').columns(['key_id', 'received_at']).execute();
  await db.schema
    .createIndex('requests_model_requested_idx')
    .on('requests')
    .columns(['model_requested', 'received_at'])
    .execute();
  await db.schema
    .createIndex('requests_model_served_idx')
    .on('requests')
    .columns(['model_served', 'received_at'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see createRequests
async function createBodies(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('request_bodies')
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sqlKindCheck))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('request_bodies_pk', ['request_id', 'kind'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see createRequests
async function createRollup(db: Kysely<any>, table: string): Promise<void> {
  let builder = db.schema.createTable(table).addColumn('bucket', 'bigint', (c) => c.notNull());
  for (const d of ROLLUP_DIMENSIONS) builder = builder.addColumn(d, 'text', (c) => c.notNull().defaultTo(''));
  for (const m of ROLLUP_METRICS) {
    const type = m === 'cost_usd' || m.endsWith('_ms_sum') ? 'double precision' : 'bigint';
    builder = builder.addColumn(m, type, (c) => c.notNull().defaultTo(0));
  }
  await builder.addPrimaryKeyConstraint(`${table}_pk`, ['bucket', ...ROLLUP_DIMENSIONS] as string[]).execute();
  await db.schema.createIndex(`${table}_tenant_idx`).on(table).columns(['tenant', 'bucket']).execute();
}

export const recordingMigrations: Migration[] = [
  {
    name: 'recording_0001_requests',
    async up(db) {
      await createRequests(db);
      await createBodies(db);
      await createRollup(db, ROLLUP_TABLES.hour);
      await createRollup(db, ROLLUP_TABLES.day);
    },
  },
];

// Tables of the request log: raw records, bodies kept apart, and hourly/daily usage rollups (layout
// explained in rollup.ts). One DDL for both dialects: SQLite maps BIGINT to INTEGER and DOUBLE PRECISION
// to REAL affinity. Column lists are written out, not derived from code constants, so a migration never
// changes once shipped; tests check the constants (rows.ts, rollup.ts) against the migrated tables.
import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import type { Migration } from '../storage/database.ts';

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
  // One row per (dimension, bucket, tenant, value); see rollup.ts. '' stands for "none".
  let builder: CreateTableBuilder<string, string> = db.schema
    .createTable(table)
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('bucket', 'bigint', (c) => c.notNull())
    .addColumn('tenant', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull());
  const counters = ['requests', 'errors', 'input_tokens', 'output_tokens', 'cached_input_tokens', 'cache_write_tokens'];
  for (const m of [...counters, 'reasoning_tokens']) {
    builder = builder.addColumn(m, 'bigint', (c) => c.notNull().defaultTo(0));
  }
  builder = builder
    .addColumn('cost_usd', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('cost_unknown', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('latency_ms_sum', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('ttft_ms_sum', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('ttft_count', 'bigint', (c) => c.notNull().defaultTo(0));
  await builder.addPrimaryKeyConstraint(`${table}_pk`, ['dimension', 'bucket', 'tenant', 'value']).execute();
  await db.schema.createIndex(`${table}_tenant_idx`).on(table).columns(['tenant', 'dimension', 'bucket']).execute();
}

export const recordingMigrations: Migration[] = [
  {
    name: 'recording_0001_requests',
    async up(db, dialect) {
      await createRequests(db);
      await createBodies(db);
      for (const table of ['usage_hourly', 'usage_daily']) {
        await createRollup(db, table);
        // Rollup rows are updated in place all day; free room in each page lets PostgreSQL make those
        // HOT updates and prune old versions itself, so scans stay small between autovacuum runs.
        if (dialect === 'postgres') await sql`ALTER TABLE ${sql.table(table)} SET (fillfactor = 70)`.execute(db);
      }
    },
  },
  {
    // The request list's new filters: route pages through its own index, like the key and model filters; the
    // guardrail-outcome and tag filters walk partial indexes holding only the records with decisions / tags.
    name: 'recording_0002_request_filters',
    async up(db, dialect) {
      await db.schema
        .createIndex('requests_route_received_idx')
        .on('requests')
        .columns(['route', 'received_at'])
        .execute();
      // On SQLite the JSON text rides in the index too, so rows that do not match are rejected from the index
      // alone (no table lookup). PostgreSQL caps btree entries (~2.7 KB), so there the index holds the keys only.
      const guarded = dialect === 'sqlite' ? sql`received_at, id, guardrails` : sql`received_at, id`;
      const tagged = dialect === 'sqlite' ? sql`received_at, id, tags` : sql`received_at, id`;
      await sql`CREATE INDEX requests_guarded_idx ON requests (${guarded}) WHERE guardrails <> '[]'`.execute(db);
      await sql`CREATE INDEX requests_tagged_idx ON requests (${tagged}) WHERE tags <> '{}'`.execute(db);
    },
  },
  {
    // The model and route indexes keep only the records that have a model / route. Every reader filters them with
    // `column = value`, which implies `column IS NOT NULL`, so both stores still page those filters through them;
    // records without one (searches, feedback, calls refused before routing) no longer each add three index
    // entries (≈ 1.5 µs of the embedded store's writer thread a search record, bench/recorder-cost.ts).
    name: 'recording_0003_partial_model_route_indexes',
    async up(db) {
      for (const [index, column] of [
        ['requests_model_requested_idx', 'model_requested'],
        ['requests_model_served_idx', 'model_served'],
        ['requests_route_received_idx', 'route'],
      ] as const) {
        await sql`DROP INDEX IF EXISTS ${sql.id(index)}`.execute(db);
        await sql`CREATE INDEX ${sql.id(index)} ON requests (${sql.id(column)}, received_at) WHERE ${sql.id(column)} IS NOT NULL`.execute(
          db,
        );
      }
    },
  },
];

// Tables of the access layer. Each row carries `rev`, the value of the global access_rev counter at its last
// write, so every node can pull what changed since its last sync with one indexed query per table.
import { type Kysely, sql } from 'kysely';
import type { Migration } from '../storage/database.ts';

// biome-ignore lint/suspicious/noExplicitAny: tables are created here, typed rows live in repository.ts
type Db = Kysely<any>;

async function createHierarchy(db: Db): Promise<void> {
  await db.schema
    .createTable('access_rev')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('rev', 'bigint', (c) => c.notNull())
    .execute();
  await sql`INSERT INTO access_rev (id, rev) VALUES (1, 0)`.execute(db);

  await db.schema
    .createTable('access_tenants')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('rev', 'bigint', (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX access_tenants_rev ON access_tenants (rev)`.execute(db);

  await db.schema
    .createTable('access_teams')
    .addColumn('tenant', 'text', (c) => c.notNull().references('access_tenants.name'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('rev', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('access_teams_pk', ['tenant', 'name'])
    .execute();
  await sql`CREATE INDEX access_teams_rev ON access_teams (rev)`.execute(db);

  await db.schema
    .createTable('access_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('tenant', 'text', (c) => c.references('access_tenants.name'))
    // '' for global keys, so name uniqueness can be indexed (NULLs are all distinct).
    .addColumn('tenant_scope', 'text', (c) => c.notNull())
    .addColumn('team', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('owner_key_id', 'text')
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'bigint')
    .addColumn('revoked_at', 'bigint')
    .addColumn('prev_hash', 'text')
    .addColumn('prev_valid_until', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('rev', 'bigint', (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX access_keys_rev ON access_keys (rev)`.execute(db);
  await sql`CREATE INDEX access_keys_prev_hash ON access_keys (prev_hash)`.execute(db);
  // A name is unique among a tenant's live keys; a revoked key's name may be reused.
  await sql`CREATE UNIQUE INDEX access_keys_live_name ON access_keys (tenant_scope, name) WHERE revoked_at IS NULL`.execute(
    db,
  );
}

async function createCredentials(db: Db): Promise<void> {
  await db.schema
    .createTable('access_provider_credentials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_scope', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    // AES-256-GCM under a key derived from LINTEL_SECRET_KEY; see credentials.ts.
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await sql`CREATE UNIQUE INDEX access_credentials_name ON access_provider_credentials (tenant_scope, name)`.execute(
    db,
  );
}

/** Settled spend of the embedded limit store, flushed in batches so budgets survive a restart. */
async function createSpend(db: Db): Promise<void> {
  await db.schema
    .createTable('access_spend')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('spent_usd', 'double precision', (c) => c.notNull())
    .addColumn('alerted', 'double precision', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('access_spend_pk', ['scope', 'period'])
    .execute();
}

export const ACCESS_MIGRATIONS: Migration[] = [
  { name: '0200_access_hierarchy', up: (db) => createHierarchy(db) },
  { name: '0201_access_credentials', up: (db) => createCredentials(db) },
  { name: '0202_access_spend', up: (db) => createSpend(db) },
];

// Per-tenant data keys for request bodies (crypto-shredding).
import { sql } from 'kysely';
import type { Migration } from '../../storage/database.ts';

export const retentionMigrations: Migration[] = [
  {
    name: 'governance_0002_tenant_keys',
    async up(db) {
      // wrapped_key: the tenant's AES-256 data key sealed under the master secret; NULL once destroyed.
      await sql`CREATE TABLE tenant_keys (
        key_id TEXT PRIMARY KEY,
        tenant TEXT NOT NULL,
        wrapped_key TEXT,
        created_at BIGINT NOT NULL,
        destroyed_at BIGINT
      )`.execute(db);
      // At most one live key per tenant, even with several nodes creating keys at once.
      await sql`CREATE UNIQUE INDEX tenant_keys_one_live ON tenant_keys (tenant) WHERE destroyed_at IS NULL`.execute(
        db,
      );
    },
  },
];

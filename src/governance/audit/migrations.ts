// Tables of the audit log. Events and checkpoints are append-only: triggers refuse UPDATE and DELETE (and
// TRUNCATE on PostgreSQL), so rewriting history needs someone to drop the triggers first — which verification
// then catches through the hash chain and the signed checkpoints.
import { sql } from 'kysely';
import type { Migration, SqlDialect } from '../../storage/database.ts';
import type { Db } from '../db.ts';

export const AUDIT_APPEND_ONLY_TABLES = ['audit_events', 'audit_checkpoints'] as const;

async function refuseChanges(db: Db, dialect: SqlDialect, table: string): Promise<void> {
  if (dialect === 'sqlite') {
    for (const op of ['UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER IF NOT EXISTS ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table}
           BEGIN SELECT RAISE(ABORT, '${table} is append-only: ${op} refused'); END`,
        )
        .execute(db);
    }
    return;
  }
  await sql
    .raw(
      `CREATE TRIGGER ${table}_no_change BEFORE UPDATE OR DELETE ON ${table}
       FOR EACH ROW EXECUTE FUNCTION lintel_audit_refuse_change()`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
       FOR EACH STATEMENT EXECUTE FUNCTION lintel_audit_refuse_change()`,
    )
    .execute(db);
}

export const auditMigrations: Migration[] = [
  {
    name: 'governance_0001_audit_log',
    async up(db, dialect) {
      await sql`CREATE TABLE audit_events (
        seq BIGINT PRIMARY KEY,
        ts BIGINT NOT NULL,
        actor TEXT NOT NULL,
        role TEXT NOT NULL,
        tenant TEXT,
        action TEXT NOT NULL,
        resource TEXT NOT NULL,
        before_hash TEXT,
        after_hash TEXT,
        request_id TEXT,
        details TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      )`.execute(db);
      await sql`CREATE INDEX audit_events_action_ts ON audit_events (action, ts)`.execute(db);
      await sql`CREATE INDEX audit_events_ts ON audit_events (ts)`.execute(db);
      await sql`CREATE TABLE audit_checkpoints (
        tree_size BIGINT PRIMARY KEY,
        root_hash TEXT NOT NULL,
        ts BIGINT NOT NULL,
        signature TEXT NOT NULL,
        key_id TEXT NOT NULL
      )`.execute(db);
      // Signing keys: the public half for verification; the private half sealed under LINTEL_SECRET_KEY when
      // the key lives in the database (NULL when it lives in a file under the data directory).
      await sql`CREATE TABLE audit_keys (
        key_id TEXT PRIMARY KEY,
        public_key_pem TEXT NOT NULL,
        private_key_sealed TEXT,
        created_at BIGINT NOT NULL
      )`.execute(db);
      if (dialect === 'postgres') {
        await sql
          .raw(
            `CREATE OR REPLACE FUNCTION lintel_audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN
               RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
             END $$`,
          )
          .execute(db);
      }
      for (const table of AUDIT_APPEND_ONLY_TABLES) await refuseChanges(db, dialect, table);
    },
  },
];

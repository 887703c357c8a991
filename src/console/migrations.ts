// Tables of the web console: server-side sessions (sign-out and expiry invalidate them at once) and the
// short-lived state of OpenID Connect sign-ins in flight (so any node may receive the callback).
import { sql } from 'kysely';
import type { Migration } from '../storage/database.ts';

export const consoleMigrations: Migration[] = [
  {
    name: '0900_console_sessions',
    async up(db) {
      await sql`CREATE TABLE IF NOT EXISTS console_sessions (
        id TEXT PRIMARY KEY,
        csrf TEXT NOT NULL,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        principal TEXT NOT NULL,
        key_sealed TEXT,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL,
        revoked_at BIGINT
      )`.execute(db);
      await sql`CREATE INDEX IF NOT EXISTS console_sessions_expires_idx ON console_sessions (expires_at)`.execute(db);
      await sql`CREATE TABLE IF NOT EXISTS console_oidc_states (
        state TEXT PRIMARY KEY,
        verifier TEXT NOT NULL,
        nonce TEXT NOT NULL,
        return_to TEXT NOT NULL,
        created_at BIGINT NOT NULL
      )`.execute(db);
    },
  },
];

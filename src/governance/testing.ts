// Test support: the same governance suites run on SQLite (temp dir) and PostgreSQL (own schema).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { type Database, openDatabase, TEST_POSTGRES_URL, testSchemaName } from '../storage/database.ts';

export interface TestStore {
  database: Database;
  /** Another handle on the same store, as a second node or process would have. */
  another(): Promise<Database>;
  /** A scratch directory that cleanup removes. */
  dir: string;
  cleanup(): Promise<void>;
}

export interface TestBackend {
  name: 'sqlite' | 'postgres';
  open(): Promise<TestStore>;
}

async function store(openOne: () => Promise<Database>, dir: string, dispose: () => Promise<void>): Promise<TestStore> {
  const handles: Database[] = [];
  const track = async () => {
    const d = await openOne();
    handles.push(d);
    return d;
  };
  return {
    database: await track(),
    another: track,
    dir,
    async cleanup() {
      for (const h of handles) await h.close().catch(() => {});
      await dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const TEST_BACKENDS: TestBackend[] = [
  {
    name: 'sqlite',
    open() {
      const dir = mkdtempSync(join(tmpdir(), 'lintel-gov-'));
      return store(
        () => openDatabase({ dataDir: dir }),
        dir,
        async () => {},
      );
    },
  },
  {
    name: 'postgres',
    open() {
      const dir = mkdtempSync(join(tmpdir(), 'lintel-gov-pg-'));
      const schema = testSchemaName('gov');
      return store(
        () => openDatabase({ url: TEST_POSTGRES_URL, schema, poolSize: 4 }),
        dir,
        async () => {
          const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
          await client.connect();
          try {
            await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          } finally {
            await client.end();
          }
        },
      );
    },
  },
];

/** What an attacker with database access does first: switch off the append-only triggers. */
export async function disableAuditTriggers(database: Database): Promise<void> {
  for (const table of ['audit_events', 'audit_checkpoints']) {
    if (database.dialect === 'postgres') {
      await sql.raw(`ALTER TABLE ${table} DISABLE TRIGGER USER`).execute(database.db);
    } else {
      await sql.raw(`DROP TRIGGER IF EXISTS ${table}_no_update`).execute(database.db);
      await sql.raw(`DROP TRIGGER IF EXISTS ${table}_no_delete`).execute(database.db);
    }
  }
}

export const TEST_SECRET = 'test-secret-key-0123456789abcdef';

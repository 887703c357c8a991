// Test support: the same suites run on SQLite (temp dir) and PostgreSQL (own schema, dropped after).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import {
  type Database,
  openDatabase,
  runMigrations,
  type SqlDialect,
  TEST_POSTGRES_URL,
  testSchemaName,
} from '../storage/database.ts';
import { recordingMigrations } from './migrations.ts';

export interface TestStore {
  database: Database;
  /** A fresh directory for the spool. */
  dataDir: string;
  cleanup(): Promise<void>;
}

export const BACKENDS: SqlDialect[] = ['sqlite', 'postgres'];

/** `postgresUrl` points PostgreSQL at another address (a proxy) and makes the pool survive dropped sockets. */
export async function openTestStore(dialect: SqlDialect, opts: { postgresUrl?: string } = {}): Promise<TestStore> {
  const dataDir = await mkdtemp(join(tmpdir(), 'lintel-rec-'));
  if (dialect === 'sqlite') {
    const database = await openDatabase({ dataDir });
    await runMigrations(database, recordingMigrations);
    return {
      database,
      dataDir,
      async cleanup() {
        await database.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  const schema = testSchemaName('rec');
  const database = opts.postgresUrl
    ? await openPostgresTolerant(opts.postgresUrl, schema)
    : await openDatabase({ url: TEST_POSTGRES_URL, schema });
  await runMigrations(database, recordingMigrations);
  return {
    database,
    dataDir,
    async cleanup() {
      await database.close();
      const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await admin.connect();
      try {
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await admin.end();
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Like openDatabase for PostgreSQL, plus an error listener on every client: pg emits 'error' on a
 * checked-out client whose socket dies, and without a listener that crashes the process (reproduced
 * with openDatabase; reported to the lead). Tests that cut connections need it.
 */
async function openPostgresTolerant(url: string, schema: string): Promise<Database> {
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } finally {
    await admin.end();
  }
  const pool = new pg.Pool({ connectionString: url, max: 4, options: `-c search_path=${schema}` });
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', describe: `test ${schema}`, close: () => db.destroy() };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `check` until it returns true or `timeoutMs` passes. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

// Small database helpers shared by the governance modules (both dialects).
import { type Kysely, sql } from 'kysely';
import type { Database } from '../storage/database.ts';

// biome-ignore lint/suspicious/noExplicitAny: tables are owned by the modules that migrate them
export type Db = Kysely<any>;

/** A FIFO async mutex. */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => {});
    return result;
  }
}

// SQLite: one mutex per file per process, because better-sqlite3 waits for a busy file synchronously (blocking
// the event loop), so two handles on one file in one process must never wait on each other.
// PostgreSQL: one mutex per handle; handles (and nodes) are serialised by the advisory lock, which waits async.
const fileMutexes = new Map<string, Mutex>();
const handleMutexes = new WeakMap<Database, Map<string, Mutex>>();

function mutexFor(database: Database, lock: string): Mutex {
  let byLock: Map<string, Mutex> | undefined;
  let key = lock;
  if (database.dialect === 'sqlite') {
    byLock = fileMutexes;
    key = database.describe;
  } else {
    byLock = handleMutexes.get(database);
    if (!byLock) {
      byLock = new Map();
      handleMutexes.set(database, byLock);
    }
  }
  let m = byLock.get(key);
  if (!m) {
    m = new Mutex();
    byLock.set(key, m);
  }
  return m;
}

/**
 * Runs `fn` in a write transaction that no other writer using the same `lock` can interleave with:
 * an in-process mutex, plus `BEGIN IMMEDIATE` on SQLite (other processes) or a transaction-scoped
 * advisory lock on PostgreSQL (other nodes). `fn` must use only the handle it is given.
 */
export function withExclusiveTransaction<T>(database: Database, lock: string, fn: (db: Db) => Promise<T>): Promise<T> {
  if (database.dialect === 'postgres') {
    return mutexFor(database, lock).run(() =>
      database.db.transaction().execute(async (trx) => {
        await sql`SELECT pg_advisory_xact_lock(hashtext(current_schema() || ${`/lintel/${lock}`}))`.execute(trx);
        return fn(trx);
      }),
    );
  }
  // SQLite has one writer per file anyway, so every exclusive section on the file shares one mutex.
  return mutexFor(database, lock).run(() =>
    database.db.connection().execute(async (conn) => {
      await sql`BEGIN IMMEDIATE`.execute(conn);
      try {
        const result = await fn(conn);
        await sql`COMMIT`.execute(conn);
        return result;
      } catch (err) {
        await sql`ROLLBACK`.execute(conn).catch(() => {});
        throw err;
      }
    }),
  );
}

/** BIGINT columns come back as strings from pg and as numbers from SQLite. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint' || typeof value === 'string') return Number(value);
  if (value === null || value === undefined) return 0;
  throw new TypeError(`not a number: ${String(value)}`);
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Guards table and column names that come from options before they reach SQL. */
export function assertIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`invalid SQL identifier: ${name}`);
  return name;
}

export async function tableExists(database: Database, table: string): Promise<boolean> {
  assertIdentifier(table);
  if (database.dialect === 'postgres') {
    const r = await sql<{ t: string | null }>`SELECT to_regclass(${table})::text AS t`.execute(database.db);
    return r.rows[0]?.t != null;
  }
  const r = await sql<{
    name: string;
  }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ${table}`.execute(database.db);
  return r.rows.length > 0;
}

export async function columnNames(database: Database, table: string): Promise<string[]> {
  assertIdentifier(table);
  if (database.dialect === 'postgres') {
    const r = await sql<{ column_name: string }>`SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = ${table} ORDER BY ordinal_position`.execute(database.db);
    return r.rows.map((row) => row.column_name);
  }
  const r = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(database.db);
  return r.rows.map((row) => row.name);
}

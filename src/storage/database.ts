// Opens the relational store: SQLite (embedded default) or PostgreSQL (scale-out), both behind Kysely.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  sql,
} from 'kysely';
import pg from 'pg';

export type SqlDialect = 'sqlite' | 'postgres';

export interface Database {
  // biome-ignore lint/suspicious/noExplicitAny: tables are owned by the modules that migrate them
  db: Kysely<any>;
  /**
   * Where admin read paths go (request log listing, usage rollups, console overview): the PostgreSQL read replica
   * when one is configured, else `db`. Writes, and reads that must see this node's own writes, always use `db`.
   */
  // biome-ignore lint/suspicious/noExplicitAny: see db
  reader?: Kysely<any>;
  dialect: SqlDialect;
  /** The embedded store's native handle, for hot write paths that keep prepared statements (SQLite only). */
  sqlite?: SQLite.Database;
  /** A short description safe to log (no password). */
  describe: string;
  /** PostgreSQL only: the connection string and schema, for engines that open their own pool (the job runner). */
  postgres?: { url: string; schema?: string };
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres://… selects PostgreSQL; sqlite:PATH or undefined selects SQLite. */
  url?: string;
  /** Directory of the embedded store (SQLite file `lintel.db`). */
  dataDir?: string;
  /** PostgreSQL schema to use (created if missing); tests use one per run. */
  schema?: string;
  poolSize?: number;
  /** PostgreSQL pool and statement limits (see PostgresOptions). */
  postgres?: PostgresOptions;
}

/** `storage.postgres` in lintel.yaml. */
export interface PostgresOptions {
  /** Connections per process at most (each `--workers` process has its own pool). */
  poolMax?: number;
  /** Waiting for a connection (new or from the pool) fails after this long; 0 = wait forever. */
  connectionTimeoutMs?: number;
  /** An idle pooled connection is closed after this long; 0 = never. */
  idleTimeoutMs?: number;
  /** PostgreSQL cancels a statement running longer (its statement_timeout); 0 = no limit. */
  statementTimeoutMs?: number;
  /** A read replica for the admin read paths (request log, usage, overview). */
  readReplicaUrl?: string;
}

/** `storage.postgres` of lintel.yaml as open options. */
export function postgresOptions(c: {
  pool_max: number;
  connection_timeout_ms: number;
  idle_timeout_ms: number;
  statement_timeout_ms: number;
  read_replica_url?: string;
}): PostgresOptions {
  return {
    poolMax: c.pool_max,
    connectionTimeoutMs: c.connection_timeout_ms,
    idleTimeoutMs: c.idle_timeout_ms,
    statementTimeoutMs: c.statement_timeout_ms,
    readReplicaUrl: c.read_replica_url,
  };
}

/** The database admin read paths should use (the read replica when configured). */
export function readView(database: Database): Database {
  return database.reader && database.reader !== database.db ? { ...database, db: database.reader } : database;
}

export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  const url = opts.url;
  if (url && /^postgres(ql)?:\/\//.test(url)) return openPostgres(url, opts);
  if (opts.postgres?.readReplicaUrl) {
    throw new Error(
      'storage.postgres.read_replica_url needs a PostgreSQL database_url (the embedded store has no replica)',
    );
  }
  let file: string;
  if (url?.startsWith('sqlite:')) file = url.slice('sqlite:'.length);
  else {
    const dir = opts.dataDir ?? '.lintel';
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    file = join(dir, 'lintel.db');
  }
  restrictFile(file);
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  // Short: better-sqlite3 is synchronous, so a long wait on a locked file would freeze the event loop.
  sqlite.pragma('busy_timeout = 250');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  return {
    db,
    dialect: 'sqlite',
    sqlite,
    describe: `sqlite:${file}`,
    close: () => db.destroy(),
  };
}

/**
 * The store holds prompts, keys' hashes and sealed secrets: owner-only (0600). The file is created with that mode
 * before SQLite opens it (SQLite gives its -wal and -shm files the main file's mode), and files left by an earlier
 * version are tightened. `:memory:` and other special names are left alone.
 */
export function restrictFile(file: string): void {
  if (file === '' || file === ':memory:' || file.startsWith('file:')) return;
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      chmodSync(f, 0o600);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
}

async function openPostgres(url: string, opts: OpenDatabaseOptions): Promise<Database> {
  const schema = opts.schema;
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  if (schema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } catch (err) {
      // Nodes starting together race on IF NOT EXISTS (PostgreSQL checks, then inserts): the loser sees 23505.
      if ((err as { code?: string }).code !== '23505') throw err;
    } finally {
      await admin.end();
    }
  }
  const o = opts.postgres ?? {};
  const open = (connectionString: string) => {
    const pool = new pg.Pool({
      connectionString,
      max: o.poolMax ?? opts.poolSize ?? 10,
      connectionTimeoutMillis: o.connectionTimeoutMs ?? 10_000,
      idleTimeoutMillis: o.idleTimeoutMs ?? 10_000,
      ...(o.statementTimeoutMs ? { statement_timeout: o.statementTimeoutMs } : {}),
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // An idle client that loses its server must not crash the process; the next query reports the error.
    pool.on('error', () => {});
    // A checked-out client whose socket dies emits 'error' too; queries on it still reject, so just absorb it.
    pool.on('connect', (client) => client.on('error', () => {}));
    return new Kysely({ dialect: new PostgresDialect({ pool }) });
  };
  const db = open(url);
  const reader = o.readReplicaUrl ? open(o.readReplicaUrl) : db;
  const safe = (u: string) => u.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@');
  return {
    db,
    reader,
    dialect: 'postgres',
    describe:
      safe(url) +
      (schema ? ` (schema ${schema})` : '') +
      (o.readReplicaUrl ? `, reads: ${safe(o.readReplicaUrl)}` : ''),
    postgres: { url, schema },
    close: async () => {
      await db.destroy();
      if (reader !== db) await reader.destroy();
    },
  };
}

export interface Migration {
  /** Unique, ordered name, e.g. "0001_requests". */
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: see Database.db
  up(db: Kysely<any>, dialect: SqlDialect): Promise<void>;
}

/** Applies pending migrations in name order, once each; serialised by an advisory lock on PostgreSQL. */
export async function runMigrations(database: Database, migrations: Migration[]): Promise<string[]> {
  const { db, dialect } = database;
  const applied: string[] = [];
  const ordered = [...migrations].sort((a, b) => a.name.localeCompare(b.name));
  // Up to date (every start after the first): no transaction, so no write lock is taken just to look.
  if (dialect === 'sqlite' && (await allApplied(database, ordered))) return applied;
  await db.transaction().execute(async (trx) => {
    if (dialect === 'postgres') {
      // Migrations (and waiting for another node's) may take longer than storage.postgres.statement_timeout_ms.
      await sql`SET LOCAL statement_timeout = 0`.execute(trx);
      await sql`SELECT pg_advisory_xact_lock(7411203)`.execute(trx);
    }
    await sql`CREATE TABLE IF NOT EXISTS lintel_migrations (name TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)`.execute(
      trx,
    );
    const done = new Set(
      (await sql<{ name: string }>`SELECT name FROM lintel_migrations`.execute(trx)).rows.map((r) => r.name),
    );
    for (const m of ordered) {
      if (done.has(m.name)) continue;
      await m.up(trx, dialect);
      await sql`INSERT INTO lintel_migrations (name, applied_at) VALUES (${m.name}, ${Date.now()})`.execute(trx);
      applied.push(m.name);
    }
  });
  return applied;
}

/** Whether every migration is recorded (false when the migrations table does not exist yet). */
async function allApplied(database: Database, migrations: Migration[]): Promise<boolean> {
  try {
    const rows = (await sql<{ name: string }>`SELECT name FROM lintel_migrations`.execute(database.db)).rows;
    const done = new Set(rows.map((r) => r.name));
    return migrations.every((m) => done.has(m.name));
  } catch {
    return false;
  }
}

/** Unique PostgreSQL schema name for a test run. */
export function testSchemaName(prefix: string): string {
  return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`.toLowerCase();
}

export const TEST_POSTGRES_URL = process.env.LINTEL_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Transactions take the write lock when they begin (BEGIN IMMEDIATE). Other connections write the same
 * file — the request log's writer thread, other nodes' processes — and a deferred transaction that reads
 * and then writes fails at once with SQLITE_BUSY (no busy wait) when one of them committed in between.
 * Taking the lock first waits up to busy_timeout instead.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

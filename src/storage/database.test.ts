// The storage layer on both engines: opening (file modes, WAL, schemas), migrations applied in name order and once
// each — also when several nodes migrate at once — and a failing migration leaving nothing half-applied.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { sql } from 'kysely';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import {
  type Database,
  type Migration,
  openDatabase,
  restrictFile,
  runMigrations,
  type SqlDialect,
  TEST_POSTGRES_URL,
  testSchemaName,
} from './database.ts';

const dirs: string[] = [];
const schemas: string[] = [];
after(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  } finally {
    await admin.end();
  }
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'lintel-storage-'));
  dirs.push(d);
  return d;
}

async function open(dialect: SqlDialect, schema = testSchemaName('storage')): Promise<Database> {
  if (dialect === 'sqlite') return openDatabase({ dataDir: tempDir() });
  schemas.push(schema);
  return openDatabase({ url: TEST_POSTGRES_URL, schema });
}

const table = (name: string, log: string[]): Migration => ({
  name,
  async up(db) {
    log.push(name);
    await sql`CREATE TABLE ${sql.table(`t_${name}`)} (id INTEGER PRIMARY KEY)`.execute(db);
  },
});

test('SQLite: the file, its WAL and the data directory are owner-only; existing files are tightened', async () => {
  const dir = join(tempDir(), 'data');
  const db = await openDatabase({ dataDir: dir });
  try {
    await sql`CREATE TABLE x (id INTEGER)`.execute(db.db);
    assert.equal(db.dialect, 'sqlite');
    assert.equal((await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(db.db)).rows[0].journal_mode, 'wal');
    for (const f of ['lintel.db', 'lintel.db-wal']) {
      assert.equal((statSync(join(dir, f)).mode & 0o777).toString(8), '600', f);
    }
    assert.equal((statSync(dir).mode & 0o777).toString(8), '700');
  } finally {
    await db.close();
  }
  const old = join(tempDir(), 'old.db');
  writeFileSync(old, '', { mode: 0o644 });
  restrictFile(old);
  assert.equal((statSync(old).mode & 0o777).toString(8), '600');
  const named = await openDatabase({ url: `sqlite:${join(tempDir(), 'named.db')}` });
  assert.match(named.describe, /^sqlite:.*named\.db$/);
  await named.close();
});

test('SQLite: a transaction that reads then writes survives another connection committing in between', async () => {
  // The request log's writer thread (and other nodes) write the same file on their own connections.
  const dir = join(tempDir(), 'data');
  const db = await openDatabase({ dataDir: dir });
  const other = new SQLite(join(dir, 'lintel.db'));
  other.pragma('busy_timeout = 0');
  try {
    await sql`CREATE TABLE x (id INTEGER)`.execute(db.db);
    let otherCommitted = true;
    await db.db.transaction().execute(async (trx) => {
      await sql`SELECT count(*) FROM x`.execute(trx);
      try {
        other.prepare('INSERT INTO x VALUES (2)').run();
      } catch {
        otherCommitted = false; // our transaction holds the write lock: the other waits (here: gives up)
      }
      await sql`INSERT INTO x VALUES (1)`.execute(trx);
    });
    assert.equal(otherCommitted, false, 'the transaction held the write lock from its start');
    const rows = other.prepare('SELECT id FROM x').all() as { id: number }[];
    assert.deepEqual(rows, [{ id: 1 }]);
  } finally {
    other.close();
    await db.close();
  }
});

test('PostgreSQL: a description never shows the password; schema names are checked', async () => {
  const db = await open('postgres');
  try {
    assert.match(db.describe, /\(schema storage_/);
  } finally {
    await db.close();
  }
  await assert.rejects(openDatabase({ url: TEST_POSTGRES_URL, schema: 'bad-name; DROP' }), /invalid schema name/);
  const pw = await openDatabase({ url: 'postgres://u:s3cret@127.0.0.1:1/x' });
  assert.equal(pw.describe, 'postgres://u:***@127.0.0.1:1/x');
  await pw.close();
});

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`migrations on ${dialect}`, () => {
    test('apply in name order, once each, and report what they applied', async () => {
      const db = await open(dialect);
      try {
        const log: string[] = [];
        const first = await runMigrations(db, [table('0002_b', log), table('0001_a', log)]);
        assert.deepEqual(first, ['0001_a', '0002_b']);
        const again = await runMigrations(db, [table('0001_a', log), table('0003_c', log), table('0002_b', log)]);
        assert.deepEqual(again, ['0003_c']);
        assert.deepEqual(log, ['0001_a', '0002_b', '0003_c']);
      } finally {
        await db.close();
      }
    });

    test('a failing migration rolls back the whole run: nothing half-applied, nothing marked done', async () => {
      const db = await open(dialect);
      try {
        const log: string[] = [];
        const broken: Migration = {
          name: '0002_broken',
          async up(trx) {
            await sql`CREATE TABLE t_partial (id INTEGER)`.execute(trx);
            throw new Error('boom');
          },
        };
        await assert.rejects(runMigrations(db, [table('0001_a', log), broken]), /boom/);
        const done = await sql<{ name: string }>`SELECT name FROM lintel_migrations`.execute(db.db).catch(() => ({
          rows: [],
        }));
        assert.deepEqual(done.rows, []);
        await assert.rejects(sql`SELECT * FROM t_partial`.execute(db.db));
        assert.deepEqual(await runMigrations(db, [table('0001_a', [])]), ['0001_a'], 'a later run starts clean');
      } finally {
        await db.close();
      }
    });
  });
}

test('PostgreSQL: nodes migrating the same schema at once apply each migration exactly once', async () => {
  const schema = testSchemaName('storage_race');
  const nodes = await Promise.all([0, 1, 2].map(() => open('postgres', schema)));
  try {
    const log: string[] = [];
    const applied = await Promise.all(nodes.map((n) => runMigrations(n, [table('0001_a', log), table('0002_b', log)])));
    assert.deepEqual(log, ['0001_a', '0002_b']);
    assert.deepEqual(applied.flat().sort(), ['0001_a', '0002_b']);
  } finally {
    await Promise.all(nodes.map((n) => n.close()));
  }
});

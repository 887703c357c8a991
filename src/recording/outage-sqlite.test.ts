// Nothing lost: the SQLite file is locked by another connection (BEGIN EXCLUSIVE) for a few seconds under load.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { explanationMigrations } from '../governance/explain/store.ts';
import { runMigrations } from '../storage/database.ts';
import { SqliteThreadSink } from './sqlite-thread-sink.ts';
import { openTestStore, runOutageScenario } from './testing.ts';

test('SQLite locked for 3 s under steady load: every record stored exactly once, rollups match', async () => {
  const store = await openTestStore('sqlite');
  try {
    // A short busy timeout: better-sqlite3 waits synchronously, so a long one would stall the event loop.
    await sql`PRAGMA busy_timeout = 50`.execute(store.database.db);
    const locker = new SQLite(join(store.dataDir, 'lintel.db'));
    const result = await runOutageScenario(
      store,
      { begin: () => void locker.exec('BEGIN EXCLUSIVE'), end: () => void locker.exec('COMMIT') },
      { outageMs: 3_000, idPrefix: 'lock' },
    );
    locker.close();
    assert.ok(result.failedFlushes > 0, 'the lock made writes fail');
    assert.ok(result.maxSpooled > 0, 'records went through the spool');
    assert.ok(result.sent > 2_000, `steady load was sent (${result.sent})`);
  } finally {
    await store.cleanup();
  }
});

test("the writer thread (the server's default on SQLite): locked for 3 s under load, every record stored once", async () => {
  const store = await openTestStore('sqlite');
  const file = join(store.dataDir, 'lintel.db');
  const sink = new SqliteThreadSink({ file, busyTimeoutMs: 50 });
  try {
    await runMigrations(store.database, explanationMigrations);
    const locker = new SQLite(file);
    const result = await runOutageScenario(
      store,
      { begin: () => void locker.exec('BEGIN EXCLUSIVE'), end: () => void locker.exec('COMMIT') },
      { outageMs: 3_000, idPrefix: 'thread', sink },
    );
    locker.close();
    assert.ok(result.failedFlushes > 0, 'the lock made writes fail');
    assert.ok(result.maxSpooled > 0, 'records went through the spool');
    assert.ok(result.sent > 2_000, `steady load was sent (${result.sent})`);
  } finally {
    await sink.close();
    await store.cleanup();
  }
});

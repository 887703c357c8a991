// Finished jobs do not pile up: completed and cancelled jobs go after a day, dead ones after a week (both
// configurable); queued, failed and active jobs are never pruned. pg-boss archives and deletes its own jobs;
// Lintel's progress rows beside them are pruned with the same horizon.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { createJobRunner } from './index.ts';
import { SqlJobRunner } from './sql-runner.ts';
import { newStoreSpec, openStore } from './testing/stores.ts';

const HOUR = 3600_000;

test('embedded runner: prune deletes finished jobs past their retention and nothing else', async () => {
  const database = await openStore(newStoreSpec('sqlite'));
  let now = Date.UTC(2026, 11, 1);
  const runner = new SqlJobRunner(database.db, { pollMs: 20, now: () => now, pruneEveryMs: 3600_000 });
  try {
    runner.handle('ok', async () => 'done');
    runner.handle(
      'boom',
      async () => {
        throw new Error('always');
      },
      { maxAttempts: 1 },
    );
    await runner.start();
    const completed = await runner.enqueue('ok', {});
    const dead = await runner.enqueue('boom', {});
    const cancelled = await runner.enqueue('nobody-handles-this', {});
    const waiting = await runner.enqueue('nobody-handles-this', {});
    assert.equal(await runner.cancel(cancelled), true);
    assert.equal((await runner.wait(completed, { timeoutMs: 10_000 })).state, 'completed');
    assert.equal((await runner.wait(dead, { timeoutMs: 10_000 })).state, 'dead');

    now += 23 * HOUR;
    assert.equal(await runner.prune(), 0, 'nothing is old enough yet');
    now += 2 * HOUR;
    assert.equal(await runner.prune(), 2, 'the completed and the cancelled job go after a day');
    assert.equal(await runner.get(completed), null);
    assert.equal(await runner.get(cancelled), null);
    assert.equal((await runner.get(dead))?.state, 'dead', 'dead jobs stay for inspection and retry');
    now += 7 * 24 * HOUR;
    assert.equal(await runner.prune(), 1);
    assert.equal(await runner.get(dead), null);
    assert.equal((await runner.get(waiting))?.state, 'queued', 'a job that never ran is never pruned');
  } finally {
    await runner.stop();
    await database.close();
  }
});

test('embedded runner: retention is configurable and pruning runs on its own once started', async () => {
  const database = await openStore(newStoreSpec('sqlite'));
  const runner = createJobRunner(database, { pollMs: 20, retention: { completedMs: 1 } });
  try {
    runner.handle('ok', async () => 'done');
    await runner.start();
    const id = await runner.enqueue('ok', {});
    await runner.wait(id, { timeoutMs: 10_000 });
    await new Promise((r) => setTimeout(r, 5));
    assert.equal(await runner.prune(), 1);
  } finally {
    await runner.stop();
    await database.close();
  }
});

test('pg-boss runner: progress rows older than any readable job are pruned', async () => {
  const database = await openStore(newStoreSpec('postgres'));
  const runner = createJobRunner(database, { pollMs: 50, maintenanceIntervalSeconds: 1 });
  try {
    const old = Date.now() - 30 * 24 * HOUR;
    await sql`INSERT INTO lintel_job_progress (id, progress, updated_at) VALUES
      ('00000000-0000-4000-8000-000000000001', '{"done":1}', ${old}),
      ('00000000-0000-4000-8000-000000000002', '{"done":2}', ${Date.now()})`.execute(database.db);
    assert.equal(await runner.prune(), 1);
    const left = await sql<{ id: string }>`SELECT id FROM lintel_job_progress`.execute(database.db);
    assert.deepEqual(
      left.rows.map((r) => r.id),
      ['00000000-0000-4000-8000-000000000002'],
    );
  } finally {
    await runner.stop();
    await database.close();
  }
});

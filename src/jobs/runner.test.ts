// The job runner contract, run over both engines: the embedded table (SQLite) and pg-boss (PostgreSQL).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { createJobRunner } from './index.ts';
import { ensureScoreTable, scoreHandler } from './testing/score-handler.ts';
import { newStoreSpec, openStore } from './testing/stores.ts';
import type { JobRunner } from './types.ts';

const CHILD = fileURLToPath(new URL('./testing/worker-child.ts', import.meta.url));

async function until<T>(probe: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`job runner on ${kind}`, () => {
    async function withRunner(fn: (r: JobRunner) => Promise<void>): Promise<void> {
      const database = await openStore(newStoreSpec(kind));
      const runner = createJobRunner(database, { pollMs: 50, maintenanceIntervalSeconds: 1 });
      try {
        await fn(runner);
      } finally {
        await runner.stop();
        await database.close();
      }
    }

    test('runs a job, reports progress and keeps its result', () =>
      withRunner(async (runner) => {
        runner.handle<{ n: number }>('double', async (ctx) => {
          await ctx.progress({ done: 1, total: 1 });
          return { doubled: ctx.job.data.n * 2 };
        });
        await runner.start();
        const id = await runner.enqueue('double', { n: 21 });
        const job = await runner.wait(id, { timeoutMs: 10_000 });
        assert.equal(job.state, 'completed');
        assert.deepEqual(job.result, { doubled: 42 });
        assert.deepEqual(job.progress, { done: 1, total: 1 });
        assert.equal(job.attempts, 1);
        assert.ok((await runner.list({ queue: 'double' })).some((j) => j.id === id));
      }));

    test('retries a failing job, then dead-letters it when attempts run out; retry() revives it', () =>
      withRunner(async (runner) => {
        let calls = 0;
        let heal = false;
        runner.handle(
          'flaky',
          async () => {
            calls++;
            if (!heal) throw new Error(`boom ${calls}`);
            return 'ok';
          },
          { maxAttempts: 2, backoffMs: 0 },
        );
        await runner.start();
        const id = await runner.enqueue('flaky', {});
        const dead = await runner.wait(id, { timeoutMs: 15_000 });
        assert.equal(dead.state, 'dead');
        assert.equal(calls, 2);
        assert.match(dead.error ?? '', /boom 2/);
        heal = true;
        assert.equal(await runner.retry(id), true);
        const revived = await runner.wait(id, { timeoutMs: 15_000 });
        assert.equal(revived.state, 'completed');
        assert.equal(calls, 3);
      }));

    test('cancel stops an active handler through its signal', () =>
      withRunner(async (runner) => {
        let started = false;
        let sawAbort = false;
        runner.handle('long', async (ctx) => {
          started = true;
          await new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => resolve()));
          sawAbort = true;
          throw new Error('aborted');
        });
        await runner.start();
        const id = await runner.enqueue('long', {});
        await until(async () => started);
        assert.equal(await runner.cancel(id), true);
        const job = await runner.wait(id, { timeoutMs: 10_000 });
        assert.equal(job.state, 'cancelled');
        await until(async () => sawAbort);
        assert.equal(await runner.cancel(id), false, 'a finished job cannot be cancelled again');
      }));

    test('a singleton key yields one job while it is pending', () =>
      withRunner(async (runner) => {
        const a = await runner.enqueue('single', { x: 1 }, { singletonKey: 'k' });
        const b = await runner.enqueue('single', { x: 2 }, { singletonKey: 'k' });
        const c = await runner.enqueue('single', { x: 3 }, { singletonKey: 'other' });
        assert.equal(a, b);
        assert.notEqual(a, c);
      }));

    test('a node killed with SIGKILL mid-run: another node finishes the job, every item scored exactly once', async () => {
      const spec = newStoreSpec(kind);
      const database = await openStore(spec);
      await ensureScoreTable(database);
      const items = 40;
      const first = createJobRunner(database, { pollMs: 50 });
      const id = await first.enqueue('score', { items }, { maxAttempts: 5 });
      const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
        env: { ...process.env, JOBS_STORE: JSON.stringify(spec) },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const count = async () =>
        Number(
          (await sql<{ n: number }>`SELECT COUNT(*) AS n FROM test_scored WHERE job_id = ${id}`.execute(database.db))
            .rows[0]?.n,
        );
      let node2: JobRunner | null = null;
      try {
        await until(async () => (await count()) >= 5, 30_000);
        child.kill('SIGKILL');
        await new Promise((r) => child.once('exit', r));
        const atKill = await count();
        assert.ok(atKill < items, 'the job was still running when its node died');
        node2 = createJobRunner(database, { pollMs: 50, maintenanceIntervalSeconds: 1 });
        node2.handle('score', scoreHandler(database, 1), { leaseMs: 1000, maxAttempts: 5, backoffMs: 0 });
        await node2.start();
        const job = await node2.wait(id, { timeoutMs: 30_000 });
        assert.equal(job.state, 'completed');
        assert.ok(job.attempts >= 2, 'the second node ran a new attempt');
        const rows = (
          await sql<{ item: number; n: number }>`SELECT item, COUNT(*) AS n FROM test_scored WHERE job_id = ${id}
            GROUP BY item`.execute(database.db)
        ).rows;
        assert.equal(rows.length, items, 'every item scored');
        assert.ok(
          rows.every((r) => Number(r.n) === 1),
          'no item scored twice',
        );
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
        await node2?.stop();
        await first.stop();
        await database.close();
      }
    });
  });
}

// An eval run survives kill -9 of its node: a real Lintel node in a child process starts the run on a shared store
// (SQLite file; PostgreSQL with pg-boss), is SIGKILLed mid-run, and a second node finishes the job. Every item is
// scored exactly once and the request log holds exactly one gateway call per item (a call the dead node made and
// recorded is reused, not repeated).
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { TEST_POSTGRES_URL, testSchemaName } from '../../storage/database.ts';
import { TEST_KEY } from '../../testing/harness.ts';
import { dropTestSchemas, codeWordDataset, startLifecycleHarness, upstream } from '../testing/fixture.ts';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), '..', 'testing', 'node-child.ts');
const ITEMS = 40;

async function call(url: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // biome-ignore lint/suspicious/noExplicitAny: loosely typed JSON answers
  return { status: res.status, json: (await res.json()) as any };
}

async function until(cond: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function startChild(store: Record<string, unknown>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, LC_STORE: JSON.stringify(store) },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (l) => {
      const m = /^ready (\S+)/.exec(l);
      if (m) resolve({ child, url: m[1] });
    });
    child.once('exit', (code) => reject(new Error(`child exited ${code} before it was ready`)));
  });
}

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`eval run, node killed with SIGKILL (${kind})`, () => {
    test('another node finishes the run: every item scored once, one recorded gateway call per item', async (t) => {
      const schema = testSchemaName('lintel_crash');
      const store =
        kind === 'sqlite'
          ? { dataDir: mkdtempSync(join(tmpdir(), 'lintel-crash-')) }
          : { databaseUrl: TEST_POSTGRES_URL, databaseSchema: schema };
      const { child, url } = await startChild(store);
      let node2: Awaited<ReturnType<typeof startLifecycleHarness>> | null = null;
      try {
        assert.equal((await call(url, 'POST', '/admin/models', { name: 'support' })).status, 201);
        // A slow version: the run is still going when its node dies.
        const v = await call(url, 'POST', '/admin/models/support/versions', upstream('sum-slow'));
        assert.equal(v.status, 201);
        const ds = await call(url, 'POST', '/admin/datasets', { name: 'cw', jsonl: codeWordDataset(ITEMS) });
        assert.equal(ds.status, 201);
        const run = await call(url, 'POST', '/admin/evals', {
          model: 'support',
          version: 1,
          dataset: 'cw',
          scorers: [{ type: 'contains' }],
          concurrency: 4,
        });
        assert.equal(run.status, 202, JSON.stringify(run.json));
        const runId = run.json.id as string;
        await until(async () => (await call(url, 'GET', `/admin/evals/${runId}`)).json.done >= 8, 60_000, 'progress');
        child.kill('SIGKILL');
        const killedAt = Date.now();
        await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));

        node2 = await startLifecycleHarness(store);
        const db = node2.lintel.database.db;
        const atKill = Number(
          (await sql<{ n: number }>`SELECT COUNT(*) AS n FROM lc_eval_results WHERE run_id = ${runId}`.execute(db))
            .rows[0].n,
        );
        assert.ok(atKill < ITEMS, `the run was still going when its node died (${atKill} stored)`);
        const storedAtKill = new Set(
          (await sql<{ idx: number }>`SELECT idx FROM lc_eval_results WHERE run_id = ${runId}`.execute(db)).rows.map(
            (r) => Number(r.idx),
          ),
        );
        const job = await node2.lintel.jobs.wait(String(run.json.jobId), { timeoutMs: 120_000 });
        assert.equal(job.state, 'completed', JSON.stringify(job));
        assert.ok(job.attempts >= 2, 'the second node ran a new attempt');
        t.diagnostic(`${atKill}/${ITEMS} items stored at the kill; run completed ${Date.now() - killedAt} ms after it`);

        const results = (
          await sql<{ idx: number; score: number }>`SELECT idx, score FROM lc_eval_results
            WHERE run_id = ${runId}`.execute(db)
        ).rows;
        assert.deepEqual(
          results.map((r) => Number(r.idx)).sort((a, b) => a - b),
          Array.from({ length: ITEMS }, (_, i) => i),
          'every item scored exactly once',
        );
        assert.ok(results.every((r) => Number(r.score) === 1));
        const shown = await call(node2.url, 'GET', `/admin/evals/${runId}`);
        assert.equal(shown.json.status, 'completed');
        assert.equal(shown.json.summary.items, ITEMS);

        // The request log (both nodes' records): never two calls for one item. Node 2's last records land after the
        // job; the dead node's last ~200 ms of records were only in its memory (the recorder's documented limit).
        const callsPerItem = async () => {
          const rows = (
            await sql<{ tags: string }>`SELECT tags FROM requests WHERE tags LIKE ${`%${runId}%`}`.execute(db)
          ).rows;
          const per = new Map<number, number>();
          for (const r of rows) {
            const t = JSON.parse(r.tags) as Record<string, string>;
            if (t.eval_run === runId) per.set(Number(t.eval_item), (per.get(Number(t.eval_item)) ?? 0) + 1);
          }
          return per;
        };
        await until(
          async () => {
            const per = await callsPerItem();
            return results.every((r) => storedAtKill.has(Number(r.idx)) || per.has(Number(r.idx)));
          },
          30_000,
          'the second node’s calls recorded',
        );
        const per = await callsPerItem();
        const twice = [...per].filter(([, n]) => n > 1);
        assert.deepEqual(twice, [], 'no item called twice');
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
        await node2?.close();
        if (kind === 'postgres') {
          await dropTestSchemas(schema);
        }
      }
    });
  });
}

// A run interrupted mid-way (crash, cancel, lease lost) resumes where it stopped: items already stored are skipped,
// none is called or scored twice, and the summary covers every item once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import type { GatewayCallOptions, GatewayResponse } from '../../server/areas.ts';
import { type Harness, simProviders, startHarness } from '../../testing/harness.ts';
import { RequestWaiter } from '../request-waiter.ts';
import { adminClient, codeWordDataset } from '../testing/fixture.ts';
import { DatasetStore, parseJsonl } from './dataset.ts';
import { recordedEvalCalls } from './recorded-calls.ts';
import { executeRun } from './runner.ts';
import { EvalStore } from './store.ts';

let h: Harness;
const waiter = new RequestWaiter();

before(async () => {
  h = await startHarness(
    (u) => `${simProviders(u)}
routes:
  - model: support
    registry: support@champion
`,
    { runtime: { onFinish: (_c, record) => waiter.offer(record) } },
  );
  const admin = adminClient(h);
  await admin('POST', '/admin/models', { name: 'support' });
  await admin('POST', '/admin/models/support/versions', { spec: { provider: 'sim', model: 'sum-good' } });
});
after(() => h.close());

async function gateway(path: string, body: unknown, opts: GatewayCallOptions = {}): Promise<GatewayResponse> {
  const res = await fetch(`${h.url}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${h.key}`,
      'content-type': 'application/json',
      'x-lintel-tags': Object.entries(opts.tags ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(','),
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: Object.fromEntries(res.headers), json: JSON.parse(text), body: text };
}

/** A queued run of support/1 scored with `contains`, one item at a time. */
function insertRun(store: EvalStore, id: string, dataset: string, hash: string, total: number): Promise<void> {
  return store.insertRun({
    id,
    model: 'support',
    version: 1,
    dataset,
    datasetHash: hash,
    scorers: [{ type: 'contains' }],
    scorersHash: 'x',
    options: { concurrency: 1, retries: 0 },
    status: 'queued',
    total,
    jobId: null,
    summary: null,
    error: null,
    createdBy: 'test',
    createdAt: Date.now(),
    finishedAt: null,
  });
}

test('an interrupted run resumes without scoring any item twice', async () => {
  const datasets = new DatasetStore(h.lintel.database);
  const items = parseJsonl(codeWordDataset(30));
  const ds = await datasets.put('resume', '', items, 'test');
  const store = new EvalStore(h.lintel.database);
  await insertRun(store, 'run_resume', 'resume', ds.hash, 30);
  const deps = { store, items: (hash: string) => datasets.items(hash), spec: () => null, gateway, waiter };
  const crash = new AbortController();
  await assert.rejects(
    executeRun(deps, 'run_resume', crash.signal, async (p) => {
      if (p.done >= 12) crash.abort(new Error('node died'));
    }),
    /node died/,
  );
  assert.equal((await store.doneIndexes('run_resume')).size, 12);
  const summary = await executeRun(deps, 'run_resume', new AbortController().signal, async () => {});
  assert.equal(summary.items, 30);
  assert.equal(summary.score.mean, 1);
  const calls = h.records.filter((r) => r.tags.eval_run === 'run_resume').map((r) => Number(r.tags.eval_item));
  assert.equal(calls.length, 30, 'each item called exactly once across both attempts');
  assert.deepEqual(
    [...new Set(calls)].sort((a, b) => a - b),
    Array.from({ length: 30 }, (_, i) => i),
  );
  assert.equal((await store.get('run_resume'))?.status, 'completed');
});

test('a resumed attempt reuses an item’s call the dead node made and recorded, instead of calling again', async () => {
  const datasets = new DatasetStore(h.lintel.database);
  const items = parseJsonl(codeWordDataset(6));
  const ds = await datasets.put('reuse', '', items, 'test');
  const store = new EvalStore(h.lintel.database);
  await insertRun(store, 'run_reuse', 'reuse', ds.hash, 6);
  // The dead node's call for item 3: answered and recorded (with its body), but its result never stored.
  const earlier = await gateway(
    '/v1/chat/completions',
    { model: 'registry:support/1', messages: items[3].messages },
    { tags: { eval_run: 'run_reuse', eval_item: '3' } },
  );
  const earlierId = String(earlier.headers['x-request-id']);
  const db = h.lintel.database.db;
  for (let i = 0; ; i++) {
    const r = await sql`SELECT request_id FROM request_bodies WHERE request_id = ${earlierId}`.execute(db);
    if (r.rows.length > 0) break;
    assert.ok(i < 500, 'the call and its body reach the request log');
    await new Promise((res) => setTimeout(res, 20));
  }
  const deps = {
    store,
    items: (hash: string) => datasets.items(hash),
    spec: () => null,
    gateway,
    waiter,
    recordedCalls: (runId: string) =>
      recordedEvalCalls(db, runId, (tenant, sealed) => h.lintel.openBody(tenant, sealed)),
  };
  const summary = await executeRun(deps, 'run_reuse', new AbortController().signal, async () => {}, true);
  assert.equal(summary.items, 6);
  assert.equal(summary.score.mean, 1);
  const calls = h.records.filter((r) => r.tags.eval_run === 'run_reuse').map((r) => Number(r.tags.eval_item));
  assert.deepEqual(
    calls.sort((a, b) => a - b),
    [0, 1, 2, 3, 4, 5],
    'item 3 was not called a second time',
  );
  const stored = (await store.results('run_reuse')).find((r) => r.idx === 3);
  assert.equal(stored?.requestId, earlierId, 'its result points at the recorded call');
});

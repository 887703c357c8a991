// The lifecycle on the scale-out store: PostgreSQL tables and pg-boss jobs. Register, evaluate, compare, gate,
// move live traffic, and a progressive rollout that rolls back — the same behaviour as on SQLite.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import OpenAI from 'openai';
import { TEST_POSTGRES_URL, testSchemaName } from '../storage/database.ts';
import type { Harness } from '../testing/harness.ts';
import { lifecycleClock } from './index.ts';
import {
  dropTestSchemas,
  type Admin,
  adminClient,
  CONTAINS,
  codeWordDataset,
  startLifecycleHarness,
  upstream,
} from './testing/fixture.ts';

const schema = testSchemaName('lintel_lc');
let h: Harness;
let admin: Admin;

before(async () => {
  h = await startLifecycleHarness({ databaseUrl: TEST_POSTGRES_URL, databaseSchema: schema });
  admin = adminClient(h);
});
after(async () => {
  lifecycleClock.now = () => Date.now();
  lifecycleClock.autoAnalyze = true;
  await h?.close();
  await dropTestSchemas(schema);
});

async function evalRun(version: number): Promise<string> {
  const r = await admin('POST', '/admin/evals', { model: 'support', version, dataset: 'codewords', scorers: CONTAINS });
  assert.equal(r.status, 202, r.text);
  const job = await h.lintel.jobs.wait(String(r.json.jobId), { timeoutMs: 60_000 });
  assert.equal(job.state, 'completed', JSON.stringify(job));
  return r.json.id;
}

test('registry, evals, gate and rollout on PostgreSQL with pg-boss', async () => {
  await admin('POST', '/admin/models', { name: 'support' });
  for (const m of ['sum-good', 'sum-bad', 'sum-good2'])
    await admin('POST', '/admin/models/support/versions', upstream(m));
  assert.equal((await admin('PUT', '/admin/models/support/aliases/champion', { version: 1 })).status, 200);
  assert.equal((await admin('POST', '/admin/datasets', { name: 'codewords', jsonl: codeWordDataset(30) })).status, 201);
  const [a, b] = [await evalRun(1), await evalRun(2)];
  const cmp = await admin('GET', `/admin/evals/compare?a=${a}&b=${b}`);
  assert.ok(cmp.json.difference.ci95[1] < 0, cmp.text);
  const shown = await admin('GET', `/admin/evals/${a}`);
  assert.ok(shown.json.summary.cost_usd > 0 && shown.json.done === 30);
  const policy = { requirements: [{ dataset: 'codewords', scorers: CONTAINS, min_ci_lower: 0.8 }] };
  await admin('PUT', '/admin/models/support/policy', { policy });
  const refused = await admin('PUT', '/admin/models/support/aliases/champion', { version: 2 });
  assert.equal(refused.status, 409);
  assert.equal(refused.json.report.criteria[0].criterion, 'min_ci_lower');
  assert.equal((await admin('PUT', '/admin/models/support/aliases/champion', { version: 3 })).status, 200);
  const openai = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
  const live = await openai.chat.completions
    .create({ model: 'support', messages: [{ role: 'user', content: 'x' }] })
    .withResponse();
  assert.equal(live.response.headers.get('x-lintel-target'), 'sim/sum-good2');

  let now = Date.now();
  lifecycleClock.now = () => now;
  lifecycleClock.autoAnalyze = false;
  const dep = await admin('POST', '/admin/deployments', {
    route: 'support',
    candidate: 2,
    strategy: 'progressive',
    steps: [0.5, 1],
    bake_ms: 1000,
    analysis: { min_requests: 10 },
  });
  assert.equal(dep.status, 201, dep.text);
  await Promise.all(
    Array.from({ length: 80 }, (_, i) =>
      openai.chat.completions
        .create({ model: 'support', messages: [{ role: 'user', content: `p ${i}` }] })
        .catch(() => null),
    ),
  );
  now += 2000;
  const r = await admin('POST', `/admin/deployments/${dep.json.id}/analyze`);
  assert.equal(r.json.decision, 'rolled_back', r.text);
});

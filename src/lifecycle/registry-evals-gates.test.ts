// End to end through the real server and the simulator: register versions, evaluate, compare, gate a promotion,
// and watch live traffic move with the alias (OpenAI SDK + request log + explanation).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import OpenAI from 'openai';
import { readAuditEvents } from '../governance/audit/read.ts';
import type { Harness } from '../testing/harness.ts';
import {
  type Admin,
  adminClient,
  CONTAINS,
  codeWordDataset,
  startLifecycleHarness,
  upstream,
} from './testing/fixture.ts';

let h: Harness;
let admin: Admin;
const runs: Record<string, string> = {};

async function evalRun(version: number): Promise<Record<string, unknown>> {
  const r = await admin('POST', '/admin/evals', {
    model: 'support',
    version,
    dataset: 'codewords',
    scorers: CONTAINS,
    concurrency: 4,
  });
  assert.equal(r.status, 202, r.text);
  await h.lintel.jobs.wait(String(r.json.jobId), { timeoutMs: 60_000 });
  const shown = await admin('GET', `/admin/evals/${r.json.id}`);
  assert.equal(shown.json.status, 'completed', shown.text);
  return shown.json;
}

async function until(cond: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setImmediate(r));
  }
}

before(async () => {
  h = await startLifecycleHarness();
  admin = adminClient(h);
});
after(() => h.close());

describe('registry, evaluations and gates', () => {
  test('register a model, two versions and the champion alias', async () => {
    assert.equal(
      (await admin('POST', '/admin/models', { name: 'support', description: 'support answers' })).status,
      201,
    );
    const v1 = await admin('POST', '/admin/models/support/versions', {
      ...upstream('sum-good', { system_prompt: 'Answer briefly.', params: { temperature: 0 } }),
      card: { intended_use: 'support answers', risk_level: 'low', owner: 'team-support' },
      tags: { stage: 'prod' },
    });
    assert.equal(v1.status, 201, v1.text);
    assert.equal(v1.json.version, 1);
    const v2 = await admin('POST', '/admin/models/support/versions', upstream('sum-bad'));
    assert.equal(v2.json.version, 2);
    const a = await admin('PUT', '/admin/models/support/aliases/champion', { version: 1 });
    assert.equal(a.status, 200, a.text);
    const events = await readAuditEvents(h.lintel.database, { actionPrefix: 'model.' });
    const set = events.find((e) => e.action === 'model.alias.set');
    assert.ok(set?.afterHash && set.beforeHash === null, 'alias move audited with an after hash');
    assert.ok(events.some((e) => e.action === 'model.version.create' && e.resource === 'model:support/2'));
  });

  test('a malformed dataset is refused with line numbers and nothing is stored', async () => {
    const bad = `${codeWordDataset(2)}\n{"messages": "nope"}\nnot json\n{"vars": {"a": 1}, "messages": [{"role":"user","content":"x"}]}`;
    const r = await admin('POST', '/admin/datasets', { name: 'codewords', jsonl: bad });
    assert.equal(r.status, 400);
    assert.match(r.json.error.message, /line 3 at messages/);
    assert.match(r.json.error.message, /line 4: not valid JSON/);
    assert.match(r.json.error.message, /line 5: an item needs exactly one of/);
    assert.equal((await admin('GET', '/admin/datasets')).json.data.length, 0);
    const ok = await admin('POST', '/admin/datasets', { name: 'codewords', jsonl: codeWordDataset(40) });
    assert.equal(ok.status, 201, ok.text);
    assert.equal(ok.json.items, 40);
    const again = await admin('POST', '/admin/datasets', { name: 'codewords', jsonl: codeWordDataset(40) });
    assert.equal(again.status, 200, 'same content is the same version');
    assert.equal(again.json.hash, ok.json.hash);
  });

  test('an unknown scorer is a 400 naming it, and no run is created', async () => {
    const r = await admin('POST', '/admin/evals', {
      model: 'support',
      version: 1,
      dataset: 'codewords',
      scorers: [{ type: 'vibes' }],
    });
    assert.equal(r.status, 400);
    assert.equal(r.json.error.param, 'scorers.0.type');
    assert.match(r.json.error.message, /unknown scorer "vibes"/);
    assert.equal((await admin('GET', '/admin/evals')).json.data.length, 0);
  });

  test('an eval run scores a version through the gateway, tagged with the run', async () => {
    const good = await evalRun(1);
    runs.v1 = String(good.id);
    const s = good.summary as { score: { mean: number; ci95: number[] }; items: number; cost_usd: number };
    assert.equal(s.items, 40);
    assert.equal(s.score.mean, 1);
    assert.ok(s.cost_usd > 0, 'cost accounted from the request records');
    assert.equal(good.done, 40);
    const tagged = h.records.filter((r) => r.tags.eval_run === runs.v1);
    assert.equal(tagged.length, 40, 'one gateway call per item, findable by tag');
    assert.ok(tagged.every((r) => r.modelServed === 'sum-good' && r.tags['lintel.model_version'] === 'support/1'));
    // The version's system prompt reached the upstream.
    const seen = h.sim.requests.find((r) => r.model === 'sum-good');
    assert.deepEqual((seen?.body as { messages: { role: string }[] }).messages[0], {
      role: 'system',
      content: 'Answer briefly.',
    });
    const bad = await evalRun(2);
    runs.v2 = String(bad.id);
    assert.ok((bad.summary as { score: { mean: number } }).score.mean < 0.7);
    const csv = await admin('GET', `/admin/evals/${runs.v2}/results?format=csv`);
    assert.equal(csv.text.trim().split('\n').length, 41);
    assert.match(csv.text.split('\n')[0], /^idx,ok,score,contains,/);
  });

  test('the paired comparison shows the worse version losing with a CI excluding 0', async () => {
    const c = await admin('GET', `/admin/evals/compare?a=${runs.v1}&b=${runs.v2}`);
    assert.equal(c.status, 200, c.text);
    const d = c.json.difference;
    assert.ok(d.ci95[1] < 0, `upper bound ${d.ci95[1]} < 0`);
    assert.ok(d.losses > 10 && d.wins === 0, JSON.stringify(d));
    assert.equal(c.json.items.length, 40);
  });

  test('the model card lists the evaluations attached to the version', async () => {
    const v = await admin('GET', '/admin/models/support/versions/1');
    assert.equal(v.json.card.intended_use, 'support answers');
    assert.equal(v.json.card.evaluations[0].run, runs.v1);
    assert.equal(v.json.card.evaluations[0].value, 1);
    assert.ok(v.json.lineage.some((e: { from: string }) => e.from === `eval_run:${runs.v1}`));
  });

  test('promotion of the worse version is refused naming each failed criterion', async () => {
    const policy = {
      alias: 'champion',
      requirements: [{ dataset: 'codewords', scorers: CONTAINS, min_ci_lower: 0.8, non_inferiority_margin: 0.05 }],
    };
    assert.equal((await admin('PUT', '/admin/models/support/policy', { policy })).status, 200);
    const r = await admin('PUT', '/admin/models/support/aliases/champion', { version: 2 });
    assert.equal(r.status, 409, r.text);
    assert.equal(r.json.error.code, 'gate_refused');
    assert.match(r.json.error.message, /min_ci_lower on codewords/);
    assert.match(r.json.error.message, /non_inferiority_margin on codewords/);
    const failed = r.json.report.criteria
      .filter((c: { passed: boolean }) => !c.passed)
      .map((c: { criterion: string }) => c.criterion);
    assert.deepEqual(failed.sort(), ['min_ci_lower', 'non_inferiority_margin']);
    assert.ok(r.json.report.runs.includes(runs.v2), 'the existing run was reused');
    const m = await admin('GET', '/admin/models/support');
    assert.equal(m.json.aliases.find((a: { alias: string }) => a.alias === 'champion').version, 1);
    const events = await readAuditEvents(h.lintel.database, { actionPrefix: 'model.promotion' });
    assert.equal(events.at(-1)?.action, 'model.promotion.refused');
  });

  test('promotion of a better version passes the gate and moves live traffic', async () => {
    const openai = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
    const before = await openai.chat.completions
      .create({ model: 'support', messages: [{ role: 'user', content: 'hi' }] })
      .withResponse();
    assert.equal(before.response.headers.get('x-lintel-target'), 'sim/sum-good');
    assert.equal((await admin('POST', '/admin/models/support/versions', upstream('sum-good2'))).json.version, 3);
    const r = await admin('PUT', '/admin/models/support/aliases/champion', { version: 3 });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.gate.passed, true);
    const after = await openai.chat.completions
      .create({ model: 'support', messages: [{ role: 'user', content: 'hello again' }] })
      .withResponse();
    assert.equal(after.response.headers.get('x-lintel-target'), 'sim/sum-good2');
    assert.match(after.data.choices[0].message.content ?? '', /hello again/);
    const id = after.response.headers.get('x-request-id') as string;
    await until(() => h.records.some((r) => r.id === id));
    await h.lintel.recorder?.flush();
    const log = await admin('GET', `/admin/requests/${id}`);
    assert.equal(log.status, 200, log.text);
    assert.equal(log.json.modelServed, 'sum-good2');
    assert.equal(log.json.tags['lintel.model_version'], 'support/3');
    const ex = await admin('GET', `/admin/requests/${id}/explain`);
    assert.match(JSON.stringify(ex.json), /registry support@champion → v3/);
    const lineage = await admin('GET', `/admin/lineage/requests/${id}`);
    assert.equal(lineage.json.model_version, 'support/3');
    assert.ok(lineage.json.eval_runs.length >= 1 && lineage.json.datasets[0].startsWith('codewords@'));
  });

  test('an admin may override a failed gate with a reason; it is audited', async () => {
    const r = await admin('PUT', '/admin/models/support/aliases/champion', {
      version: 2,
      override_reason: 'incident drill',
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.gate.passed, false);
    const events = await readAuditEvents(h.lintel.database, { actionPrefix: 'model.promotion' });
    assert.equal(events.at(-1)?.action, 'model.promotion.override');
    assert.equal((await admin('PUT', '/admin/models/support/aliases/champion', { version: 3 })).status, 200);
  });

  test('the lifecycle admin routes are in the OpenAPI document', async () => {
    const doc = (await admin('GET', '/admin/openapi.json')).json;
    for (const [path, method] of [
      ['/admin/models/{name}/aliases/{alias}', 'put'],
      ['/admin/models/{name}/versions', 'post'],
      ['/admin/datasets', 'post'],
      ['/admin/evals/compare', 'get'],
      ['/admin/deployments/{id}/rollback', 'post'],
      ['/v1/predict/{model}', 'post'],
      ['/v1/predict', 'post'],
    ]) {
      assert.ok(doc.paths[path]?.[method], `${method} ${path}`);
    }
  });

  test('bad alias input: a missing version, a cycle, a missing model — clear 4xx, nothing written', async () => {
    const missing = await admin('PUT', '/admin/models/support/aliases/challenger', { version: 99 });
    assert.equal(missing.status, 404);
    assert.equal(missing.json.error.param, 'version');
    assert.equal((await admin('PUT', '/admin/models/support/aliases/stable', { follows: 'champion' })).status, 200);
    const cycle = await admin('PUT', '/admin/models/support/aliases/champion', { follows: 'stable' });
    assert.equal(cycle.status, 400);
    assert.match(cycle.json.error.message, /alias cycle: @champion → @stable → @champion/);
    const m = await admin('GET', '/admin/models/support');
    const aliases = Object.fromEntries(
      m.json.aliases.map((a: { alias: string; version: number }) => [a.alias, a.version]),
    );
    assert.equal(aliases.champion, 3, 'the refused cycle left champion as it was');
    assert.equal(aliases.challenger, undefined);
    assert.equal((await admin('POST', '/admin/models/nope/versions', upstream('x'))).status, 404);
    const badProvider = await admin('POST', '/admin/models/support/versions', {
      spec: { provider: 'ghost', model: 'x' },
    });
    assert.equal(badProvider.status, 400);
    assert.equal(badProvider.json.error.param, 'spec.provider');
    const openai = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
    await assert.rejects(
      openai.chat.completions.create({ model: 'registry:support@nosuch', messages: [{ role: 'user', content: 'x' }] }),
      (e: { status?: number; message?: string }) => e.status === 404 && /no alias @nosuch/.test(e.message ?? ''),
    );
  });
});

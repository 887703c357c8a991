// Progressive-rollout analysis on the durable job runner with two nodes sharing one store (SQLite file; PostgreSQL
// with pg-boss): exactly one analysis per tick and per step, and the end of the rollout promotes through the
// model's promotion gate — a refused gate rolls the deployment back and audits the report.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import OpenAI from 'openai';
import { readAuditEvents } from '../../governance/audit/read.ts';
import { TEST_POSTGRES_URL, testSchemaName } from '../../storage/database.ts';
import type { Harness } from '../../testing/harness.ts';
import {
  dropTestSchemas,
  type Admin,
  adminClient,
  codeWordDataset,
  startLifecycleHarness,
  upstream,
} from '../testing/fixture.ts';
import { ROLLOUT_QUEUE, type RolloutTick } from './rollout-job.ts';

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`rollout analysis jobs, two nodes (${kind})`, () => {
    const schema = testSchemaName('lintel_roll');
    const shared =
      kind === 'sqlite'
        ? { dataDir: mkdtempSync(join(tmpdir(), 'lintel-rollout-')) }
        : { databaseUrl: TEST_POSTGRES_URL, databaseSchema: schema };
    let a: Harness;
    let b: Harness;
    let admin: Admin;
    let clients: OpenAI[];

    before(async () => {
      a = await startLifecycleHarness(shared);
      b = await startLifecycleHarness(shared);
      admin = adminClient(a);
      clients = [a, b].map((h) => new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 }));
      await admin('POST', '/admin/models', { name: 'support' });
      for (const m of ['sum-good', 'sum-good2', 'sum-good3'])
        await admin('POST', '/admin/models/support/versions', upstream(m));
      assert.equal((await admin('PUT', '/admin/models/support/aliases/champion', { version: 1 })).status, 200);
      const ds = await admin('POST', '/admin/datasets', { name: 'codewords', jsonl: codeWordDataset(12) });
      assert.equal(ds.status, 201, ds.text);
    });
    after(async () => {
      await b?.close();
      await a?.close();
      if (kind === 'postgres') {
        await dropTestSchemas(schema);
      }
    });

    /** Live traffic through both nodes until the deployment is no longer active. */
    const driveUntilDecided = (id: string) =>
      drive(id, (st) => (st.deployment as { state: string }).state !== 'active');

    /** Live traffic through both nodes until `done` holds for the deployment's status. */
    async function drive(id: string, done: (st: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
      const deadline = Date.now() + 120_000;
      for (let round = 0; ; round++) {
        const st = (await admin('GET', `/admin/deployments/${id}`)).json;
        if (done(st)) return st;
        if (Date.now() > deadline) {
          const jobs = await a.lintel.jobs.list({ queue: ROLLOUT_QUEUE, limit: 20 });
          assert.fail(`still active: ${JSON.stringify(st.history)}; jobs ${JSON.stringify(jobs)}`);
        }
        await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            clients[i % 2].chat.completions
              .create({ model: 'support', messages: [{ role: 'user', content: `r${round} ${i}` }] })
              .catch(() => null),
          ),
        );
      }
    }

    /** Every completed analysis tick of a deployment, from the shared job store, once its chain has ended. */
    async function ticks(id: string): Promise<{ tick: number; decision: string }[]> {
      const deadline = Date.now() + 30_000;
      for (;;) {
        let pending = 0;
        for (const state of ['queued', 'active', 'failed'] as const) {
          const left = await a.lintel.jobs.list({ queue: ROLLOUT_QUEUE, state });
          pending += left.filter((j) => (j.data as RolloutTick).deploymentId === id).length;
        }
        if (pending === 0) break;
        assert.ok(Date.now() < deadline, 'the analysis chain did not end with the deployment');
        await new Promise((r) => setTimeout(r, 50));
      }
      const jobs = await a.lintel.jobs.list({ queue: ROLLOUT_QUEUE, state: 'completed', limit: 1000 });
      return jobs
        .filter((j) => (j.data as RolloutTick).deploymentId === id)
        .map((j) => ({
          tick: (j.data as RolloutTick).tick,
          decision: String((j.result as { decision: string }).decision),
        }))
        .sort((x, y) => x.tick - y.tick);
    }

    async function rollout(candidate: number): Promise<string> {
      const r = await admin('POST', '/admin/deployments', {
        route: 'support',
        candidate,
        strategy: 'progressive',
        steps: [0.3, 0.6, 1],
        bake_ms: 0,
        analysis_interval_ms: 100,
        analysis: { min_requests: 8, max_p95_latency_ratio: 20, max_cost_ratio: 20 },
      });
      assert.equal(r.status, 201, r.text);
      return r.json.id;
    }

    test('a failed promotion gate at the end stops the rollout and audits the report', async () => {
      const policy = {
        requirements: [{ dataset: 'codewords', scorers: [{ type: 'contains' }], max_cost_per_item_usd: 0 }],
      };
      assert.equal((await admin('PUT', '/admin/models/support/policy', { policy })).status, 200);
      const id = await rollout(2);
      const st = await driveUntilDecided(id);
      const history = (st.history as { kind: string; detail: { reason?: string } }[]).map((e) => e.kind);
      assert.deepEqual(history, ['created', 'advanced', 'advanced', 'gate_refused', 'rolled_back']);
      assert.match(
        JSON.stringify((st.history as { detail: unknown }[])[3].detail),
        /"criterion":"max_cost_per_item_usd"/,
      );
      assert.match(
        String((st.history as { detail: { reason?: string } }[])[4].detail.reason),
        /promotion gate refused: max_cost_per_item_usd on codewords/,
      );
      const t = await ticks(id);
      const alerts = await readAuditEvents(a.lintel.database, { actionPrefix: 'alert.deployment.gate_refused' });
      const alert = alerts.find((e) => e.resource === `deployment:${id}`);
      assert.ok(alert, 'gate refusal audited');
      assert.match(JSON.stringify(alert), /"criterion":"max_cost_per_item_usd"/);
      const m = await admin('GET', '/admin/models/support');
      assert.equal(m.json.aliases.find((x: { alias: string }) => x.alias === 'champion').version, 1, 'alias unmoved');
      assert.equal(new Set(t.map((x) => x.tick)).size, t.length, 'no tick ran twice');
      assert.equal(t.filter((x) => x.decision === 'advanced').length, 2, 'one advance per step, across both nodes');
      assert.equal(t.filter((x) => x.decision === 'gate_refused').length, 1);
      assert.ok(!t.some((x) => x.decision === 'superseded' || x.decision === 'error'), JSON.stringify(t));
    });

    test('a passing gate: the rollout reaches 100% and promotes, one analysis per step', async () => {
      const policy = { requirements: [{ dataset: 'codewords', scorers: [{ type: 'contains' }], min_ci_lower: 0.5 }] };
      assert.equal((await admin('PUT', '/admin/models/support/policy', { policy })).status, 200);
      const id = await rollout(3);
      const st = await driveUntilDecided(id);
      const hist = st.history as { kind: string; detail: { gate?: string } }[];
      assert.deepEqual(
        hist.map((e) => e.kind),
        ['created', 'advanced', 'advanced', 'promoted'],
      );
      assert.equal(hist[3].detail.gate, 'passed');
      const m = await admin('GET', '/admin/models/support');
      assert.equal(m.json.aliases.find((x: { alias: string }) => x.alias === 'champion').version, 3);
      const t = await ticks(id);
      assert.equal(new Set(t.map((x) => x.tick)).size, t.length, 'no tick ran twice');
      assert.deepEqual(
        t.filter((x) => x.decision !== 'wait').map((x) => x.decision),
        ['advanced', 'advanced', 'promoted'],
        JSON.stringify(t),
      );
      const live = await clients[1].chat.completions
        .create({ model: 'support', messages: [{ role: 'user', content: 'x' }] })
        .withResponse();
      assert.equal(live.response.headers.get('x-lintel-target'), 'sim/sum-good3');
    });

    test('the analysis chain is in the store: a rollout continues after every node restarts', async () => {
      const id = await rollout(1);
      await drive(id, (st) => (st.history as { kind: string }[]).some((e) => e.kind === 'advanced'));
      await b.close();
      await a.close();
      a = await startLifecycleHarness(shared);
      b = await startLifecycleHarness(shared);
      admin = adminClient(a);
      clients = [a, b].map((h) => new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 }));
      const st = await driveUntilDecided(id);
      assert.deepEqual(
        (st.history as { kind: string }[]).map((e) => e.kind),
        ['created', 'advanced', 'advanced', 'promoted'],
      );
      const t = await ticks(id);
      assert.equal(new Set(t.map((x) => x.tick)).size, t.length, 'no tick ran twice across the restart');
      assert.equal(t.filter((x) => x.decision === 'advanced').length, 2);
    });
  });
}

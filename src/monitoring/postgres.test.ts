// Two nodes on one PostgreSQL schema: each writes its own rollup rows; a monitor on either node sees the
// traffic of both, with latency quantiles equal to one sketch over all requests (DDSketch merges exactly);
// feedback given on node A for a request node B served; alert state shared in the store.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { call, mustCall } from '../access/testing/client.ts';
import { TEST_POSTGRES_URL, testSchemaName } from '../storage/database.ts';
import { simProviders } from '../testing/harness.ts';
import { MINUTE_MS } from './clock.ts';
import { DDSketch } from './sketch/ddsketch.ts';
import { startMonitoringNode, type MonitoringNode } from './testing/node.ts';

const schema = testSchemaName('monitoring');
let a: MonitoringNode;
let b: MonitoringNode;
const config = (u: string) =>
  `${simProviders(u)}routes:\n  - model: m\n    targets: [{ provider: sim, model: sim-a }]\n`;
const onPg = { runtime: { runtime: { databaseUrl: TEST_POSTGRES_URL, databaseSchema: schema } } };

before(async () => {
  a = await startMonitoringNode(config, onPg);
  b = await startMonitoringNode(config, onPg);
});
after(async () => {
  await a?.h.close();
  await b?.h.close();
  const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.query(`DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`);
  await c.end();
});

describe('monitoring on PostgreSQL across two nodes', () => {
  it('merges both nodes’ windows exactly and takes feedback for the other node’s request', async () => {
    const latencies = new DDSketch();
    const requestIds: string[] = [];
    for (const [node, latencyMs] of [
      [a, 5],
      [b, 40],
    ] as const) {
      node.h.sim.setBehavior('*', { latencyMs });
      for (let i = 0; i < 20; i++) {
        const r = await call(node.h.url, 'POST', '/v1/chat/completions', node.h.key, {
          model: 'm',
          messages: [{ role: 'user', content: 'hi' }],
        });
        assert.equal(r.status, 200);
        requestIds.push(r.headers['x-request-id']);
      }
      for (const rec of node.h.records) latencies.add(rec.doneAt - rec.receivedAt);
    }
    a.clock.advance(MINUTE_MS);
    b.clock.advance(MINUTE_MS);
    await b.svc.flush();
    const sig = await mustCall(
      a.h.url,
      'GET',
      `/admin/monitors/signals?from=${a.clock.now() - MINUTE_MS}&to=${a.clock.now()}`,
      a.h.key,
    );
    const s = sig.data[0].signals;
    assert.equal(s.requests, 40);
    for (const q of [0.5, 0.9, 0.99]) assert.equal(s.latency_ms[`p${q * 100}`], latencies.quantile(q), `p${q * 100}`);

    // Node B's request, scored through node A (found in the shared request log once B's recorder wrote it).
    const id = requestIds[requestIds.length - 1];
    let r = await call(a.h.url, 'POST', '/v1/feedback', a.h.key, { request_id: id, name: 'ok', thumbs: 'up' });
    for (let i = 0; i < 200 && r.status === 404; i++) {
      await new Promise((res) => setTimeout(res, 25));
      r = await call(a.h.url, 'POST', '/v1/feedback', a.h.key, { request_id: id, name: 'ok', thumbs: 'up' });
    }
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.route, 'm');

    await mustCall(a.h.url, 'PUT', '/admin/monitors/volume', a.h.key, {
      kind: 'signal',
      metric: 'requests',
      op: '>=',
      threshold: 40,
      window_minutes: 1,
      min_requests: 1,
    });
    const report = await a.svc.evaluate();
    assert.deepEqual(report.errors, []);
    const firing = await mustCall(b.h.url, 'GET', '/admin/alerts?state=firing', b.h.key);
    assert.equal(firing.data[0].rule, 'volume', 'alert state is shared through the store');
    // Prometheus gauges for monitors, alerts and scores.
    const metrics = (await call(a.h.url, 'GET', '/metrics', a.h.key)).text;
    assert.match(metrics, /lintel_monitor_value\{monitor="volume",group=""\} 40/);
    assert.match(metrics, /lintel_alerts\{state="firing"\} 1/);
    assert.match(metrics, /lintel_score_mean\{route="m",score="ok"\} 1/);
  });
});

// A fleet of nodes sharing PostgreSQL and pg-boss: every node's timer tries each evaluation tick, exactly one
// claims and evaluates it (one firing notification, not one per node); when the node that evaluated stops, the
// other evaluates the following ticks; a notification held in flight by a node that stops goes back to the
// queue and a node started afterwards delivers it (exactly one resolve reaches the receiver).
import assert from 'node:assert/strict';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { call, mustCall } from '../access/testing/client.ts';
import { TEST_POSTGRES_URL, testSchemaName } from '../storage/database.ts';
import { simProviders } from '../testing/harness.ts';
import type { EvaluationReport } from './alerts/engine.ts';
import { MINUTE_MS } from './clock.ts';
import { type MonitoringNode, startMonitoringNode } from './testing/node.ts';

const schema = testSchemaName('monfleet');
const config = (u: string) =>
  `${simProviders(u)}routes:\n  - model: m\n    targets: [{ provider: sim, model: sim-a }]\n    retry: { attempts: 1 }\n    circuit_breaker: { enabled: false }\n`;
const onPg = { runtime: { runtime: { databaseUrl: TEST_POSTGRES_URL, databaseSchema: schema } } };
const START = Date.UTC(2026, 0, 1);

let live: MonitoringNode[] = [];
const started: MonitoringNode[] = [];
const received: { status: string; code: number }[] = [];
let hold = false;
const held: ServerResponse[] = [];
const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => {
    body += c;
  });
  req.on('end', () => {
    if (hold) {
      held.push(res);
      return;
    }
    received.push({ status: JSON.parse(body).status, code: 200 });
    res.writeHead(200).end('ok');
  });
});

async function node(): Promise<MonitoringNode> {
  const n = await startMonitoringNode(config, { ...onPg, start: START });
  started.push(n);
  return n;
}

before(async () => {
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  live = [await node(), await node()];
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  await mustCall(live[0].h.url, 'PUT', '/admin/alerts/receivers/hook', live[0].h.key, { type: 'webhook', url });
  await mustCall(live[0].h.url, 'PUT', '/admin/monitors/errors', live[0].h.key, {
    kind: 'signal',
    metric: 'failure_rate',
    threshold: 0.5,
    window_minutes: 1,
    min_requests: 5,
    receivers: ['hook'],
  });
});
after(async () => {
  for (const r of held) r.destroy();
  for (const n of started) await n.h.close().catch(() => undefined);
  await new Promise((r) => receiver.close(r));
  const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.query(`DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`);
  await c.end();
});

/** One minute of traffic on every live node, then every node's tick at once; returns who evaluated. */
async function minute(errorRate: number): Promise<{ by: MonitoringNode; report: EvaluationReport }> {
  for (const n of live) {
    n.h.sim.setBehavior('*', { errorRate, errorStatus: 503 });
    for (let i = 0; i < 6; i++) {
      await call(n.h.url, 'POST', '/v1/chat/completions', n.h.key, {
        model: 'm',
        messages: [{ role: 'user', content: 'hi' }],
      });
    }
  }
  for (const n of live) n.clock.advance(MINUTE_MS);
  await Promise.all(live.map((n) => n.svc.flush()));
  const reports = await Promise.all(live.map((n) => n.svc.tick()));
  const evaluated = reports.flatMap((r, i) => (r ? [{ by: live[i], report: r }] : []));
  assert.equal(evaluated.length, 1, 'exactly one node evaluates each tick');
  assert.deepEqual(evaluated[0].report.errors, []);
  return evaluated[0];
}

const done = async (n: MonitoringNode, r: EvaluationReport) => {
  for (const x of r.notifications)
    for (const id of x.jobs) assert.equal((await n.svc.ctx.jobs.wait(id, { timeoutMs: 60_000 })).state, 'completed');
};

describe('monitoring evaluation across a fleet on PostgreSQL + pg-boss', () => {
  it('evaluates each tick once, fails over, and delivers a notification a stopped node left in flight', async () => {
    assert.equal(live[0].svc.ctx.jobs.kind, 'pg-boss');
    const evaluators = new Set<string>();
    let last: { by: MonitoringNode; report: EvaluationReport } | null = null;
    for (let t = 0; t < 4; t++) {
      last = await minute(1);
      evaluators.add(last.by.svc.node);
      await done(last.by, last.report);
    }
    assert.ok(last);
    const firing = received.filter((r) => r.status === 'firing');
    assert.equal(firing.length, 1, 'one firing notification for the fleet, not one per node or per tick');
    const ticks = (await mustCall(live[0].h.url, 'GET', '/admin/monitors/ticks', live[0].h.key)).data as {
      node: string;
      finishedAt: number | null;
    }[];
    assert.equal(ticks.length, 4);
    assert.ok(ticks.every((t) => t.finishedAt !== null && live.some((n) => n.svc.node === t.node)));
    console.log(`4 ticks on 2 nodes: evaluated by ${evaluators.size} distinct node(s), 1 firing notification`);

    // The node that evaluated last stops; the other evaluates the next ticks on its own.
    await last.by.h.close();
    live = live.filter((n) => n !== last?.by);
    const survivor = live[0];
    const still = await minute(1);
    assert.equal(still.by, survivor);
    assert.equal(still.report.notifications.length, 0, 'still firing: nothing new');

    // Recovery: the resolve is queued, and the receiver holds its request while the survivor stops too.
    hold = true;
    const resolved = await minute(0);
    assert.equal(resolved.by, survivor);
    const [job] = resolved.report.notifications.flatMap((x) => x.jobs);
    assert.ok(job, 'a resolve notification was queued');
    for (let i = 0; i < 400 && held.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    assert.equal(held.length, 1, 'the resolve reached the receiver and is held there');
    await survivor.h.close();
    hold = false;

    // A node started afterwards finds the notification back in the queue and delivers it.
    const c = await node();
    c.clock.set(survivor.clock.now());
    live = [c];
    assert.equal((await c.svc.ctx.jobs.wait(job, { timeoutMs: 60_000 })).state, 'completed');
    assert.deepEqual(
      received.map((r) => r.status),
      ['firing', 'resolved'],
      'exactly one resolve delivered',
    );
    const after = await minute(0);
    assert.equal(after.by, c, 'the new node evaluates the next tick');
  });
});

// Notifications received by a local webhook receiver through a real node: a generic webhook with a valid
// HMAC signature, Slack incoming-webhook and PagerDuty Events v2 payloads with their documented fields,
// a retry after a 500, no duplicate while the alert keeps firing, exactly one resolve message, silences.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { call, mustCall } from '../../../access/testing/client.ts';
import { simProviders } from '../../../testing/harness.ts';
import { MINUTE_MS } from '../../clock.ts';
import { startMonitoringNode, type MonitoringNode } from '../../testing/node.ts';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

let n: MonitoringNode;
let receiver: Server;
let base = '';
const received: Received[] = [];
/** Paths that answer 500 to their next N requests. */
const failNext = new Map<string, number>();
const SECRET = 'whsec-test-0123456789abcdef';

before(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      const left = failNext.get(req.url ?? '') ?? 0;
      const status = left > 0 ? 500 : req.url === '/pd' ? 202 : 200;
      if (left > 0) failNext.set(req.url ?? '', left - 1);
      received.push({ path: req.url ?? '', headers: req.headers, body, status });
      res.writeHead(status, { 'content-type': 'application/json' }).end(status === 202 ? '{"status":"success"}' : 'ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  n = await startMonitoringNode(
    (u) =>
      `${simProviders(u)}routes:\n  - model: m\n    targets: [{ provider: sim, model: sim-a }]\n    retry: { attempts: 1 }\n    circuit_breaker: { enabled: false }\n`,
  );
  const put = (p: string, b: unknown) => mustCall(n.h.url, 'PUT', p, n.h.key, b);
  await put('/admin/alerts/receivers/hook', { type: 'webhook', url: `${base}/hook`, secret: SECRET });
  await put('/admin/alerts/receivers/slack', { type: 'slack', url: `${base}/slack` });
  await put('/admin/alerts/receivers/pd', { type: 'pagerduty', url: `${base}/pd`, routing_key: 'R0UT1NGKEY' });
  await put('/admin/monitors/errors', {
    kind: 'signal',
    metric: 'failure_rate',
    threshold: 0.5,
    window_minutes: 1,
    min_requests: 5,
    severity: 'page',
    group_by: ['route'],
    receivers: ['hook', 'slack', 'pd'],
  });
});
after(async () => {
  await n.h.close();
  await new Promise((r) => receiver.close(r));
});

async function minute(errorRate: number): Promise<void> {
  n.h.sim.setBehavior('*', { errorRate, errorStatus: 503 });
  for (let i = 0; i < 10; i++) {
    await call(n.h.url, 'POST', '/v1/chat/completions', n.h.key, {
      model: 'm',
      messages: [{ role: 'user', content: 'hi' }],
    });
  }
  n.clock.advance(MINUTE_MS);
  const report = await n.svc.evaluate();
  // Deliveries are jobs on the node's runner: wait until each is done (retries included).
  for (const x of report.notifications) {
    for (const id of x.jobs) assert.equal((await n.svc.ctx.jobs.wait(id, { timeoutMs: 30_000 })).state, 'completed');
  }
}

const on = (path: string) => received.filter((r) => r.path === path && r.status < 300).map((r) => JSON.parse(r.body));

describe('alert notifications', () => {
  it('fires once to each receiver (retrying a 500), never again while firing, and resolves once', async () => {
    failNext.set('/hook', 1); // the first delivery answers 500, the retry succeeds
    await minute(1);
    const hookCalls = received.filter((r) => r.path === '/hook');
    assert.deepEqual(
      hookCalls.map((r) => r.status),
      [500, 200],
      'retried after the 500',
    );
    // Generic webhook: signature over "<timestamp>.<body>" with the shared secret.
    const ok = hookCalls[1];
    const ts = ok.headers['x-lintel-timestamp'] as string;
    const expected = `sha256=${createHmac('sha256', SECRET).update(`${ts}.${ok.body}`).digest('hex')}`;
    assert.equal(ok.headers['x-lintel-signature'], expected);
    const hook = JSON.parse(ok.body);
    assert.equal(hook.status, 'firing');
    assert.equal(hook.alerts.length, 1);
    assert.equal(hook.alerts[0].rule, 'errors');
    assert.equal(hook.alerts[0].labels.route, 'm');
    assert.equal(hook.alerts[0].value, 1);
    // Slack incoming webhook: `text` (required fallback) and Block Kit blocks.
    const [slack] = on('/slack');
    assert.match(slack.text, /FIRING:1\] errors/);
    assert.equal(slack.blocks[0].type, 'header');
    assert.equal(slack.blocks[1].type, 'section');
    assert.equal(slack.blocks[1].text.type, 'mrkdwn');
    // PagerDuty Events API v2 trigger.
    const [pd] = on('/pd');
    assert.equal(pd.routing_key, 'R0UT1NGKEY');
    assert.equal(pd.event_action, 'trigger');
    assert.equal(pd.dedup_key, hook.alerts[0].fingerprint);
    assert.equal(pd.payload.severity, 'critical');
    assert.equal(pd.payload.source, 'lintel');
    assert.ok(pd.payload.summary.length > 0 && pd.payload.summary.length <= 1024);
    assert.ok(!Number.isNaN(Date.parse(pd.payload.timestamp)));

    // Still firing: nothing new.
    const before = received.length;
    await minute(1);
    await minute(1);
    assert.equal(received.length, before, 'no duplicate for a still-firing alert');

    // Recovery: exactly one resolve per receiver, then silence.
    await minute(0);
    await minute(0);
    await minute(0);
    assert.equal(on('/hook').filter((b) => b.status === 'resolved').length, 1);
    assert.equal(on('/slack').filter((b) => /RESOLVED/.test(b.text)).length, 1);
    const resolves = on('/pd').filter((b) => b.event_action === 'resolve');
    assert.deepEqual(resolves, [{ routing_key: 'R0UT1NGKEY', event_action: 'resolve', dedup_key: pd.dedup_key }]);
    const alert = await mustCall(n.h.url, 'GET', `/admin/alerts/${pd.dedup_key}`, n.h.key);
    assert.equal(alert.state, 'resolved');
    assert.ok(alert.notifications.length >= 6);
  });

  it('a silence holds notifications back; receiver secrets are never read back', async () => {
    await mustCall(n.h.url, 'PUT', '/admin/alerts/silences/maintenance', n.h.key, {
      matchers: { rule: 'errors' },
      ends_at: n.clock.now() + 10 * MINUTE_MS,
      comment: 'planned upstream maintenance',
    });
    const before = received.length;
    await minute(1);
    assert.equal((await mustCall(n.h.url, 'GET', '/admin/alerts?state=firing', n.h.key)).data.length, 1);
    assert.equal(received.length, before, 'silenced');
    const r = await mustCall(n.h.url, 'GET', '/admin/alerts/receivers', n.h.key);
    const text = JSON.stringify(r);
    assert.ok(!text.includes(SECRET) && !text.includes('R0UT1NGKEY'), text);
    // Bad receiver definitions answer 400 naming the field.
    const bad = await call(n.h.url, 'PUT', '/admin/alerts/receivers/x', n.h.key, { type: 'pagerduty' });
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.param, 'routing_key');
  });

  it('a notification out of attempts is a dead job, logged as failed, and delivered when retried', async () => {
    await mustCall(n.h.url, 'PUT', '/admin/alerts/receivers/down', n.h.key, { type: 'slack', url: `${base}/down` });
    await mustCall(n.h.url, 'PUT', '/admin/monitors/errors-down', n.h.key, {
      kind: 'signal',
      metric: 'failure_rate',
      threshold: 0.5,
      window_minutes: 1,
      min_requests: 5,
      receivers: ['down'],
    });
    failNext.set('/down', 4); // as many 500s as the test node's attempts
    n.h.sim.setBehavior('*', { errorRate: 1, errorStatus: 503 });
    const failingMinute = async () => {
      for (let i = 0; i < 10; i++) {
        await call(n.h.url, 'POST', '/v1/chat/completions', n.h.key, {
          model: 'm',
          messages: [{ role: 'user', content: 'hi' }],
        });
      }
      n.clock.advance(MINUTE_MS);
      return n.svc.evaluate();
    };
    const report = await failingMinute();
    const [id] = report.notifications.find((x) => x.receiver === 'down')?.jobs ?? [];
    const dead = await n.svc.ctx.jobs.wait(id, { timeoutMs: 30_000 });
    assert.equal(dead.state, 'dead');
    assert.equal(dead.attempts, 4);
    assert.deepEqual(
      received.filter((r) => r.path === '/down').map((r) => r.status),
      [500, 500, 500, 500],
    );
    const fp = (dead.data as { notices: { fingerprint: string }[] }).notices[0].fingerprint;
    const log = await mustCall(n.h.url, 'GET', `/admin/alerts/${fp}`, n.h.key);
    assert.equal(log.notifications[0].status, 'failed');
    // Still firing: the evaluation does not queue it again (the dead letter is the operator's to retry).
    assert.equal((await failingMinute()).notifications.filter((x) => x.receiver === 'down').length, 0);
    assert.equal(await n.svc.ctx.jobs.retry(id), true);
    assert.equal((await n.svc.ctx.jobs.wait(id, { timeoutMs: 30_000 })).state, 'completed');
    assert.equal(on('/down').length, 1);
    assert.equal((await mustCall(n.h.url, 'GET', `/admin/alerts/${fp}`, n.h.key)).notifications[0].status, 'sent');
  });
});

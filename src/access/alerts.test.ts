// Budget alerts: at the budget's thresholds (default 50/80/100 %) once each per budget and period, to a webhook,
// HMAC-signed; failures retried. Thresholds set per budget are validated and applied by both limit stores.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { after, before, test } from 'node:test';
import { Redis } from 'ioredis';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';
import { createAlertSender, signPayload } from './alerts.ts';
import type { BudgetAlert } from './limits/types.ts';
import { call, chat, mustCall } from './testing/client.ts';

const SECRET = 'webhook-secret-0123456789';
interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}
let server: Server;
let url: string;
const received: Received[] = [];
let failNext = 0;

before(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      if (failNext > 0) {
        failNext--;
        res.writeHead(500).end();
        return;
      }
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

function verify(r: Received): Record<string, unknown> {
  const sig = String(r.headers['x-lintel-signature']);
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(sig);
  assert.ok(m, sig);
  const want = createHmac('sha256', SECRET).update(`${m[1]}.${r.body}`).digest('hex');
  assert.equal(m[2], want, 'the HMAC-SHA256 signature verifies');
  assert.ok(Math.abs(Date.now() / 1000 - Number(m[1])) < 60);
  return JSON.parse(r.body);
}

test('signature format', () => {
  assert.equal(
    signPayload('s3cret', '{"a":1}', 1700000000),
    `t=1700000000,v1=${createHmac('sha256', 's3cret').update('1700000000.{"a":1}').digest('hex')}`,
  );
});

test('a failing webhook is retried', async () => {
  received.length = 0;
  failNext = 2;
  const warnings: object[] = [];
  const sender = createAlertSender({
    url,
    secret: SECRET,
    logger: { warn: (o) => warnings.push(o) },
    backoffMs: [10, 10],
  });
  const alert: BudgetAlert = {
    scope: {
      id: 'k:x',
      level: 'key',
      tenant: 't',
      name: 'x',
      limits: { rpm: null, tpm: null, concurrency: null },
      budget: null,
    },
    threshold: 0.8,
    spentUsd: 8,
    cause: 'settled',
  };
  sender.send(alert);
  await sender.idle();
  assert.equal(received.length, 1);
  assert.equal(verify(received[0]).percent, 80);
  assert.deepEqual(sender.stats(), { sent: 1, failed: 0 });
  failNext = 3;
  sender.send(alert);
  await sender.idle();
  assert.deepEqual(sender.stats(), { sent: 1, failed: 1 });
  assert.equal(warnings.length, 1);
  assert.ok(!JSON.stringify(warnings).includes(SECRET));
});

/** A node alerting to the test's webhook (nothing received yet); `access` adds lines to its access section. */
function startAlerting(access = ''): Promise<Harness> {
  received.length = 0;
  failNext = 0;
  return startHarness(
    (u) => `${simProviders(u)}
routes:
  - model: pricey
    targets: [{ provider: sim, model: o1 }]
access:
  budget_alerts: { webhook_url: "${url}", webhook_secret: "${SECRET}" }
${access}`,
    { sim: { models: { o1: { outputTokens: 100 } } } },
  );
}

test('through the server: 50, 80 and 100 % alerts, once each, naming the budget', async () => {
  const h = await startAlerting();
  try {
    await mustCall(h.url, 'POST', '/admin/tenants', h.key, { name: 'acme' });
    await mustCall(h.url, 'POST', '/admin/tenants/acme/teams', h.key, {
      name: 'core',
      budget: { usd: 0.05, period: 'week' },
    });
    const k = await mustCall(h.url, 'POST', '/admin/keys', h.key, { name: 'k', tenant: 'acme', team: 'core' });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await chat(h.url, k.key, 'pricey', { max_tokens: 100 })).status);
    assert.ok(statuses.includes(429), statuses.join());
    await h.lintel.access.alertsIdle();
    const events = received.map(verify);
    assert.deepEqual(
      events.map((e) => e.percent),
      [50, 80, 100],
    );
    for (const e of events) {
      assert.deepEqual(e.scope, { level: 'team', tenant: 'acme', name: 'core', id: 'tm:acme/core' });
      assert.deepEqual((e.budget as { usd: number }).usd, 0.05);
      assert.equal(received[0].headers['x-lintel-event'], 'budget.threshold');
    }
  } finally {
    await h.close();
  }
});

test('per-budget alert thresholds: validated, applied by the embedded and the Redis store, shown with the spend', async () => {
  const prefix = `con-perf-alerts-${process.pid}-${Date.now()}`;
  for (const store of ['embedded', 'redis'] as const) {
    const h = await startAlerting(
      store === 'redis' ? `  redis_url: redis://127.0.0.1:6379\n  redis_prefix: "${prefix}"\n` : '',
    );
    try {
      await mustCall(h.url, 'POST', '/admin/tenants', h.key, { name: 'acme' });
      const team = (alert_thresholds: unknown) =>
        call(h.url, 'POST', '/admin/tenants/acme/teams', h.key, {
          name: 'core',
          budget: { usd: 0.05, period: 'week', alert_thresholds },
        });
      for (const bad of [[0.8, 0.5], [0.5, 0.5], [0], [1.2], [], 'half', [0.5, '0.8']]) {
        const r = await team(bad);
        assert.equal(r.status, 400, `${JSON.stringify(bad)}: ${r.text}`);
        assert.equal(r.json.error.type, 'invalid_request_error');
        assert.match(r.json.error.param, /^budget\.alert_thresholds/, r.text);
      }
      assert.match((await team([0.8, 0.5])).json.error.message, /ascending without repeats/);
      assert.equal((await team([0.25, 0.9])).status, 201);
      const shown = await mustCall(h.url, 'GET', '/admin/tenants/acme/teams/core', h.key);
      assert.deepEqual(shown.budget.alert_thresholds, [0.25, 0.9]);
      assert.deepEqual(shown.spend.alert_thresholds, [0.25, 0.9], 'the spend view marks what alerts');
      const k = await mustCall(h.url, 'POST', '/admin/keys', h.key, {
        name: 'k',
        tenant: 'acme',
        team: 'core',
        budget: { usd: 100, period: 'month' },
      });
      const own = await mustCall(h.url, 'GET', `/admin/keys/${k.id}`, h.key);
      assert.deepEqual(own.spend.alert_thresholds, [0.5, 0.8, 1], 'a budget without its own gets the default');

      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await chat(h.url, k.key, 'pricey', { max_tokens: 100 })).status);
      assert.ok(statuses.includes(429), statuses.join());
      await h.lintel.access.alertsIdle();
      const events = received.map(verify);
      // The team's thresholds, then the refusal (always announced as 100 %); the key's own budget is far away.
      assert.deepEqual(
        events.map((e) => [e.percent, e.cause, (e.scope as { id: string }).id]),
        [
          [25, 'settled', 'tm:acme/core'],
          [90, 'settled', 'tm:acme/core'],
          [100, 'refused', 'tm:acme/core'],
        ],
        store,
      );
    } finally {
      await h.close();
    }
  }
  const redis = new Redis('redis://127.0.0.1:6379');
  const left = await redis.keys(`${prefix}*`);
  if (left.length) await redis.del(...left);
  await redis.quit();
});

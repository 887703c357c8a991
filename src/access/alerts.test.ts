// Budget alerts: 50/80/100 % once each per budget and period, to a webhook, HMAC-signed; failures retried.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { after, before, test } from 'node:test';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';
import { createAlertSender, signPayload } from './alerts.ts';
import type { BudgetAlert } from './limits/types.ts';
import { chat, mustCall } from './testing/client.ts';

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

test('through the server: 50, 80 and 100 % alerts, once each, naming the budget', async () => {
  received.length = 0;
  failNext = 0;
  const h: Harness = await startHarness(
    (u) => `${simProviders(u)}
routes:
  - model: pricey
    targets: [{ provider: sim, model: o1 }]
access:
  budget_alerts: { webhook_url: "${url}", webhook_secret: "${SECRET}" }
`,
    { sim: { models: { o1: { outputTokens: 100 } } } },
  );
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

// Kill switch across two nodes, explanation of a fallback, config versions with diff — through the real server.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { request } from 'undici';
import { parseConfigText } from '../config/load.ts';
import { TEST_POSTGRES_URL, testSchemaName } from '../storage/database.ts';
import { type Harness, simProviders, startHarness, TEST_KEY, TEST_SECRET } from '../testing/harness.ts';
import { type LintelRuntime, startRuntime } from './runtime.ts';

const schema = testSchemaName('lintel_gov');
let a: Harness;
let b: LintelRuntime;

const configFor = (u: string) => `${simProviders(u)}
recording: { flush_interval_ms: 20 }
routes:
  - model: demo
    retry: { attempts: 1 }
    targets:
      - { provider: sim, model: broken }
      - { provider: sim-anthropic, model: healthy }
`;

before(async () => {
  a = await startHarness(configFor, { runtime: { databaseUrl: TEST_POSTGRES_URL, databaseSchema: schema } });
  // Node B: same PostgreSQL schema, a different config version (an extra route).
  const loaded = parseConfigText(
    `${configFor(a.sim.url)}  - model: extra\n    targets: [{ provider: sim, model: x }]\n`,
    'b.yaml',
  );
  b = await startRuntime(loaded, {
    port: 0,
    host: '127.0.0.1',
    masterKey: TEST_KEY,
    secretKey: TEST_SECRET,
    databaseUrl: TEST_POSTGRES_URL,
    databaseSchema: schema,
    dataDir: `${process.env.TMPDIR ?? '/tmp'}/lintel-gov-b-${process.pid}`,
  });
});
after(async () => {
  await b?.close();
  await a?.close();
  const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.end();
});

async function call(base: string, method: string, path: string, body?: unknown) {
  const r = await request(`${base}${path}`, {
    method: method as 'GET',
    headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.body.text();
  return { status: r.statusCode, body: text ? JSON.parse(text) : null, headers: r.headers };
}

const chat = (base: string) =>
  call(base, 'POST', '/v1/chat/completions', { model: 'demo', messages: [{ role: 'user', content: 'hi' }] });

async function until(pred: () => Promise<boolean>, ms: number): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    if (await pred()) return Date.now() - t0;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`condition not met within ${ms} ms`);
}

test('a kill switch engaged on one node stops the route on both within 1 s; resume restores it', async () => {
  assert.equal((await chat(b.url)).status, 200);
  const stop = await call(a.url, 'POST', '/admin/killswitch', {
    scope: 'route',
    target: 'demo',
    reason: 'incident 42',
  });
  assert.equal(stop.status, 201, JSON.stringify(stop.body));
  const local = await chat(a.url);
  assert.equal(local.status, 503);
  assert.equal(local.body.error.code, 'service_stopped');
  assert.match(local.body.error.message, /incident 42/);
  const waited = await until(async () => (await chat(b.url)).status === 503, 1000);
  assert.ok(waited < 1000, `other node stopped after ${waited} ms`);

  const resume = await call(b.url, 'DELETE', '/admin/killswitch/route/demo');
  assert.equal(resume.status, 200);
  await until(async () => (await chat(a.url)).status === 200, 1000);
  assert.equal((await call(a.url, 'DELETE', '/admin/killswitch/route/demo')).status, 404);
  // Both actions are in the verifiable audit log.
  const verify = await call(b.url, 'GET', '/admin/audit/verify');
  assert.equal(verify.status, 200, JSON.stringify(verify.body));
  assert.equal(verify.body.ok, true);
  const rows = await new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await rows.connect();
  const actions = (await rows.query(`SELECT action, resource FROM ${schema}.audit_events ORDER BY seq`)).rows;
  await rows.end();
  assert.deepEqual(
    actions.filter((r) => r.action.startsWith('killswitch.')),
    [
      { action: 'killswitch.stop', resource: 'route:demo' },
      { action: 'killswitch.resume', resource: 'route:demo' },
    ],
  );
  const bad = await call(a.url, 'POST', '/admin/killswitch', { scope: 'galaxy', target: 'x', reason: 'r' });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.param, 'scope');
});

test('a stopped provider is skipped; the explanation names the failed target, the reason and the one that served', async () => {
  a.sim.setBehavior('broken', { errorRate: 1, errorStatus: 503 });
  const r = await chat(a.url);
  assert.equal(r.status, 200);
  const id = String(r.headers['x-request-id']);
  await a.lintel.recorder!.flush();
  const ex = await call(a.url, 'GET', `/admin/requests/${id}/explain`);
  assert.equal(ex.status, 200, JSON.stringify(ex.body));
  assert.equal(ex.body.route.matched, 'demo');
  assert.deepEqual(ex.body.served_by, { provider: 'sim-anthropic', model: 'healthy' });
  const [first, second] = ex.body.decisions.steps;
  assert.equal(first.target, 'sim/broken');
  assert.match(first.outcome, /failed: http_503/);
  assert.equal(second.target, 'sim-anthropic/healthy');
  assert.equal(second.outcome, 'served');
  assert.equal(ex.body.attempts[0].status, 503);
  assert.equal(ex.body.config_version, a.lintel.configVersion);

  await call(a.url, 'POST', '/admin/killswitch', { scope: 'provider', target: 'sim', reason: 'vendor outage' });
  await until(async () => (await chat(a.url)).headers['x-lintel-attempts'] === '1', 1000);
  const skipped = await chat(a.url);
  assert.equal(skipped.headers['x-lintel-target'], 'sim-anthropic/healthy');
  await call(a.url, 'DELETE', '/admin/killswitch/provider/sim');
  a.sim.setBehavior('broken', undefined);
});

test("config versions: both nodes' configs are stored with author and a diff between them", async () => {
  const list = await call(a.url, 'GET', '/admin/config/versions');
  assert.equal(list.status, 200);
  const versions = list.body.data.map((v: { version: string }) => v.version);
  assert.ok(versions.includes(a.lintel.configVersion) && versions.includes(b.configVersion));
  assert.notEqual(a.lintel.configVersion, b.configVersion);
  const d = await call(a.url, 'GET', `/admin/config/versions/${b.configVersion}?diff=${a.lintel.configVersion}`);
  assert.equal(d.status, 200);
  assert.match(d.body.diff, /^\+ {3}- model: extra$/m);
  assert.ok(d.body.author.length > 0);
});

// Authorisation matrix of the request-log, usage, kill-switch, config and audit endpoints:
// every role × own and foreign tenant → allowed or 403 (and 401 without a key).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { request } from 'undici';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';

let h: Harness;
const keys: Record<string, { id: string; key: string }> = {};

async function call(key: string | null, method: string, path: string, body?: unknown) {
  const r = await request(`${h.url}${path}`, {
    method: method as 'GET',
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await r.body.text();
  return { status: r.statusCode, json: text ? JSON.parse(text) : null };
}

const ROLES = ['admin', 'operator', 'auditor', 'developer'] as const;

before(async () => {
  h = await startHarness(
    (u) => `${simProviders(u)}
recording: { flush_interval_ms: 20 }
routes:
  - model: demo
    targets: [{ provider: sim, model: m }]
`,
  );
  for (const t of ['t1', 't2']) assert.equal((await call(h.key, 'POST', '/admin/tenants', { name: t })).status, 201);
  for (const t of ['t1', 't2']) {
    for (const role of ROLES) {
      const r = await call(h.key, 'POST', '/admin/keys', { name: `${t}-${role}`, tenant: t, role });
      assert.equal(r.status, 201, JSON.stringify(r.json));
      keys[`${t}-${role}`] = { id: r.json.id, key: r.json.key };
    }
  }
  // Traffic in both tenants, by developer keys.
  for (const t of ['t1', 't2']) {
    const r = await call(keys[`${t}-developer`].key, 'POST', '/v1/chat/completions', {
      model: 'demo',
      messages: [{ role: 'user', content: 'hi' }],
    });
    assert.equal(r.status, 200, JSON.stringify(r.json));
  }
  await h.lintel.recorder!.flush();
});
after(() => h.close());

type Case = {
  name: string;
  method: string;
  path: (own: string, foreign: string) => string;
  body?: (ownKeyId: string) => unknown;
  allowed: readonly string[];
  foreignAllowed?: boolean;
};

const cases: Case[] = [
  {
    name: 'list requests',
    method: 'GET',
    path: (t) => `/admin/requests?tenant=${t}`,
    allowed: ['admin', 'auditor', 'developer'],
  },
  {
    name: 'usage by model',
    method: 'GET',
    path: (t) => `/admin/usage?group_by=model&tenant=${t}`,
    allowed: ['admin', 'auditor'],
  },
  {
    name: 'usage by key',
    method: 'GET',
    path: (t) => `/admin/usage?group_by=key&tenant=${t}`,
    allowed: ['admin', 'auditor', 'developer'],
  },
  {
    name: 'list stops',
    method: 'GET',
    path: () => '/admin/killswitch',
    allowed: ['admin', 'operator'],
    foreignAllowed: true,
  },
  {
    name: 'config versions',
    method: 'GET',
    path: () => '/admin/config/versions',
    // The whole node's configuration: global admin/operator/auditor keys only (see config-secrets.test.ts).
    allowed: [],
  },
  { name: 'audit verify (global chain)', method: 'GET', path: () => '/admin/audit/verify', allowed: [] },
  { name: 'audit checkpoint', method: 'POST', path: () => '/admin/audit/checkpoint', allowed: [] },
];

for (const c of cases) {
  for (const role of ROLES) {
    test(`${c.name}: ${role} of t1 — own tenant ${c.allowed.includes(role) ? 'allowed' : '403'}, foreign tenant 403`, async () => {
      const k = keys[`t1-${role}`];
      const own = await call(k.key, c.method, c.path('t1', 't2'));
      assert.equal(own.status, c.allowed.includes(role) ? 200 : 403, JSON.stringify(own.json));
      if (own.status === 403) assert.equal(own.json.error.code, 'permission_denied');
      if (!c.foreignAllowed && c.path('t2', 't1') !== c.path('t1', 't2')) {
        const foreign = await call(k.key, c.method, c.path('t2', 't1'));
        assert.equal(foreign.status, 403, JSON.stringify(foreign.json));
      }
    });
  }
  test(`${c.name}: no key → 401; master key → 200`, async () => {
    assert.equal((await call(null, c.method, c.path('t1', 't2'))).status, 401);
    assert.equal((await call(h.key, c.method, c.path('t1', 't2'))).status, 200);
  });
}

test('kill switch: tenant operators and admins may stop their own keys only', async () => {
  for (const role of ROLES) {
    const k = keys[`t1-${role}`];
    const own = await call(k.key, 'POST', '/admin/killswitch', {
      scope: 'key',
      target: keys['t1-developer'].id,
      reason: 'test',
    });
    assert.equal(
      own.status,
      role === 'admin' || role === 'operator' ? 201 : 403,
      `${role}: ${JSON.stringify(own.json)}`,
    );
    const route = await call(k.key, 'POST', '/admin/killswitch', { scope: 'route', target: 'demo', reason: 'test' });
    assert.equal(route.status, 403);
  }
  // Another tenant's key: a tenant operator may not stop it.
  const foreign = await call(keys['t1-operator'].key, 'POST', '/admin/killswitch', {
    scope: 'key',
    target: keys['t2-developer'].id,
    reason: 'x',
  });
  assert.equal(foreign.status, 403);
  assert.equal((await call(h.key, 'DELETE', `/admin/killswitch/key/${keys['t1-developer'].id}`)).status, 200);
});

test('records of another tenant are invisible (404), developers see only their own keys', async () => {
  const t2 = await call(h.key, 'GET', '/admin/requests?tenant=t2');
  const id = t2.json.data[0].id;
  for (const role of ['admin', 'auditor', 'developer']) {
    assert.equal((await call(keys[`t1-${role}`].key, 'GET', `/admin/requests/${id}`)).status, 404);
    assert.equal((await call(keys[`t1-${role}`].key, 'GET', `/admin/requests/${id}/explain`)).status, 404);
  }
  const dev = await call(keys['t1-developer'].key, 'GET', '/admin/requests');
  assert.equal(dev.status, 200);
  assert.ok(dev.json.data.length >= 1);
  for (const r of dev.json.data) assert.equal(r.keyId, keys['t1-developer'].id);
  const other = await call(keys['t1-developer'].key, 'GET', `/admin/requests?key_id=${keys['t1-admin'].id}`);
  assert.equal(other.status, 403);
});

test('every admin route of this module is in /admin/openapi.json with its roles', async () => {
  const doc = (await call(null, 'GET', '/admin/openapi.json')).json;
  for (const [path, method] of [
    ['/admin/requests', 'get'],
    ['/admin/requests/{id}', 'get'],
    ['/admin/requests/{id}/explain', 'get'],
    ['/admin/usage', 'get'],
    ['/admin/killswitch', 'post'],
    ['/admin/killswitch/{scope}/{target}', 'delete'],
    ['/admin/config/versions', 'get'],
    ['/admin/audit/verify', 'get'],
  ]) {
    assert.ok(doc.paths[path]?.[method], `${method} ${path} documented`);
  }
  assert.deepEqual(doc.paths['/admin/killswitch'].post['x-lintel-roles'], ['admin', 'operator']);
});

test('admin writes are audit events: tenants and keys created, a key stopped', async () => {
  const { sql } = await import('kysely');
  // Its own stop and resume, so the test does not depend on the kill-switch test running first.
  const target = keys['t2-auditor'].id;
  const stop = { scope: 'key', target, reason: 'audit test' };
  assert.equal((await call(h.key, 'POST', '/admin/killswitch', stop)).status, 201);
  assert.equal((await call(h.key, 'DELETE', `/admin/killswitch/key/${target}`)).status, 200);
  const read = async () =>
    (
      await sql<{ action: string; resource: string }>`SELECT action, resource FROM audit_events ORDER BY seq`.execute(
        h.lintel.database.db,
      )
    ).rows.map((r) => `${r.action} ${r.resource}`);
  // Appends run off the response path: wait until the eight key creations are in, not for a fixed time.
  let actions = await read();
  for (let i = 0; i < 200 && actions.filter((a) => a.startsWith('key.create')).length < 8; i++) {
    await new Promise((r) => setTimeout(r, 10));
    actions = await read();
  }
  assert.ok(actions.includes('tenant.create tenant:t1'), actions.join('\n'));
  const created = actions.filter((a) => a.startsWith('key.create'));
  assert.deepEqual(
    created.sort(),
    Object.values(keys)
      .map((k) => `key.create key:${k.id}`)
      .sort(),
    'each creation names the key it created',
  );
  assert.ok(actions.includes(`killswitch.stop key:${target}`), actions.join('\n'));
  assert.ok(actions.includes(`killswitch.resume key:${target}`));
  assert.ok(actions.some((a) => a.startsWith('config.load')));
  const v = await call(h.key, 'GET', '/admin/audit/verify');
  assert.equal(v.json.ok, true);
});

test('an admin write whose input holds an unpaired surrogate is still audited, and the chain verifies', async () => {
  const { sql } = await import('kysely');
  // Valid JSON (an escaped lone surrogate), but no Unicode text: canonical JSON refused it and the write went unaudited.
  const body = '{"name":"odd-\\ud800-name","tenant":"t1","metadata":{"note":"\\udc00"}}';
  const res = await request(`${h.url}/admin/keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${h.key}`, 'content-type': 'application/json' },
    body,
  });
  const created = JSON.parse(await res.body.text());
  assert.equal(res.statusCode, 201, JSON.stringify(created));
  const audited = async () =>
    (
      await sql<{ n: number }>`SELECT count(*) AS n FROM audit_events WHERE resource = ${`key:${created.id}`}`.execute(
        h.lintel.database.db,
      )
    ).rows[0]?.n;
  let n = await audited();
  for (let i = 0; i < 200 && Number(n) === 0; i++) {
    await new Promise((r) => setTimeout(r, 10));
    n = await audited();
  }
  assert.equal(Number(n), 1, 'the key creation is an audit event');
  const v = await call(h.key, 'GET', '/admin/audit/verify');
  assert.equal(v.json.ok, true, JSON.stringify(v.json));
});

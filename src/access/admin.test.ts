// The admin API: every endpoint × every role × own and foreign tenant; bad input answers 400 naming the field and
// writes nothing; the OpenAPI document covers every route.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';
import { call, mustCall, type Reply } from './testing/client.ts';
import type { Role } from './types.ts';

let h: Harness;
type Who = 'master' | Role;
const WHO: Who[] = ['master', 'admin', 'operator', 'auditor', 'developer'];
const callers = {} as Record<Who, string>;
let seq = 0;
const uniq = (p: string) => `${p}-${++seq}`;

before(async () => {
  process.env.LINTEL_SECRET_KEY ??= 'matrix-test-secret-0123456789';
  h = await startHarness(
    (u) => `${simProviders(u)}routes:\n  - model: m\n    targets: [{ provider: sim, model: gpt-4o-mini }]\n`,
  );
  callers.master = h.key;
  for (const t of ['own', 'foreign']) {
    await mustCall(h.url, 'POST', '/admin/tenants', h.key, { name: t });
    await mustCall(h.url, 'POST', `/admin/tenants/${t}/teams`, h.key, { name: 'core' });
  }
  for (const role of ['admin', 'operator', 'auditor', 'developer'] as Role[]) {
    callers[role] = (
      await mustCall(h.url, 'POST', '/admin/keys', h.key, { name: role, tenant: 'own', team: 'core', role })
    ).key;
  }
});
after(() => h.close());

const req = (method: string, path: string, who: Who, body?: unknown): Promise<Reply> =>
  call(h.url, method, path, callers[who], body);

/** A key the caller would manage in `tenant`: created by the caller where it may create keys, else by the master key. */
async function targetKey(who: Who, tenant: string): Promise<string> {
  const maker = tenant === 'own' && (who === 'admin' || who === 'developer') ? callers[who] : h.key;
  const body =
    who === 'developer' && tenant === 'own' ? { name: uniq('k') } : { name: uniq('k'), tenant, team: 'core' };
  return (await mustCall(h.url, 'POST', '/admin/keys', maker, body)).id;
}

async function targetCredential(tenant: string): Promise<string> {
  return (
    await mustCall(h.url, 'POST', '/admin/provider-credentials', h.key, {
      name: uniq('c'),
      provider: 'sim',
      api_key: 'sk-x',
      tenant,
    })
  ).id;
}

interface Endpoint {
  name: string;
  run(who: Who, tenant: string): Promise<Reply>;
  allowed(who: Who, own: boolean): boolean;
}

const isMaster = (w: Who) => w === 'master';
const tenantAdmin = (w: Who, own: boolean) => isMaster(w) || (w === 'admin' && own);
const keyManager = (w: Who, own: boolean) => tenantAdmin(w, own) || (w === 'developer' && own);
const credManager = (w: Who, own: boolean) => tenantAdmin(w, own) || (w === 'operator' && own);

const ENDPOINTS: Endpoint[] = [
  { name: 'POST /admin/tenants', run: (w) => req('POST', '/admin/tenants', w, { name: uniq('t') }), allowed: isMaster },
  {
    name: 'GET /admin/tenants',
    run: (w) => req('GET', '/admin/tenants', w),
    allowed: (w) => isMaster(w) || w === 'admin',
  },
  { name: 'GET /admin/tenants/:t', run: (w, t) => req('GET', `/admin/tenants/${t}`, w), allowed: tenantAdmin },
  {
    name: 'PATCH /admin/tenants/:t',
    run: (w, t) => req('PATCH', `/admin/tenants/${t}`, w, { metadata: { a: 'b' } }),
    allowed: isMaster,
  },
  {
    name: 'POST /admin/tenants/:t/teams',
    run: (w, t) => req('POST', `/admin/tenants/${t}/teams`, w, { name: uniq('team') }),
    allowed: tenantAdmin,
  },
  {
    name: 'GET /admin/tenants/:t/teams',
    run: (w, t) => req('GET', `/admin/tenants/${t}/teams`, w),
    allowed: tenantAdmin,
  },
  {
    name: 'GET /admin/tenants/:t/teams/:team',
    run: (w, t) => req('GET', `/admin/tenants/${t}/teams/core`, w),
    allowed: tenantAdmin,
  },
  {
    name: 'PATCH /admin/tenants/:t/teams/:team',
    run: (w, t) => req('PATCH', `/admin/tenants/${t}/teams/core`, w, { limits: { rpm: 1000 } }),
    allowed: tenantAdmin,
  },
  {
    name: 'POST /admin/keys',
    run: (w, t) => req('POST', '/admin/keys', w, { name: uniq('k'), tenant: t, team: 'core' }),
    allowed: keyManager,
  },
  { name: 'GET /admin/keys?tenant=', run: (w, t) => req('GET', `/admin/keys?tenant=${t}`, w), allowed: keyManager },
  {
    name: 'GET /admin/keys/:id',
    run: async (w, t) => req('GET', `/admin/keys/${await targetKey(w, t)}`, w),
    allowed: keyManager,
  },
  {
    name: 'PATCH /admin/keys/:id',
    run: async (w, t) => req('PATCH', `/admin/keys/${await targetKey(w, t)}`, w, { metadata: { x: 'y' } }),
    allowed: keyManager,
  },
  {
    name: 'POST /admin/keys/:id/revoke',
    run: async (w, t) => req('POST', `/admin/keys/${await targetKey(w, t)}/revoke`, w),
    allowed: keyManager,
  },
  {
    name: 'POST /admin/keys/:id/rotate',
    run: async (w, t) => req('POST', `/admin/keys/${await targetKey(w, t)}/rotate`, w, { overlap_seconds: 0 }),
    allowed: keyManager,
  },
  {
    name: 'POST /admin/provider-credentials',
    run: (w, t) =>
      req('POST', '/admin/provider-credentials', w, { name: uniq('c'), provider: 'sim', api_key: 'sk-1', tenant: t }),
    allowed: credManager,
  },
  {
    name: 'GET /admin/provider-credentials',
    run: (w) => req('GET', '/admin/provider-credentials', w),
    allowed: (w) => isMaster(w) || w === 'admin' || w === 'operator',
  },
  {
    name: 'GET /admin/provider-credentials/:id',
    run: async (w, t) => req('GET', `/admin/provider-credentials/${await targetCredential(t)}`, w),
    allowed: credManager,
  },
  {
    name: 'DELETE /admin/provider-credentials/:id',
    run: async (w, t) => req('DELETE', `/admin/provider-credentials/${await targetCredential(t)}`, w),
    allowed: credManager,
  },
  { name: 'GET /admin/whoami', run: (w) => req('GET', '/admin/whoami', w), allowed: () => true },
  { name: 'GET /admin/openapi.json', run: (w) => req('GET', '/admin/openapi.json', w), allowed: () => true },
];

describe('authorisation matrix', () => {
  for (const ep of ENDPOINTS) {
    test(ep.name, async () => {
      for (const who of WHO) {
        for (const own of [true, false]) {
          const r = await ep.run(who, own ? 'own' : 'foreign');
          const want = ep.allowed(who, own);
          const where = `${who} on ${own ? 'own' : 'foreign'} tenant: ${r.status} ${r.text.slice(0, 200)}`;
          if (want) assert.ok(r.status >= 200 && r.status < 300, where);
          else {
            assert.equal(r.status, 403, where);
            assert.equal(r.json.error.code, 'permission_denied', where);
          }
        }
      }
    });
  }

  test('lists show a tenant-bound caller only its own tenant; developers see only their keys', async () => {
    const tenants = await req('GET', '/admin/tenants', 'admin');
    assert.deepEqual(
      tenants.json.data.map((t: { name: string }) => t.name),
      ['own'],
    );
    const all = await req('GET', '/admin/keys', 'admin');
    assert.ok(all.json.data.length > 3 && all.json.data.every((k: { tenant: string }) => k.tenant === 'own'));
    const mine = await req('GET', '/admin/keys', 'developer');
    const me = (await req('GET', '/admin/whoami', 'developer')).json.key_id;
    assert.ok(mine.json.data.every((k: { id: string; owner_key_id: string }) => k.id === me || k.owner_key_id === me));
    const creds = await req('GET', '/admin/provider-credentials', 'operator');
    assert.ok(creds.json.data.length > 0 && creds.json.data.every((c: { tenant: string }) => c.tenant === 'own'));
    assert.ok(!creds.text.includes('sk-1') && !creds.text.includes('sealed'));
  });

  test('developers cannot escalate: no other roles, teams, or loosening their own key', async () => {
    const me = (await req('GET', '/admin/whoami', 'developer')).json.key_id;
    assert.equal((await req('POST', '/admin/keys', 'developer', { name: uniq('k'), role: 'admin' })).status, 403);
    const loosen = await req('PATCH', `/admin/keys/${me}`, 'developer', { limits: { rpm: null } });
    assert.equal(loosen.status, 403);
    assert.match(loosen.json.error.message, /may not change itself/, 'the refusal says why, not "only their own keys"');
    const child = await req('POST', '/admin/keys', 'developer', { name: uniq('child'), limits: { rpm: 5 } });
    assert.equal(child.json.owner_key_id, me);
    assert.equal((await req('PATCH', `/admin/keys/${child.json.id}`, 'developer', { role: 'admin' })).status, 403);
  });

  test('unauthenticated and revoked callers get 401', async () => {
    assert.equal((await call(h.url, 'GET', '/admin/keys', null)).status, 401);
    assert.equal((await call(h.url, 'GET', '/admin/keys', 'lk-nope')).status, 401);
  });
});

describe('bad input', () => {
  // [method, path, body, "field" or "field: message start"]
  const cases: [string, string, unknown, string][] = [
    ['POST', '/admin/keys', { name: 5, tenant: 'own' }, 'name'],
    [
      'POST',
      '/admin/keys',
      { name: 'a', tenant: 'own', limits: { rpm: -1 } },
      'limits.rpm: must be a positive integer',
    ],
    ['POST', '/admin/keys', { name: 'a', tenant: 'own', limits: { tpm: 1.5 } }, 'limits.tpm'],
    ['POST', '/admin/keys', { name: 'a', tenant: 'own', limits: 'many' }, 'limits'],
    ['POST', '/admin/keys', { name: 'a', tenant: 'own', budget: { usd: -3, period: 'day' } }, 'budget.usd'],
    ['POST', '/admin/keys', { name: 'a', tenant: 'own', budget: { usd: 3, period: 'year' } }, 'budget.period'],
    ['POST', '/admin/keys', { name: 'a', tenant: 'own', budget: { usd: 3 } }, 'budget.period'],
    ['POST', '/admin/keys', { name: 'a', tenant: 'nowhere' }, 'tenant: no tenant named "nowhere"'],
    ['POST', '/admin/keys', { name: 'a', tenant: 'own', team: 'nowhere' }, 'team'],
    ['POST', '/admin/keys', { name: 'a', tenant: 'own', role: 'root' }, 'role'],
    ['POST', '/admin/keys', { name: 'a', tenant: 'own', models: 'gpt-4o' }, 'models'],
    ['POST', '/admin/keys', { name: 'a', tenant: 'own', expires_at: '2001-01-01T00:00:00Z' }, 'expires_at'],
    ['POST', '/admin/keys', { name: 'a', tenant: 'own', expires_at: 'tomorrow' }, 'expires_at'],
    ['POST', '/admin/keys', { name: 'a', tenant: 'own', colour: 'red' }, 'colour: unknown field'],
    ['POST', '/admin/keys', { name: 'a', tenant: 'own', limits: { rpm: 5, burst: 2 } }, 'limits.burst'],
    ['POST', '/admin/keys', { tenant: 'own' }, 'name: is required'],
    ['POST', '/admin/tenants', { name: 'has space' }, 'name'],
    ['POST', '/admin/tenants', { name: 'x', end_user: { limits: { concurrency: 0 } } }, 'end_user.limits.concurrency'],
    ['PATCH', '/admin/tenants/own', { limits: { rpm: -5 } }, 'limits.rpm'],
    ['POST', '/admin/provider-credentials', { name: 'c', provider: 'sim', api_key: 7 }, 'api_key'],
    ['POST', '/admin/provider-credentials', { name: 'c', provider: 'sim', api_key: 'k', tenant: 'nowhere' }, 'tenant'],
  ];

  test('each answers 400 naming the field, and nothing is written', async () => {
    const snapshot = async () => {
      const rows = await Promise.all(
        ['access_keys', 'access_tenants', 'access_teams', 'access_provider_credentials'].map((t) =>
          h.lintel.database.db.selectFrom(t).selectAll().execute(),
        ),
      );
      return JSON.stringify(rows);
    };
    const before = await snapshot();
    for (const [method, path, body, expected] of cases) {
      const [field, text] = expected.split(': ');
      const r = await call(h.url, method, path, h.key, body);
      const what = `${method} ${path} ${JSON.stringify(body)} → ${r.status} ${r.text}`;
      assert.equal(r.status, 400, what);
      assert.equal(r.json.error.param, field, what);
      assert.ok(r.json.error.message.startsWith(`${field}: ${text ?? ''}`), what);
      if (!text) assert.ok(!r.json.error.message.includes('is required'), what);
    }
    const k = (await mustCall(h.url, 'GET', '/admin/keys?tenant=own', h.key)).data[0];
    for (const body of [{ limits: { rpm: 0 } }, { team: 'nowhere' }, { budget: { usd: 'lots', period: 'day' } }]) {
      const r = await call(h.url, 'PATCH', `/admin/keys/${k.id}`, h.key, body);
      assert.equal(r.status, 400, `${JSON.stringify(body)} → ${r.text}`);
    }
    assert.equal((await call(h.url, 'POST', '/admin/keys', h.key, '[1,2]')).status, 400);
    assert.equal((await call(h.url, 'POST', '/admin/keys', h.key, '{"name":')).status, 400);
    assert.equal(await snapshot(), before, 'nothing half-written');
  });

  test('a name already taken answers 409 conflict naming the field, as the registry does, and nothing is written', async () => {
    await mustCall(h.url, 'POST', '/admin/provider-credentials', h.key, {
      name: 'dup',
      provider: 'sim',
      api_key: 'k1',
    });
    const snapshot = async () =>
      JSON.stringify(
        await Promise.all(
          ['access_keys', 'access_tenants', 'access_teams', 'access_provider_credentials'].map((t) =>
            h.lintel.database.db.selectFrom(t).selectAll().execute(),
          ),
        ),
      );
    const before = await snapshot();
    const cases: [string, unknown, string][] = [
      ['/admin/keys', { name: 'admin', tenant: 'own' }, 'a live key named "admin" already exists'],
      ['/admin/tenants', { name: 'own' }, 'a tenant named "own" already exists'],
      ['/admin/tenants/own/teams', { name: 'core' }, 'tenant "own" already has a team named "core"'],
      ['/admin/provider-credentials', { name: 'dup', provider: 'sim', api_key: 'k2' }, 'a credential named "dup"'],
    ];
    for (const [path, body, text] of cases) {
      const r = await call(h.url, 'POST', path, h.key, body);
      const what = `POST ${path} ${JSON.stringify(body)} → ${r.status} ${r.text}`;
      assert.equal(r.status, 409, what);
      assert.equal(r.json.error.code, 'conflict', what);
      assert.equal(r.json.error.param, 'name', what);
      assert.ok(r.json.error.message.startsWith(`name: ${text}`), what);
    }
    // Renaming a key to a live key's name is the same conflict.
    const k = (await mustCall(h.url, 'GET', '/admin/keys?tenant=own', h.key)).data.find(
      (x: { name: string }) => x.name !== 'operator',
    );
    const rename = await call(h.url, 'PATCH', `/admin/keys/${k.id}`, h.key, { name: 'operator' });
    assert.equal(rename.status, 409, rename.text);
    assert.equal(await snapshot(), before, 'nothing written');
  });
});

describe('OpenAPI', () => {
  test('/admin/openapi.json is OpenAPI 3.1 and documents every /admin route of the access layer', async () => {
    const doc = (await call(h.url, 'GET', '/admin/openapi.json', null)).json;
    assert.equal(doc.openapi, '3.1.0');
    for (const ep of ENDPOINTS) {
      const [method, rawPath] = ep.name.split(' ');
      const path = rawPath.split('?')[0].replace(':t', '{tenant}').replace(':team', '{team}').replace(':id', '{id}');
      assert.ok(doc.paths[path]?.[method.toLowerCase()], `${ep.name} is documented`);
    }
    const create = doc.paths['/admin/keys'].post;
    assert.deepEqual(create['x-lintel-roles'], ['admin', 'developer']);
    assert.equal(
      create.requestBody.content['application/json'].schema.properties.budget.anyOf[0].properties.period.enum.length,
      4,
    );
  });
});

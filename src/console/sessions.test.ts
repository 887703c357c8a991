// Console sessions over real HTTP: sign-in with a key sets an HttpOnly SameSite=Strict cookie with an expiry;
// the cookie then acts as that key on the admin API (same role and tenant); state-changing calls need the CSRF
// token; sign-out and key revocation end the session server-side; a bad key gets the admin error format.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { request } from 'undici';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';

let h: Harness;

async function call(
  method: string,
  path: string,
  o: { cookie?: string; key?: string; csrf?: string; body?: unknown } = {},
) {
  const headers: Record<string, string> = {};
  if (o.cookie) headers.cookie = o.cookie;
  if (o.key) headers.authorization = `Bearer ${o.key}`;
  if (o.csrf) headers['x-csrf-token'] = o.csrf;
  if (o.body !== undefined) headers['content-type'] = 'application/json';
  const r = await request(`${h.url}${path}`, {
    method: method as 'GET',
    headers,
    body: o.body === undefined ? undefined : JSON.stringify(o.body),
  });
  const text = await r.body.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {}
  return {
    status: r.statusCode,
    headers: r.headers,
    json: json as Record<string, unknown> & { error?: { message: string } },
  };
}

async function signIn(key: string) {
  const r = await call('POST', '/console/api/session', { body: { key } });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  const setCookie = String(r.headers['set-cookie']);
  return { setCookie, cookie: setCookie.split(';')[0], csrf: String(r.json.csrf_token), json: r.json };
}

before(async () => {
  h = await startHarness(
    (u) => `${simProviders(u)}
routes:
  - model: demo
    targets: [{ provider: sim, model: m }]
`,
  );
  assert.equal((await call('POST', '/admin/tenants', { key: h.key, body: { name: 'acme' } })).status, 201);
});
after(() => h.close());

test('sign-in sets a session cookie: HttpOnly, SameSite=Strict, with an expiry, no Secure over plain HTTP', async () => {
  const s = await signIn(h.key);
  assert.match(s.setCookie, /^lintel_session=[A-Za-z0-9_-]{40,};/);
  assert.match(s.setCookie, /HttpOnly/);
  assert.match(s.setCookie, /SameSite=Strict/);
  assert.match(s.setCookie, /Max-Age=43200/);
  assert.match(s.setCookie, /Expires=/);
  assert.doesNotMatch(s.setCookie, /Secure/);
  assert.equal(s.json.role, 'admin');
  assert.equal(s.json.global, true);
  assert.doesNotMatch(JSON.stringify(s.json), new RegExp(h.key), 'the key is never echoed');
  const signins = await call('GET', '/admin/audit/events?action=console.signin', { key: h.key });
  assert.ok((signins.json.data as unknown as { actor: string }[]).some((e) => e.actor === 'master-key'));
  const me = await call('GET', '/console/api/session', { cookie: s.cookie });
  assert.equal(me.status, 200);
  assert.equal(me.json.csrf_token, s.csrf);
});

test('a session acts as its key on the admin API, tenant scoping included', async () => {
  const created = await call('POST', '/admin/keys', {
    key: h.key,
    body: { name: 'acme-aud', tenant: 'acme', role: 'auditor' },
  });
  assert.equal(created.status, 201);
  const s = await signIn(String(created.json.key));
  const who = await call('GET', '/admin/whoami', { cookie: s.cookie });
  assert.deepEqual([who.json.role, who.json.tenant], ['auditor', 'acme']);
  const keys = await call('GET', '/admin/keys', { cookie: s.cookie });
  assert.equal(keys.status, 403, 'auditors do not manage keys, whatever the transport');
  const foreign = await call('GET', '/admin/requests?tenant=other', { cookie: s.cookie });
  assert.equal(foreign.status, 403);
  // Revoking the key ends its sessions at once.
  assert.equal((await call('POST', `/admin/keys/${created.json.id}/revoke`, { key: h.key })).status, 200);
  assert.equal((await call('GET', '/admin/whoami', { cookie: s.cookie })).status, 401);
});

test('state-changing calls with the cookie need the CSRF token', async () => {
  const s = await signIn(h.key);
  const body = { name: 'k-csrf', tenant: 'acme', role: 'developer' };
  const without = await call('POST', '/admin/keys', { cookie: s.cookie, body });
  assert.equal(without.status, 403);
  assert.match(String(without.json.error?.message), /CSRF/);
  const wrong = await call('POST', '/admin/keys', { cookie: s.cookie, csrf: 'x'.repeat(43), body });
  assert.equal(wrong.status, 403);
  const listed = await call('GET', '/admin/keys', { cookie: s.cookie });
  assert.ok(!(listed.json.data as { name: string }[]).some((k) => k.name === 'k-csrf'), 'nothing was created');
  const ok = await call('POST', '/admin/keys', { cookie: s.cookie, csrf: s.csrf, body });
  assert.equal(ok.status, 201);
});

test('sign-out invalidates the session server-side (a copied cookie stops working)', async () => {
  const s = await signIn(h.key);
  assert.equal((await call('GET', '/admin/whoami', { cookie: s.cookie })).status, 200);
  assert.equal(
    (await call('DELETE', '/console/api/session', { cookie: s.cookie })).status,
    403,
    'sign-out needs CSRF too',
  );
  const out = await call('DELETE', '/console/api/session', { cookie: s.cookie, csrf: s.csrf });
  assert.equal(out.status, 200);
  assert.match(String(out.headers['set-cookie']), /Max-Age=0/);
  assert.equal((await call('GET', '/admin/whoami', { cookie: s.cookie })).status, 401);
  assert.equal((await call('GET', '/console/api/session', { cookie: s.cookie })).status, 401);
});

test('a wrong key is refused in the admin error format; no cookie is set', async () => {
  const r = await call('POST', '/console/api/session', { body: { key: 'lk-not-a-real-key-000000' } });
  assert.equal(r.status, 401);
  assert.equal(r.headers['set-cookie'], undefined);
  assert.equal((r.json.error as unknown as { code: string }).code, 'invalid_api_key');
  const bad = await call('POST', '/console/api/session', { body: { nope: 1 } });
  assert.equal(bad.status, 400);
});

test('the playground path: a key session calls the gateway as its key (with CSRF)', async () => {
  const s = await signIn(h.key);
  const body = { model: 'demo', messages: [{ role: 'user', content: 'hi' }] };
  assert.equal((await call('POST', '/v1/chat/completions', { cookie: s.cookie, body })).status, 403);
  const r = await call('POST', '/v1/chat/completions', { cookie: s.cookie, csrf: s.csrf, body });
  assert.equal(r.status, 200, JSON.stringify(r.json));
});

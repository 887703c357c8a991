// Who a /v1/retrieve call runs as: key callers through the gateway's key check, console single-sign-on sessions
// without a key as their principal. (The route itself is tested through a real node in api.test.ts.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyRequest } from 'fastify';
import type { AdminPrincipal } from '../access/types.ts';
import { LintelError } from '../errors/lintel-error.ts';
import { RequestContext } from '../gateway/context.ts';
import { keyOrConsoleSession, validateRetrieve } from './retrieve-call.ts';

function request(headers: Record<string, string>, session: AdminPrincipal | null): FastifyRequest {
  const principal = () => {
    if (!session) throw new LintelError('invalid_api_key');
    return session;
  };
  return { headers, server: { lintelAdminAuth: { principal } } } as unknown as FastifyRequest;
}

const sso: AdminPrincipal = { role: 'operator', tenant: 'a', team: null, keyId: 'sso:ann', global: false };

test('a key goes through the gateway key check, even when a console session exists', async () => {
  const ctx = new RequestContext('r1', 'retrieve', 'openai');
  let checked = 0;
  await keyOrConsoleSession(request({ authorization: 'Bearer lk-x' }, sso), ctx, () => {
    checked++;
  });
  assert.equal(checked, 1);
  assert.equal(ctx.principal.keyId, null, 'the standard check fills the principal, not the session');
});

test('a console SSO session without a key searches as its principal (tenant-bound)', async () => {
  const ctx = new RequestContext('r2', 'retrieve', 'openai');
  await keyOrConsoleSession(request({}, sso), ctx, () => assert.fail('no key to check'));
  assert.deepEqual(ctx.principal, { tenant: 'a', team: null, keyId: 'sso:ann', role: 'operator' });
  const global = new RequestContext('r3', 'retrieve', 'openai');
  await keyOrConsoleSession(request({}, { ...sso, tenant: null, role: 'admin', global: true }), global, () => {});
  assert.equal(global.principal.tenant, null);
});

test('no key and no session: 401 invalid_api_key', () => {
  const ctx = new RequestContext('r4', 'retrieve', 'openai');
  assert.throws(
    () => keyOrConsoleSession(request({}, null), ctx, () => {}),
    (e: unknown) => e instanceof LintelError && e.code === 'invalid_api_key',
  );
});

test('body errors name the field as the retrieval API always did', () => {
  const r = validateRetrieve({ collection: 'kb', query: 'x', k: 0 });
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.equal(r.param, 'k');
  assert.match(r.message, /^k: /);
  const extra = validateRetrieve({ collection: 'kb', query: 'x', nope: 1 });
  assert.equal(extra.ok, false);
});

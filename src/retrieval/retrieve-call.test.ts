// Who a /v1/retrieve call runs as: key callers through the gateway's key check, console single-sign-on sessions
// without a key as their principal. (The route itself is tested through a real node in api.test.ts.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyRequest } from 'fastify';
import type { AdminPrincipal } from '../access/types.ts';
import { LintelError } from '../errors/lintel-error.ts';
import { RequestContext } from '../gateway/context.ts';
import { keyOrConsoleSession, plainRetrieveBody, validateBody, validateRetrieve } from './retrieve-call.ts';
import { retrieveBody } from './schemas.ts';

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

test('the plain-body check without zod answers as zod does: same value and key order, same refusals', () => {
  const zod = validateBody(retrieveBody);
  // A small deterministic generator: each field absent, valid or one of many wrong values, in a random order.
  let seed = 12345;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)] as T;
  const strings = ['', 'a', 'kb', ' ', 'x'.repeat(10_000), 'x'.repeat(10_001), 'é', '😀', '0'];
  const others = [null, true, false, 0, -0, 1, 1.5, 10, 1000, 1001, -1, 1e21, Number.NaN, [], {}, ['a'], { a: 1 }];
  // [chance in 100 of being present, usual valid values, other values]
  const fields: [string, number, unknown[], unknown[]][] = [
    ['collection', 95, ['kb', 'a', 'é'], [...strings, ...others]],
    ['query', 95, ['refund', 'q', 'x'.repeat(10_000), '😀'], [...strings, ...others]],
    ['k', 50, [1, 3, 10, 100, 1000], [...others, '10']],
    ['mode', 50, ['lexical', 'dense', 'hybrid'], ['LEXICAL', '', ...others]],
    ['explain', 25, [true, false], ['true', 0, 1, null]],
    ['tenant', 25, ['acme', 'a'], [...strings, ...others]],
    ['filter', 5, [{ a: 1 }, { a: [1, 'b'] }], [{ a: { b: 1 } }, null, 'x']],
    ['fusion', 5, [{ method: 'rrf' }, { method: 'weighted', lexical: 1, dense: 1 }], [{ method: 'nope' }, null]],
    ['nope', 3, [1], ['x', null]],
    ['__proto__', 3, [1], [{ k: 1 }]],
  ];
  let plain = 0;
  let refused = 0;
  for (let i = 0; i < 20_000; i++) {
    const body: Record<string, unknown> = {};
    for (const [key, chance, valid, wrong] of [...fields].sort(() => rand(3) - 1)) {
      if (rand(100) >= chance) continue;
      // An own, enumerable property even for "__proto__", as JSON.parse makes it.
      const value = rand(5) === 0 ? pick(wrong) : pick(valid);
      Object.defineProperty(body, key, { value, enumerable: true, writable: true, configurable: true });
    }
    const want = zod(body);
    const got = validateRetrieve(body);
    assert.deepEqual(got, want, JSON.stringify(body));
    if (got.ok && want.ok) assert.equal(JSON.stringify(got.value), JSON.stringify(want.value));
    if (plainRetrieveBody(body)) plain++;
    if (!want.ok) refused++;
  }
  // The generator reaches the fast path and zod's refusals alike.
  assert.ok(plain > 3000, `plain bodies: ${plain}`);
  assert.ok(refused > 3000, `refused bodies: ${refused}`);
  for (const body of [
    { collection: 'kb', query: 'refund' },
    { query: 'refund', k: 10, mode: 'lexical', collection: 'kb' },
    { collection: 'kb', query: 'q', k: 3, mode: 'hybrid', explain: true, tenant: 'acme' },
  ]) {
    const value = plainRetrieveBody(body);
    const want = zod(body);
    assert.ok(value && want.ok);
    assert.equal(JSON.stringify(value), JSON.stringify(want.value));
  }
  assert.equal(plainRetrieveBody(JSON.parse('{"collection":"kb","query":"q","__proto__":{"k":1}}')), undefined);
  assert.equal(plainRetrieveBody({ collection: 'kb', query: 'q', k: undefined }), undefined);
});

// Bad input gets the right status and a clear error in the API's own format; the process survives.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { request } from 'undici';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';

let h: Harness;
before(async () => {
  h = await startHarness(
    (u) => `server: { body_limit_mb: 1 }
${simProviders(u)}
routes:
  - model: demo
    targets: [{ provider: sim, model: sim-small }]
`,
  );
});
after(() => h.close());

async function post(path: string, body: string | Buffer, headers: Record<string, string> = {}) {
  const res = await request(`${h.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${h.key}`, 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await res.body.text();
  let json: { error?: { message: string; type: string; param: string | null; code: string }; type?: string } = {};
  try {
    json = JSON.parse(text);
  } catch {
    /* asserted below */
  }
  return { status: res.statusCode, json, text, headers: res.headers };
}

const chat = '/v1/chat/completions';
const valid = JSON.stringify({ model: 'demo', messages: [{ role: 'user', content: 'hi' }] });

const openaiCases: [string, () => Promise<Awaited<ReturnType<typeof post>>>, number, string, string | null][] = [
  ['malformed JSON', () => post(chat, '{"model": "demo", "messages": ['), 400, 'invalid_json', null],
  ['empty body', () => post(chat, ''), 400, 'invalid_json', null],
  ['a JSON array', () => post(chat, '[1,2]'), 400, 'invalid_request', null],
  [
    'messages of the wrong type',
    () => post(chat, JSON.stringify({ model: 'demo', messages: 'hi' })),
    400,
    'invalid_request',
    'messages',
  ],
  [
    'a bad role',
    () => post(chat, JSON.stringify({ model: 'demo', messages: [{ role: 'robot', content: 'x' }] })),
    400,
    'invalid_request',
    'messages[0].role',
  ],
  [
    'temperature out of range',
    () => post(chat, JSON.stringify({ model: 'demo', temperature: 7, messages: [{ role: 'user', content: 'x' }] })),
    400,
    'invalid_request',
    'temperature',
  ],
  [
    'a missing model',
    () => post(chat, JSON.stringify({ messages: [{ role: 'user', content: 'x' }] })),
    400,
    'invalid_request',
    'model',
  ],
  [
    'an unknown model',
    () => post(chat, JSON.stringify({ model: 'nope', messages: [{ role: 'user', content: 'x' }] })),
    404,
    'model_not_found',
    'model',
  ],
  [
    'a body over the limit',
    () => post(chat, JSON.stringify({ model: 'demo', messages: [{ role: 'user', content: 'x'.repeat(1_200_000) }] })),
    413,
    'body_too_large',
    null,
  ],
  [
    'invalid UTF-8',
    () =>
      post(
        chat,
        Buffer.concat([
          Buffer.from('{"model":"demo","messages":[{"role":"user","content":"'),
          Buffer.from([0xc3, 0x28]),
          Buffer.from('"}]}'),
        ]),
      ),
    400,
    'invalid_utf8',
    null,
  ],
  [
    'a wrong content type',
    () => post(chat, valid, { 'content-type': 'text/plain' }),
    415,
    'unsupported_media_type',
    null,
  ],
  [
    'a compressed body',
    () => post(chat, gzipSync(valid), { 'content-encoding': 'gzip' }),
    415,
    'unsupported_media_type',
    null,
  ],
  ['a missing key', () => post(chat, valid, { authorization: '' }), 401, 'invalid_api_key', null],
  ['a wrong key', () => post(chat, valid, { authorization: 'Bearer lk-wrong' }), 401, 'invalid_api_key', null],
  ['an unknown route', () => post('/v1/nothing-here', valid), 404, 'not_found', null],
  [
    'embeddings without input',
    () => post('/v1/embeddings', JSON.stringify({ model: 'demo' })),
    400,
    'invalid_request',
    'input',
  ],
];

for (const [name, send, status, code, param] of openaiCases) {
  test(`OpenAI route: ${name} → ${status} ${code}`, async () => {
    const r = await send();
    assert.equal(r.status, status, r.text);
    assert.ok(r.json.error, `OpenAI error shape: ${r.text}`);
    assert.equal(r.json.error.code, code);
    assert.equal(typeof r.json.error.message, 'string');
    assert.ok(r.json.error.message.length > 5);
    assert.ok('type' in r.json.error && 'param' in r.json.error);
    if (param !== null) assert.equal(r.json.error.param, param);
    assert.ok(r.headers['x-request-id']);
  });
}

const messages = '/v1/messages';
const anthropicCases: [string, () => Promise<Awaited<ReturnType<typeof post>>>, number, string][] = [
  ['malformed JSON', () => post(messages, '{oops'), 400, 'invalid_request_error'],
  [
    'missing max_tokens',
    () => post(messages, JSON.stringify({ model: 'demo', messages: [{ role: 'user', content: 'x' }] })),
    400,
    'invalid_request_error',
  ],
  [
    'an unknown model',
    () => post(messages, JSON.stringify({ model: 'nope', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] })),
    404,
    'not_found_error',
  ],
  ['a wrong key', () => post(messages, valid, { authorization: 'Bearer nope' }), 401, 'authentication_error'],
];
for (const [name, send, status, type] of anthropicCases) {
  test(`Anthropic route: ${name} → ${status} ${type}`, async () => {
    const r = await send();
    assert.equal(r.status, status, r.text);
    const body = r.json as unknown as { type: string; error: { type: string; message: string } };
    assert.equal(body.type, 'error');
    assert.equal(body.error.type, type);
    assert.ok(body.error.message.length > 5);
  });
}

test("a known path called with another method is a 405 naming the allowed methods, in the route's format", async () => {
  const send = async (method: string, path: string) => {
    const res = await request(`${h.url}${path}`, {
      method: method as 'GET',
      headers: { authorization: `Bearer ${h.key}` },
    });
    const text = await res.body.text();
    return { status: res.statusCode, allow: res.headers.allow, json: JSON.parse(text), text };
  };
  const getChat = await send('GET', chat);
  assert.equal(getChat.status, 405, getChat.text);
  assert.equal(getChat.allow, 'POST');
  assert.equal(getChat.json.error.code, 'method_not_allowed');
  assert.equal(getChat.json.error.type, 'invalid_request_error');
  const getMessages = await send('GET', messages);
  assert.equal(getMessages.status, 405, getMessages.text);
  assert.equal(getMessages.json.type, 'error');
  assert.equal(getMessages.json.error.type, 'invalid_request_error');
  const deleteKey = await send('DELETE', '/admin/keys/key_123');
  assert.equal(deleteKey.status, 405, deleteKey.text);
  assert.equal(deleteKey.allow, 'GET, HEAD, PATCH');
  const putModel = await send('PUT', '/v1/models/org/model-x');
  assert.equal(putModel.status, 405, putModel.text);
  assert.equal(putModel.allow, 'GET, HEAD');
  // An unknown path stays a 404, whatever the method.
  const unknown = await send('GET', '/v1/nothing-here');
  assert.equal(unknown.status, 404, unknown.text);
  assert.equal(unknown.json.error.code, 'not_found');
  assert.equal(unknown.allow, undefined);
});

test('an unknown route answers an Anthropic client in its format, and names a doubled /v1', async () => {
  // The Anthropic SDK given ".../v1" as its base URL posts to /v1/v1/messages.
  const r = await post('/v1/v1/messages', valid, { 'anthropic-version': '2023-06-01' });
  assert.equal(r.status, 404, r.text);
  const body = r.json as unknown as { type: string; error: { type: string; message: string } };
  assert.equal(body.type, 'error');
  assert.equal(body.error.type, 'not_found_error');
  assert.match(body.error.message, /base URL holds \/v1 already/);
  // Without the header an unknown route keeps the OpenAI shape.
  const plain = await post('/v1/nothing-here', valid);
  assert.equal(plain.json.error?.code, 'not_found');
});

test('x-request-id is always generated; a client id is echoed as x-client-request-id', async () => {
  const given = await post(chat, valid, { 'x-request-id': 'my-trace-123' });
  assert.match(String(given.headers['x-request-id']), /^[0-9a-f-]{36}$/);
  assert.equal(given.headers['x-client-request-id'], 'my-trace-123');
  const generated = await post(chat, valid);
  assert.match(String(generated.headers['x-request-id']), /^[0-9a-f-]{36}$/);
});

test('after a burst of bad requests a valid request still succeeds', async () => {
  await Promise.all(Array.from({ length: 60 }, (_, i) => openaiCases[i % openaiCases.length][1]()));
  const ok = await post(chat, valid);
  assert.equal(ok.status, 200, ok.text);
  const health = await request(`${h.url}/healthz`);
  assert.equal(health.statusCode, 200);
  await health.body.text();
  const ready = await request(`${h.url}/readyz`);
  assert.equal(ready.statusCode, 200);
  assert.equal(JSON.parse(await ready.body.text()).checks.store, 'ok');
});

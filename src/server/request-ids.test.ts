// Request ids and client strings: the record id is Lintel's own (a client's x-request-id is only a correlation
// field), unauthenticated calls are counted but never stored, and every client string Lintel echoes or stores
// is bounded with a 400 that says so.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call } from '../access/testing/client.ts';
import { listRequests } from '../recording/queries.ts';
import { type Harness, simProviders, startHarness, TEST_KEY } from '../testing/harness.ts';

let h: Harness;
before(async () => {
  h = await startHarness(
    (u) => `${simProviders(u)}recording: { flush_interval_ms: 20 }
routes:
  - model: demo
    targets: [{ provider: sim, model: sim-small }]
`,
  );
});
after(() => h?.close());

const body = { model: 'demo', messages: [{ role: 'user', content: 'hi' }] };

async function metric(name: string, labels: RegExp): Promise<number> {
  const text = (await call(h.url, 'GET', '/metrics', null)).text;
  let sum = 0;
  for (const line of text.split('\n'))
    if (line.startsWith(name) && labels.test(line)) sum += Number(line.split(' ').pop());
  return sum;
}

test('two calls with the same x-request-id get two records with Lintel ids, the client id kept beside them', async () => {
  const a = await call(h.url, 'POST', '/v1/chat/completions', TEST_KEY, body, { 'x-request-id': 'dup-1' });
  const b = await call(h.url, 'POST', '/v1/chat/completions', TEST_KEY, body, { 'x-request-id': 'dup-1' });
  assert.equal(a.status, 200);
  assert.equal(b.status, 200);
  assert.notEqual(a.headers['x-request-id'], b.headers['x-request-id']);
  assert.notEqual(a.headers['x-request-id'], 'dup-1');
  assert.equal(a.headers['x-client-request-id'], 'dup-1');
  await h.lintel.recorder!.flush();
  const stored = (await listRequests(h.lintel.database, { limit: 100 })).data.filter(
    (r) => r.tags.client_request_id === 'dup-1',
  );
  assert.deepEqual(stored.map((r) => r.id).sort(), [a.headers['x-request-id'], b.headers['x-request-id']].sort());
  // The admin API finds each by Lintel's id.
  const one = await call(h.url, 'GET', `/admin/requests/${a.headers['x-request-id']}`, TEST_KEY);
  assert.equal(one.status, 200, one.text);
  // A client id that is not safe to log is ignored, not echoed.
  const unsafe = await call(h.url, 'POST', '/v1/chat/completions', TEST_KEY, body, { 'x-request-id': 'a b<c>' });
  assert.equal(unsafe.headers['x-client-request-id'], undefined);
});

test('unauthenticated calls are counted in metrics but never stored, with or without client tags', async () => {
  const before = await metric('lintel_requests_total', /status="401"/);
  const recordsBefore = h.records.length;
  for (let i = 0; i < 3; i++) {
    const r = await call(h.url, 'POST', '/v1/chat/completions', 'lk-wrong-key-0000000000', body, {
      'x-lintel-tags': 'planted=yes',
      'x-request-id': `anon-${i}`,
    });
    assert.equal(r.status, 401);
  }
  assert.equal(await metric('lintel_requests_total', /status="401"/), before + 3);
  assert.equal(h.records.length, recordsBefore, 'no record was handed to the recorder');
  await h.lintel.recorder!.flush();
  const stored = (await listRequests(h.lintel.database, { limit: 500 })).data;
  assert.equal(stored.filter((r) => r.status === 401 || r.tags.planted !== undefined).length, 0);
});

test('over-long model names, tags and end-user ids are refused with the limit named, never truncated', async () => {
  const cases: [string, Record<string, unknown>, Record<string, string>, RegExp, string][] = [
    ['/v1/chat/completions', { ...body, model: 'm'.repeat(300) }, {}, /longer than 256 characters/, 'model'],
    ['/v1/chat/completions', { ...body, user: 'u'.repeat(300) }, {}, /longer than 256/, 'user'],
    ['/v1/chat/completions', body, { 'x-lintel-tags': `k=${'v'.repeat(600)}` }, /longer than 512/, 'x-lintel-tags'],
    ['/v1/chat/completions', body, { 'x-lintel-tags': `${'k'.repeat(70)}=v` }, /longer than 64/, 'x-lintel-tags'],
    [
      '/v1/chat/completions',
      body,
      { 'x-lintel-tags': Array.from({ length: 40 }, (_, i) => `t${i}=v`).join(',') },
      /At most 32 tags/,
      'x-lintel-tags',
    ],
    ['/v1/chat/completions', { ...body, metadata: { note: 'n'.repeat(600) } }, {}, /longer than 512/, 'metadata'],
    ['/v1/chat/completions', body, { 'x-lintel-end-user': 'e'.repeat(300) }, /longer than 256/, 'x-lintel-end-user'],
    // Lintel's own tags are facts its lineage reads (lintel.model_version): a client may not plant one.
    ['/v1/chat/completions', body, { 'x-lintel-tags': 'lintel.model_version=support/3' }, /reserved/, 'x-lintel-tags'],
    ['/v1/chat/completions', { ...body, metadata: { 'lintel.deployment': 'dep_1' } }, {}, /reserved/, 'metadata'],
  ];
  for (const [path, b, headers, message, param] of cases) {
    const r = await call(h.url, 'POST', path, TEST_KEY, b, headers);
    assert.equal(r.status, 400, `${param}: ${r.text}`);
    assert.match(r.json.error.message, message);
    assert.equal(r.json.error.param, param);
    assert.ok(r.text.length < 1000, 'the error does not echo the long value back');
  }
  const anth = await call(h.url, 'POST', '/v1/messages', TEST_KEY, {
    model: 'x'.repeat(5000),
    max_tokens: 5,
    messages: [{ role: 'user', content: 'hi' }],
  });
  assert.equal(anth.status, 400);
  assert.equal(anth.json.type, 'error');
  assert.match(anth.json.error.message, /longer than 256/);
  // Within the limits, tags are stored as sent.
  const ok = await call(h.url, 'POST', '/v1/chat/completions', TEST_KEY, body, { 'x-lintel-tags': 'team=search' });
  assert.equal(ok.status, 200);
  await h.lintel.recorder!.flush();
  const rec = h.records.find((r) => r.id === ok.headers['x-request-id']);
  assert.equal(rec?.tags.team, 'search');
  // Header bytes are UTF-8 as curl and the SDKs send them (a header string here is one char per byte).
  const utf8 = Buffer.from('team=Zürich,owner=José', 'utf8').toString('latin1');
  const intl = await call(h.url, 'POST', '/v1/chat/completions', TEST_KEY, body, { 'x-lintel-tags': utf8 });
  assert.equal(intl.status, 200);
  await h.lintel.recorder!.flush();
  const intlRec = h.records.find((r) => r.id === intl.headers['x-request-id']);
  assert.deepEqual([intlRec?.tags.team, intlRec?.tags.owner], ['Zürich', 'José']);
});

test('every answer carries x-request-id: model lists (both shapes), admin reads and health checks too', async () => {
  const answers = [
    await call(h.url, 'GET', '/v1/models', TEST_KEY),
    await call(h.url, 'GET', '/v1/models/demo', TEST_KEY),
    await call(h.url, 'GET', '/v1/models', TEST_KEY, undefined, { 'anthropic-version': '2023-06-01' }),
    await call(h.url, 'GET', '/admin/keys', TEST_KEY),
    await call(h.url, 'GET', '/healthz', null),
  ];
  for (const a of answers) {
    assert.equal(a.status, 200, a.text);
    assert.match(String(a.headers['x-request-id']), /^[0-9a-f]{8}-[0-9a-f]{4}-7/);
  }
  // The Anthropic shape carries the same id under its SDK's header name too.
  assert.equal(answers[2]?.headers['request-id'], answers[2]?.headers['x-request-id']);
});

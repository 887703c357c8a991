// Slow and idle clients over real sockets: a client trickling one byte per second is cut at the request timeout
// with a 408 in the API's format, and connections beyond server.max_connections get a clear 503.
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, test } from 'node:test';
import { call } from '../access/testing/client.ts';
import { type Harness, simProviders, startHarness, TEST_KEY } from '../testing/harness.ts';

let h: Harness;
const HEADERS_MS = 2500;
const REQUEST_MS = 3500;
before(async () => {
  h = await startHarness(
    (u) => `${simProviders(u)}server:
  headers_timeout_ms: ${HEADERS_MS}
  request_timeout_ms: ${REQUEST_MS}
  max_connections: 3
routes:
  - model: demo
    targets: [{ provider: sim, model: sim-small }]
  - model: slow
    targets: [{ provider: sim, model: sim-slow }]
`,
    { sim: { models: { 'sim-slow': { latencyMs: REQUEST_MS + 1500 } } } },
  );
});
after(() => h?.close());

function open(): Promise<Socket> {
  const { port } = new URL(h.url);
  return new Promise((resolve, reject) => {
    const s = connect(Number(port), '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
}

/** Writes `head` at once, then `trickle` one byte per second until the server closes the connection. */
async function trickle(head: string, drip: string): Promise<{ out: string; ms: number; sent: number }> {
  const s = await open();
  const t0 = Date.now();
  let out = '';
  let sent = 0;
  s.on('data', (d) => {
    out += d;
  });
  s.on('error', () => {});
  s.write(head);
  const timer = setInterval(() => {
    if (sent < drip.length && s.writable) s.write(drip[sent++]);
  }, 1000);
  await new Promise((r) => s.once('close', r));
  clearInterval(timer);
  return { out, ms: Date.now() - t0, sent };
}

function parsed(out: string): { status: number; body: Record<string, unknown> } {
  const [head, body] = out.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), body: JSON.parse(body) };
}

test('a body sent one byte per second is cut at request_timeout_ms with a 408 in the caller’s format', async () => {
  const json = JSON.stringify({ model: 'demo', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] });
  const r = await trickle(
    `POST /v1/messages HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TEST_KEY}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${json.length}\r\n\r\n`,
    json,
  );
  assert.ok(r.sent < json.length, 'the server gave up before the body was complete');
  assert.ok(r.ms >= REQUEST_MS - 200 && r.ms < REQUEST_MS + 3000, `closed after ${r.ms} ms`);
  const { status, body } = parsed(r.out);
  assert.equal(status, 408, r.out);
  assert.equal(body.type, 'error', 'Anthropic format on the Messages route');
  assert.match((body.error as { message: string }).message, /request_timeout_ms/);
});

test('headers sent one byte per second are cut at headers_timeout_ms with a 408', async () => {
  const r = await trickle('GET /v1/models HTTP/1.1\r\nHost: x\r\n', 'X-Slow: abcdefghijklmnopqrstuvwxyz\r\n\r\n');
  assert.ok(r.ms >= HEADERS_MS - 200 && r.ms < HEADERS_MS + 3000, `closed after ${r.ms} ms`);
  const { status, body } = parsed(r.out);
  assert.equal(status, 408, r.out);
  assert.equal((body.error as { code: string }).code, 'request_timeout');
});

test('a connection beyond server.max_connections is refused with 503 server_busy, then capacity returns', async () => {
  const idle = [await open(), await open(), await open()];
  try {
    // Wait until the server has accepted all three.
    for (let i = 0; i < 200; i++) {
      const n = await new Promise<number>((r) => h.lintel.app.server.getConnections((_e, c) => r(c)));
      if (n >= 3) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const s = await open();
    let out = '';
    s.on('data', (d) => {
      out += d;
    });
    s.write('POST /v1/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}');
    await new Promise((r) => s.once('close', r));
    const { status, body } = parsed(out);
    assert.equal(status, 503, out);
    assert.match(out.toLowerCase(), /connection: close/);
    assert.equal(body.type, 'error', 'Anthropic format on the Messages route');
    assert.match((body.error as { message: string }).message, /max_connections/);
  } finally {
    for (const s of idle) s.destroy();
  }
  // Once the idle connections are gone, a new client is served.
  for (let i = 0; i < 200; i++) {
    const n = await new Promise<number>((r) => h.lintel.app.server.getConnections((_e, c) => r(c)));
    if (n === 0) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  const ok = await call(h.url, 'GET', '/v1/models', TEST_KEY, undefined, { connection: 'close' });
  assert.equal(ok.status, 200, ok.text);
});

test('an answer that takes longer than request_timeout_ms is not cut: the timeout bounds receiving, not serving', async () => {
  const r = await call(h.url, 'POST', '/v1/chat/completions', TEST_KEY, {
    model: 'slow',
    messages: [{ role: 'user', content: 'take your time' }],
  });
  assert.equal(r.status, 200, r.text);
});

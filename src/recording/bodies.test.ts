// Bodies: off by default, opt-in per route, stored apart from the record and sealed with the tenant's data key;
// shredding the tenant makes them unreadable while the audit chain still verifies.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { request } from 'undici';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';

let h: Harness;

async function call(method: string, path: string, body?: unknown) {
  const r = await request(`${h.url}${path}`, {
    method: method as 'GET',
    headers: { authorization: `Bearer ${h.key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await r.body.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    /* an SSE body */
  }
  return { status: r.statusCode, json, headers: r.headers };
}

before(async () => {
  h = await startHarness(
    (u) => `${simProviders(u)}
recording: { flush_interval_ms: 20 }
routes:
  - model: logged
    record_bodies: true
    targets: [{ provider: sim, model: m }]
  - model: plain
    targets: [{ provider: sim, model: m }]
`,
  );
});
after(() => h.close());

const chat = (model: string, content: string, stream = false) =>
  call('POST', '/v1/chat/completions', { model, stream, messages: [{ role: 'user', content }] });

/**
 * The stored record of a request, waiting for it: the record and its sealed bodies are written after the client has
 * its answer (sealing is asynchronous), so poll — flushing each time — instead of sleeping a guessed interval.
 */
async function stored(id: unknown) {
  assert.equal(typeof id, 'string', 'the response names its request id');
  const deadline = Date.now() + 5000;
  for (;;) {
    await h.lintel.recorder!.flush();
    const r = await call('GET', `/admin/requests/${id}`);
    if (r.status === 200) return r;
    if (Date.now() > deadline) throw new Error(`request ${id} was never stored (${r.status})`);
    await new Promise((res) => setTimeout(res, 20));
  }
}

test('bodies are recorded only when opted in, sealed at rest, readable through the admin API', async () => {
  const a = await chat('logged', 'the secret recipe is saffron');
  const b = await chat('plain', 'nothing to keep here');
  const s = await chat('logged', 'stream this one', true);
  const ra = await stored(a.headers['x-request-id']);
  assert.match(ra.json.bodies.request, /the secret recipe is saffron/);
  assert.match(ra.json.bodies.response, /Simulated reply to: the secret recipe/);
  assert.equal(ra.json.bodies.shredded, false);
  const rs = await stored(s.headers['x-request-id']);
  assert.match(rs.json.bodies.response, /^data: /, 'a stream body is the SSE the client received');
  const rb = await stored(b.headers['x-request-id']);
  assert.equal(rb.json.bodies, undefined, 'off by default');
  const raw = await sql<{ body: string }>`SELECT body FROM request_bodies`.execute(h.lintel.database.db);
  assert.equal(raw.rows.length, 4);
  for (const row of raw.rows)
    assert.ok(!row.body.includes('saffron') && !row.body.includes('stream this'), 'sealed at rest');
});

test('shredding the tenant makes its bodies unreadable; the audit chain still verifies', async () => {
  const a = await chat('logged', 'to be forgotten');
  await stored(a.headers['x-request-id']);
  const shred = await call('POST', '/admin/tenants/_global/shred', { reason: 'erasure request' });
  assert.equal(shred.status, 200, JSON.stringify(shred.json));
  assert.ok(shred.json.keys_destroyed >= 1);
  const r = await call('GET', `/admin/requests/${a.headers['x-request-id']}`);
  assert.equal(r.json.bodies.shredded, true);
  assert.equal(r.json.bodies.request, null);
  assert.equal(r.json.status, 200, 'the record itself stays');
  const v = await call('GET', '/admin/audit/verify');
  assert.equal(v.status, 200);
  assert.equal(v.json.ok, true);
  // New traffic gets a fresh key and is readable again.
  const b = await chat('logged', 'after the shred');
  const rb = await stored(b.headers['x-request-id']);
  assert.match(rb.json.bodies.request, /after the shred/);
});

// `registry:NAME@ALIAS` (and registry-backed routes) on every OpenAI endpoint, through the OpenAI SDK: chat,
// embeddings and the Responses API pick the alias's version, tag the request log with it, and follow the alias.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import OpenAI from 'openai';
import type { Harness } from '../../testing/harness.ts';
import { type Admin, adminClient, startLifecycleHarness, upstream } from '../testing/fixture.ts';

let h: Harness;
let admin: Admin;
let openai: OpenAI;

before(async () => {
  h = await startLifecycleHarness();
  admin = adminClient(h);
  openai = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
  await admin('POST', '/admin/models', { name: 'embedder' });
  await admin('POST', '/admin/models/embedder/versions', upstream('sim-embed'));
  await admin('POST', '/admin/models/embedder/versions', upstream('sim-embed-2'));
  assert.equal((await admin('PUT', '/admin/models/embedder/aliases/prod', { version: 1 })).status, 200);
  await admin('POST', '/admin/models', { name: 'support' });
  await admin('POST', '/admin/models/support/versions', upstream('sum-good', { system_prompt: 'Be brief.' }));
  await admin('POST', '/admin/models/support/versions', upstream('sum-good2'));
  assert.equal((await admin('PUT', '/admin/models/support/aliases/champion', { version: 1 })).status, 200);
});
after(() => h.close());

/** The record of the request whose response carried this request id. */
async function recordOf(id: string | null) {
  assert.ok(id, 'x-request-id header');
  for (let i = 0; i < 250; i++) {
    const r = h.records.find((x) => x.id === id);
    if (r) return r;
    await new Promise((res) => setTimeout(res, 20));
  }
  throw new Error(`no record for ${id}`);
}

test('embeddings: registry:NAME@ALIAS picks the version, and moving the alias moves the traffic', async () => {
  const first = await openai.embeddings.create({ model: 'registry:embedder@prod', input: 'hello' }).withResponse();
  assert.equal(first.response.headers.get('x-lintel-target'), 'sim/sim-embed');
  assert.ok(first.data.data[0].embedding.length > 0);
  const rec = await recordOf(first.response.headers.get('x-request-id'));
  assert.equal(rec.tags['lintel.model_version'], 'embedder/1');
  assert.equal(rec.endpoint, 'embeddings');
  assert.equal((await admin('PUT', '/admin/models/embedder/aliases/prod', { version: 2 })).status, 200);
  const moved = await openai.embeddings.create({ model: 'registry:embedder@prod', input: ['a', 'b'] }).withResponse();
  assert.equal(moved.response.headers.get('x-lintel-target'), 'sim/sim-embed-2');
  assert.equal(moved.data.data.length, 2);
  const pinned = await openai.embeddings.create({ model: 'registry:embedder/1', input: 'x' }).withResponse();
  assert.equal(pinned.response.headers.get('x-lintel-target'), 'sim/sim-embed');
});

test('embeddings: an alias naming no version and an unknown model are 404s in the OpenAI error format', async () => {
  await assert.rejects(openai.embeddings.create({ model: 'registry:embedder@nope', input: 'x' }), (e: unknown) => {
    const err = e as { status: number; error: { code?: string; param?: string } };
    assert.equal(err.status, 404);
    assert.equal(err.error.param, 'model');
    return true;
  });
  await assert.rejects(openai.embeddings.create({ model: 'registry:ghost@prod', input: 'x' }), (e: unknown) => {
    assert.equal((e as { status: number }).status, 404);
    return true;
  });
});

test('Responses API: registry:NAME@ALIAS picks the version and follows the alias; the registry route works too', async () => {
  const r = await openai.responses.create({ model: 'registry:support@champion', input: 'say kiwi42' }).withResponse();
  assert.equal(r.response.headers.get('x-lintel-target'), 'sim/sum-good');
  assert.match(r.data.output_text, /kiwi42/);
  const rec = await recordOf(r.response.headers.get('x-request-id'));
  assert.equal(rec.endpoint, 'responses');
  assert.equal(rec.tags['lintel.model_version'], 'support/1');
  assert.match(JSON.stringify(rec.explanation), /registry support@champion → v1/);
  assert.equal((await admin('PUT', '/admin/models/support/aliases/champion', { version: 2 })).status, 200);
  const moved = await openai.responses.create({ model: 'registry:support@champion', input: 'again' }).withResponse();
  assert.equal(moved.response.headers.get('x-lintel-target'), 'sim/sum-good2');
  // The registry-backed route `support` works on the Responses API too.
  const viaRoute = await openai.responses.create({ model: 'support', input: 'route' }).withResponse();
  assert.equal(viaRoute.response.headers.get('x-lintel-target'), 'sim/sum-good2');
  await assert.rejects(openai.responses.create({ model: 'registry:support@nope', input: 'x' }), (e: unknown) => {
    assert.equal((e as { status: number }).status, 404);
    return true;
  });
});

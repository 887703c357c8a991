// POST /v1/feedback through a real node: scores its own tenant's requests, 404 for unknown and foreign
// request ids (never 403), 400 naming the field, idempotent replays, request-time tags, rollups and the
// admin reads next to the request.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, mustCall } from '../../access/testing/client.ts';
import { simProviders } from '../../testing/harness.ts';
import { startMonitoringNode, type MonitoringNode } from '../testing/node.ts';

let n: MonitoringNode;
const keys: Record<string, string> = {};

async function chat(key: string, headers: Record<string, string> = {}): Promise<string> {
  const r = await call(
    n.h.url,
    'POST',
    '/v1/chat/completions',
    key,
    { model: 'm', messages: [{ role: 'user', content: 'hello there' }] },
    headers,
  );
  assert.equal(r.status, 200, r.text);
  return r.headers['x-request-id'];
}

before(async () => {
  n = await startMonitoringNode(
    (u) => `${simProviders(u)}routes:\n  - model: m\n    targets: [{ provider: sim, model: gpt-4o-mini }]\n`,
  );
  for (const t of ['acme', 'globex']) {
    await mustCall(n.h.url, 'POST', '/admin/tenants', n.h.key, { name: t });
    await mustCall(n.h.url, 'POST', `/admin/tenants/${t}/teams`, n.h.key, { name: 'core' });
    keys[t] = (
      await mustCall(n.h.url, 'POST', '/admin/keys', n.h.key, {
        name: `${t}-app`,
        tenant: t,
        team: 'core',
        role: 'developer',
      })
    ).key;
  }
});
after(() => n.h.close());

describe('POST /v1/feedback', () => {
  it('stores feedback on its own request, replays idempotently and updates in place', async () => {
    const id = await chat(keys.acme);
    const body = { request_id: id, name: 'helpful', thumbs: 'up', comment: 'great', source: 'user' };
    const first = await call(n.h.url, 'POST', '/v1/feedback', keys.acme, body);
    assert.equal(first.status, 201, first.text);
    assert.equal(first.json.value, 1);
    assert.equal(first.json.route, 'm');
    const replay = await call(n.h.url, 'POST', '/v1/feedback', keys.acme, body);
    assert.equal(replay.status, 200);
    assert.equal(replay.json.replayed, true);
    assert.equal(replay.json.created_at, first.json.created_at);
    // Another source is another score; the same source with a new value replaces the old one.
    assert.equal(
      (await call(n.h.url, 'POST', '/v1/feedback', keys.acme, { ...body, source: 'reviewer', thumbs: 'down' })).status,
      201,
    );
    const changed = await call(n.h.url, 'POST', '/v1/feedback', keys.acme, { ...body, thumbs: 'down' });
    assert.equal(changed.status, 200);
    assert.equal(changed.json.value, 0);
    // Rolled up: the user's score counts once (replaced, not added): 2 scores, mean 0.
    const sig = await mustCall(n.h.url, 'GET', '/admin/monitors/signals?route=m&minutes=5', n.h.key);
    assert.deepEqual(sig.data[0].signals.scores.helpful, { mean: 0, count: 2 });
    // Shown with the request.
    const shown = await mustCall(n.h.url, 'GET', `/admin/requests/${id}/feedback`, n.h.key);
    assert.equal(shown.data.length, 2);
    assert.deepEqual(shown.summary.helpful, { count: 2, mean: 0 });
    // The tenant's own developer sees it; the other tenant's does not see the request at all.
    assert.equal((await call(n.h.url, 'GET', `/admin/requests/${id}/feedback`, keys.acme)).status, 200);
    assert.equal((await call(n.h.url, 'GET', `/admin/requests/${id}/feedback`, keys.globex)).status, 404);
    const listed = await mustCall(n.h.url, 'GET', `/admin/feedback?request_id=${id}`, keys.globex);
    assert.equal(listed.data.length, 0);
  });

  it('answers 404 for an unknown request and for another tenant’s request (never 403)', async () => {
    const id = await chat(keys.acme);
    const unknown = await call(n.h.url, 'POST', '/v1/feedback', keys.acme, {
      request_id: 'req_nope',
      name: 'x',
      value: 1,
    });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.json.error.code, 'not_found');
    assert.equal(unknown.json.error.param, 'request_id');
    const foreign = await call(n.h.url, 'POST', '/v1/feedback', keys.globex, { request_id: id, name: 'x', value: 1 });
    assert.equal(foreign.status, 404);
    assert.equal(foreign.json.error.message, unknown.json.error.message.replace('req_nope', id));
    // The master key (global) may score any request.
    assert.equal(
      (
        await call(n.h.url, 'POST', '/v1/feedback', n.h.key, {
          request_id: id,
          name: 'x',
          value: 0.5,
          source: 'reviewer',
        })
      ).status,
      201,
    );
    assert.equal(
      (await call(n.h.url, 'POST', '/v1/feedback', null, { request_id: id, name: 'x', value: 1 })).status,
      401,
    );
  });

  it('answers 400 naming the field, in the OpenAI error format', async () => {
    const id = await chat(keys.acme);
    const cases: [unknown, string][] = [
      [{ request_id: id, name: 'x', value: 'high' }, 'value'],
      [{ request_id: id, name: 'x', value: 1, label: 'good' }, 'label'],
      [{ request_id: id, name: 'x' }, 'value'],
      [{ request_id: id, name: 'bad name!', value: 1 }, 'name'],
      [{ request_id: id, name: 'x', thumbs: 'sideways' }, 'thumbs'],
      [{ request_id: id, name: 'x', value: 1, source: 'robot' }, 'source'],
      [{ name: 'x', value: 1 }, 'request_id'],
      [{ request_id: id, name: 'x', value: 1, extra: true }, 'extra'],
    ];
    for (const [body, field] of cases) {
      const r = await call(n.h.url, 'POST', '/v1/feedback', keys.acme, body);
      assert.equal(r.status, 400, `${JSON.stringify(body)} → ${r.status}`);
      assert.equal(r.json.error.type, 'invalid_request_error');
      assert.equal(r.json.error.param, field, JSON.stringify(r.json));
    }
    const none = await mustCall(n.h.url, 'GET', `/admin/feedback?request_id=${id}`, n.h.key);
    assert.equal(none.data.length, 0, 'nothing stored by bad requests');
  });

  it('takes feedback at request time from metadata / x-lintel-tags', async () => {
    const id = await chat(keys.acme, { 'x-lintel-tags': 'feedback.expected_json=down,feedback.topic=billing' });
    let rows: { name: string; value: number | null; label: string | null; source: string }[] = [];
    for (let i = 0; i < 50 && rows.length < 2; i++) {
      rows = (await mustCall(n.h.url, 'GET', `/admin/feedback?request_id=${id}`, n.h.key)).data;
      if (rows.length < 2) await new Promise((r) => setImmediate(r));
    }
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    assert.equal(byName.expected_json.value, 0);
    assert.equal(byName.expected_json.source, 'system');
    assert.equal(byName.topic.label, 'billing');
  });
});

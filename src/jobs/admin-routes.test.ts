// The job runner's admin API through the real server: list, show, cancel, retry, and who may do what.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { request } from 'undici';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';

let h: Harness;
before(async () => {
  h = await startHarness(
    (u) => `${simProviders(u)}\nroutes:\n  - model: demo\n    targets: [{ provider: sim, model: demo }]\n`,
  );
});
after(() => h?.close());

const call = async (method: 'GET' | 'POST', path: string, key = h.key) => {
  const r = await request(`${h.url}${path}`, { method, headers: { authorization: `Bearer ${key}` } });
  return { status: r.statusCode, body: (await r.body.json()) as Record<string, unknown> };
};

test('a dead job is listed, shown and retried; cancel and retry answer 409 when the state does not allow them', async () => {
  let fail = true;
  h.lintel.jobs.handle(
    'admin-test',
    async () => {
      if (fail) throw new Error('upstream judge down');
      return { ok: true };
    },
    { maxAttempts: 1, backoffMs: 0 },
  );
  const id = await h.lintel.jobs.enqueue('admin-test', { dataset: 'd1' });
  await h.lintel.jobs.wait(id, { timeoutMs: 10_000 });

  const list = await call('GET', '/admin/jobs?queue=admin-test&state=dead');
  assert.equal(list.status, 200);
  assert.equal(list.body.engine, 'table');
  const [job] = list.body.data as { id: string; error: string }[];
  assert.equal(job?.id, id);
  assert.match(job?.error ?? '', /upstream judge down/);

  assert.equal((await call('POST', `/admin/jobs/${id}/cancel`)).status, 409);
  fail = false;
  const retried = await call('POST', `/admin/jobs/${id}/retry`);
  assert.equal(retried.status, 200);
  const done = await h.lintel.jobs.wait(id, { timeoutMs: 10_000 });
  assert.equal(done.state, 'completed');
  const shown = await call('GET', `/admin/jobs/${id}`);
  assert.deepEqual(shown.body.result, { ok: true });
  const again = await call('POST', `/admin/jobs/${id}/retry`);
  assert.equal(again.status, 409);
  assert.match(String((again.body.error as { message: string }).message), /Only dead jobs/);
});

test('bad filters are 400 naming the field; unknown ids 404; tenant-bound keys are refused', async () => {
  const bad = await call('GET', '/admin/jobs?state=sleeping');
  assert.equal(bad.status, 400);
  assert.equal((bad.body.error as { param: string }).param, 'state');
  assert.equal((await call('GET', '/admin/jobs?limit=0')).status, 400);
  assert.equal((await call('GET', '/admin/jobs?queue=a&queue=b')).status, 400);
  assert.equal((await call('GET', '/admin/jobs/not-a-job')).status, 404);

  const tenant = await request(`${h.url}/admin/tenants`, {
    method: 'POST',
    headers: { authorization: `Bearer ${h.key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'acme' }),
  });
  assert.equal(tenant.statusCode, 201, await tenant.body.text());
  const key = await request(`${h.url}/admin/keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${h.key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tenant: 'acme', role: 'admin', name: 'tenant-admin' }),
  });
  const created = (await key.body.json()) as { key: string };
  assert.ok(created.key, 'key created');
  assert.equal((await call('GET', '/admin/jobs', created.key)).status, 403);
});

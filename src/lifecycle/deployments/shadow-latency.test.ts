// Shadow traffic adds no client latency: the candidate (a 300 ms upstream) is called after the client's answer.
// Measures client p50/p95 over the same sequential requests without and with a shadow deployment (sample rate 1).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import OpenAI from 'openai';
import type { Harness } from '../../testing/harness.ts';
import { percentile } from '../util.ts';
import { type Admin, adminClient, startLifecycleHarness, upstream } from '../testing/fixture.ts';

let h: Harness;
let admin: Admin;
let openai: OpenAI;

before(async () => {
  h = await startLifecycleHarness();
  admin = adminClient(h);
  openai = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
  await admin('POST', '/admin/models', { name: 'support' });
  await admin('POST', '/admin/models/support/versions', upstream('sum-good'));
  await admin('POST', '/admin/models/support/versions', upstream('sum-slow')); // 300 ms upstream
  await admin('PUT', '/admin/models/support/aliases/champion', { version: 1 });
});
after(() => h.close());

async function clientLatencies(n: number): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const r = await openai.chat.completions
      .create({ model: 'support', messages: [{ role: 'user', content: `lat ${i}` }] })
      .withResponse();
    out.set(r.response.headers.get('x-request-id') as string, performance.now() - t);
  }
  return out;
}

const stats = (xs: number[]) => ({ p50: percentile(xs, 50) as number, p95: percentile(xs, 95) as number });

test('a shadow deployment does not slow the client down', async () => {
  await clientLatencies(20); // warm-up
  const base = stats([...(await clientLatencies(100)).values()]);
  // Half the requests are shadowed: sampled and unsampled requests share the same moments and machine load, so the
  // comparison isolates what the shadow call itself costs the client.
  const dep = await admin('POST', '/admin/deployments', {
    route: 'support',
    candidate: 2,
    strategy: 'shadow',
    sample_rate: 0.5,
  });
  assert.equal(dep.status, 201, dep.text);
  const lat = await clientLatencies(200);
  const sampledIds = new Set(
    h.records.filter((r) => r.explanation?.checks.some((c) => /shadow copy/.test(c.outcome))).map((r) => r.id),
  );
  const sampled = [...lat].filter(([id]) => sampledIds.has(id)).map(([, ms]) => ms);
  const unsampled = [...lat].filter(([id]) => !sampledIds.has(id)).map(([, ms]) => ms);
  assert.ok(sampled.length > 60 && unsampled.length > 60, `${sampled.length} sampled, ${unsampled.length} not`);
  const [s, u] = [stats(sampled), stats(unsampled)];
  console.log(
    `client latency ms: no deployment p50 ${base.p50.toFixed(2)} p95 ${base.p95.toFixed(2)}; ` +
      `shadowed p50 ${s.p50.toFixed(2)} p95 ${s.p95.toFixed(2)}; not shadowed p50 ${u.p50.toFixed(2)} p95 ${u.p95.toFixed(2)}`,
  );
  // The shadow upstream alone takes 300 ms: were it on the client's path, shadowed requests would be that much slower.
  // (The client runs in the node's process here, so the shadow call's own CPU work can touch it by a few ms.)
  assert.ok(s.p50 < u.p50 + 100, `shadowed p50 ${s.p50} vs ${u.p50}`);
  // Shadow copies are jobs: they finish some time after the clients' answers (a 300 ms upstream each).
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    const st = (await admin('GET', `/admin/deployments/${dep.json.id}`)).json;
    if (st.shadow.compared === sampled.length) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.fail('not every shadowed request was compared and stored');
});

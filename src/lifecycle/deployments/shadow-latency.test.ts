// Shadow traffic adds no client latency: the candidate (40 ms slower upstream) is called after the client's answer.
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
  await admin('POST', '/admin/models/support/versions', upstream('sum-bad'));
  await admin('PUT', '/admin/models/support/aliases/champion', { version: 1 });
});
after(() => h.close());

async function clientLatencies(n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await openai.chat.completions.create({ model: 'support', messages: [{ role: 'user', content: `lat ${i}` }] });
    out.push(performance.now() - t);
  }
  return out;
}

test('a shadow deployment does not slow the client down', async () => {
  await clientLatencies(20); // warm-up
  const base = await clientLatencies(150);
  const dep = await admin('POST', '/admin/deployments', {
    route: 'support',
    candidate: 2,
    strategy: 'shadow',
    sample_rate: 1,
  });
  assert.equal(dep.status, 201, dep.text);
  const shadowed = await clientLatencies(150);
  const stats = (xs: number[]) => ({ p50: percentile(xs, 50) as number, p95: percentile(xs, 95) as number });
  const [b, s] = [stats(base), stats(shadowed)];
  console.log(
    `client latency ms: without shadow p50 ${b.p50.toFixed(2)} p95 ${b.p95.toFixed(2)}; with shadow p50 ${s.p50.toFixed(2)} p95 ${s.p95.toFixed(2)}`,
  );
  // The shadow upstream alone takes 40 ms: were it on the client's path, p50 would rise by at least that.
  assert.ok(s.p50 < b.p50 + 20, `p50 ${s.p50} vs ${b.p50}`);
  const status = (await admin('GET', `/admin/deployments/${dep.json.id}`)).json;
  assert.ok(status.shadow.compared > 100, `${status.shadow.compared} shadow comparisons stored`);
});

// A provider configured with `credential: NAME` authenticates upstream with the key stored through
// /admin/provider-credentials: the global one, or a tenant's own credential of that name for its requests.
// The simulator requires one upstream key, so a wrong or missing key shows as a refused call.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import OpenAI from 'openai';
import { type Harness, startHarness } from '../testing/harness.ts';
import { mustCall } from './testing/client.ts';

const UPSTREAM_KEY = 'sk-upstream-only-lintel-knows';
let h: Harness;
let tenantKey: string;

before(async () => {
  h = await startHarness(
    (u) => `providers:
  sim:
    kind: openai-compatible
    base_url: ${u}/v1
    credential: upstream
  sim-anthropic:
    kind: anthropic
    base_url: ${u}
    credential: upstream
routes:
  - model: m
    targets: [{ provider: sim, model: gpt-4o-mini }]
  - model: claude
    targets: [{ provider: sim-anthropic, model: claude-x }]
`,
    { sim: { apiKey: UPSTREAM_KEY } },
  );
  await mustCall(h.url, 'POST', '/admin/tenants', h.key, { name: 'acme' });
  tenantKey = (await mustCall(h.url, 'POST', '/admin/keys', h.key, { name: 'app', tenant: 'acme' })).key;
});
after(() => h.close());

/**
 * true: the call succeeded; false: the upstream refused Lintel's upstream key (Lintel answers 503 naming the
 * upstream's 401). Any other failure is not what these tests are about and fails them loudly.
 */
const ask = (key: string, model = 'm') =>
  new OpenAI({ baseURL: `${h.url}/v1`, apiKey: key, maxRetries: 0 }).chat.completions
    .create({ model, messages: [{ role: 'user', content: 'hi' }] })
    .then(
      (r) => {
        assert.ok(r.choices[0].message.content, 'an answer with content');
        return true;
      },
      (err: unknown) => {
        const e = err as { status?: number; message?: string };
        const upstreamRefusedKey = e.status === 503 && /last error: http_401\)/.test(e.message ?? '');
        if (!upstreamRefusedKey) throw err;
        return false;
      },
    );

async function eventually(check: () => Promise<boolean>, want: boolean, what: string): Promise<void> {
  const deadline = Date.now() + 3000;
  while ((await check()) !== want) {
    if (Date.now() > deadline) assert.fail(what);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('no stored credential: the upstream refuses; once stored, calls in both dialects carry it', async () => {
  assert.equal(await ask(h.key), false, 'no credential stored yet');
  const stored = await mustCall(h.url, 'POST', '/admin/provider-credentials', h.key, {
    name: 'upstream',
    provider: 'sim',
    api_key: UPSTREAM_KEY,
  });
  assert.equal(JSON.stringify(stored).includes(UPSTREAM_KEY), false, 'the key is never returned');
  await eventually(() => ask(h.key), true, 'the stored credential is used within 3 s');
  assert.equal(await ask(h.key, 'claude'), true, 'Anthropic format: x-api-key from the same credential');
  assert.equal(await ask(tenantKey), true, 'a tenant without its own credential uses the global one');
});

test("a tenant's own credential of that name serves its requests only; deleting it falls back to the global one", async () => {
  const own = await mustCall(h.url, 'POST', '/admin/provider-credentials', h.key, {
    name: 'upstream',
    provider: 'sim',
    api_key: 'sk-acme-revoked-upstream-key',
    tenant: 'acme',
  });
  await eventually(() => ask(tenantKey), false, "acme's (wrong) key is used for acme");
  assert.equal(await ask(h.key), true, 'other callers keep the global credential');
  await mustCall(h.url, 'DELETE', `/admin/provider-credentials/${own.id}`, h.key);
  await eventually(() => ask(tenantKey), true, 'acme falls back to the global credential');
});

// Key hierarchy through the real server: a key created by a key created by a key is bounded by every key above
// it — models, rate limits, budgets, guard sets — and revoking the root disables the whole chain.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';
import { call, chat, mustCall } from './testing/client.ts';

let h: Harness;

before(async () => {
  h = await startHarness(
    (u) => `${simProviders(u)}
guardrails:
  sets:
    no-words:
      - { name: banned, detector: denylist, stage: input, action: block, options: { terms: [forbiddenword] } }
routes:
  - model: cheap
    targets: [{ provider: sim, model: gpt-4o-mini }]
  - model: cheap-2
    targets: [{ provider: sim, model: gpt-4o-mini }]
  - model: pricey
    targets: [{ provider: sim, model: o1 }]
`,
  );
  await mustCall(h.url, 'POST', '/admin/tenants', h.key, { name: 'acme' });
  await mustCall(h.url, 'POST', '/admin/tenants/acme/teams', h.key, { name: 'core' });
});
after(() => h.close());

type Made = { id: string; key: string };

/** root (created by the master key) → child (created by root) → grandchild (created by child). */
async function chain(name: string, root: Record<string, unknown>, child: Record<string, unknown> = {}) {
  const a: Made = await mustCall(h.url, 'POST', '/admin/keys', h.key, {
    tenant: 'acme',
    team: 'core',
    name: `${name}-root`,
    ...root,
  });
  const b: Made = await mustCall(h.url, 'POST', '/admin/keys', a.key, { name: `${name}-child`, ...child });
  // The grandchild asks for everything: any model, no limits, no guard sets.
  const c: Made = await mustCall(h.url, 'POST', '/admin/keys', b.key, { name: `${name}-grandchild`, models: ['*'] });
  return { a, b, c };
}

test("a grandchild may call only the models its root allows, and the refusal names the root's level", async () => {
  const { c } = await chain('models', { models: ['cheap*'] }, { models: ['*'] });
  assert.equal((await chat(h.url, c.key, 'cheap')).status, 200);
  assert.equal((await chat(h.url, c.key, 'cheap-2')).status, 200);
  const r = await chat(h.url, c.key, 'pricey');
  assert.equal(r.status, 403);
  assert.equal(r.json.error.code, 'permission_denied');
  assert.match(r.json.error.message, /owner key "models-root" does not allow the model "pricey"/);
});

test("the root's rate limit covers its grandchild's requests (the chain shares the root's allowance)", async () => {
  const { a, c } = await chain('rpm', { limits: { rpm: 3 } });
  const codes = [];
  for (let i = 0; i < 5; i++) codes.push((await chat(h.url, c.key, 'cheap')).status);
  assert.deepEqual(codes, [200, 200, 200, 429, 429]);
  const refused = await chat(h.url, c.key, 'cheap');
  assert.match(refused.json.error.message, /owner key "rpm-root" allows 3 requests per minute/);
  assert.equal((await chat(h.url, a.key, 'cheap')).status, 429, 'the root spent its allowance through the chain');
});

test("the root's budget covers its grandchild's spend", async () => {
  const { c } = await chain('budget', { budget: { usd: 0.0000001, period: 'day' } });
  const r = await chat(h.url, c.key, 'cheap');
  assert.equal(r.status, 429);
  assert.equal(r.json.error.code, 'budget_exceeded');
  assert.match(r.json.error.message, /owner key "budget-root"/);
});

test('revoking the root disables the child and grandchild at once, on both the gateway and the admin API', async () => {
  const { a, b, c } = await chain('revoke', {});
  assert.equal((await chat(h.url, c.key, 'cheap')).status, 200);
  await mustCall(h.url, 'POST', `/admin/keys/${a.id}/revoke`, h.key);
  for (const k of [b, c]) {
    const r = await chat(h.url, k.key, 'cheap');
    assert.equal(r.status, 401);
    assert.match(r.json.error.message, /created by key "revoke-root" \(key_[^)]+\), which has been revoked/);
    assert.equal((await call(h.url, 'GET', '/admin/whoami', k.key)).status, 401);
  }
  const view = await mustCall(h.url, 'GET', `/admin/keys/${c.id}`, h.key);
  assert.equal(view.revoked_at, null, "the grandchild's own row is untouched: the refusal comes from its ancestry");
});

test('guard sets on the root apply to the grandchild, which cannot drop them', async () => {
  const { c } = await chain('guards', { metadata: { guardrails: 'no-words' } });
  const ok = await chat(h.url, c.key, 'cheap', { messages: [{ role: 'user', content: 'an ordinary question' }] });
  assert.equal(ok.status, 200);
  const r = await chat(h.url, c.key, 'cheap', { messages: [{ role: 'user', content: 'say forbiddenword' }] });
  assert.equal(r.status, 400);
  assert.equal(r.json.error.code, 'guardrail_blocked');
  assert.match(r.json.error.message, /guardrail "banned"/);
});

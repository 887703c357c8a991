// The response cache × guardrails through the real server: a caller with other guard sets (PII redaction) never
// receives an answer stored for another caller, reversible redaction never restores another caller's values from a
// shared entry, and the master key and tenant-less keys each have their own cache space.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';
import { chat, mustCall } from './testing/client.ts';

let h: Harness;
const keys: Record<string, string> = {};

before(async () => {
  // The simulator echoes the prompt, so an answer carries whatever the prompt held.
  h = await startHarness(
    (u) => `${simProviders(u)}
guardrails:
  sets:
    pii-out:
      - { name: pii-out, detector: pii, stage: output, action: redact, options: { entities: [email] } }
    pii-rev:
      - { name: pii-rev, detector: pii, stage: input, action: redact, options: { entities: [email], reversible: true } }
routes:
  - model: m
    targets: [{ provider: sim, model: gpt-4o-mini }]
access:
  cache: { enabled: true, ttl_seconds: 300 }
`,
  );
  await mustCall(h.url, 'POST', '/admin/tenants', h.key, { name: 'acme' });
  const make = async (name: string, body: Record<string, unknown>) => {
    keys[name] = (await mustCall(h.url, 'POST', '/admin/keys', h.key, { name, ...body })).key;
  };
  await make('plain', { tenant: 'acme' });
  await make('redacting', { tenant: 'acme', metadata: { guardrails: 'pii-out' } });
  await make('reversible-1', { tenant: 'acme', metadata: { guardrails: 'pii-rev' } });
  await make('reversible-2', { tenant: 'acme', metadata: { guardrails: 'pii-rev' } });
  await make('global-1', { role: 'admin' });
  await make('global-2', { role: 'admin' });
});
after(() => h.close());

const ask = (key: string, content: string, extra: Record<string, unknown> = {}) =>
  chat(h.url, key, 'm', { messages: [{ role: 'user', content }], ...extra });

test("a key with PII redaction never receives another key's raw cached answer (JSON and stream)", async () => {
  for (const stream of [false, true]) {
    const prompt = `Contact alice.${stream ? 's' : 'j'}@example.com about the invoice`;
    const raw = await ask(keys.plain, prompt, { stream });
    assert.equal(raw.headers['x-lintel-cache'], 'miss');
    assert.match(raw.text, /alice\.[sj]@example\.com/, 'the unguarded key sees the raw echo');
    assert.equal((await ask(keys.plain, prompt, { stream })).headers['x-lintel-cache'], 'hit');

    const guarded = await ask(keys.redacting, prompt, { stream });
    assert.equal(guarded.status, 200);
    assert.equal(guarded.headers['x-lintel-cache'], 'miss', 'other guard sets: another cache entry');
    assert.doesNotMatch(guarded.text, /alice\.[sj]@example\.com/);
    const again = await ask(keys.redacting, prompt, { stream });
    assert.equal(again.headers['x-lintel-cache'], 'hit', 'same guard sets share an entry');
    assert.doesNotMatch(again.text, /alice\.[sj]@example\.com/);
  }
});

test("reversible redaction never restores another caller's values from a shared entry", async () => {
  const first = await ask(keys['reversible-1'], 'Write to alice@example.com today');
  assert.match(first.text, /alice@example\.com/, 'the caller gets its own value back');
  // Same text once redacted ("Write to [EMAIL_1] today"), different value: must not be served from the entry above.
  const second = await ask(keys['reversible-2'], 'Write to bob@example.org today');
  assert.equal(second.headers['x-lintel-cache'], 'miss');
  assert.doesNotMatch(second.text, /alice@example\.com/);
  assert.match(second.text, /bob@example\.org/);
});

test('the master key and each tenant-less key have their own cache space', async () => {
  const prompt = 'a question asked by global callers';
  assert.equal((await ask(h.key, prompt)).headers['x-lintel-cache'], 'miss');
  assert.equal((await ask(h.key, prompt)).headers['x-lintel-cache'], 'hit');
  assert.equal((await ask(keys['global-1'], prompt)).headers['x-lintel-cache'], 'miss');
  assert.equal((await ask(keys['global-1'], prompt)).headers['x-lintel-cache'], 'hit');
  assert.equal((await ask(keys['global-2'], prompt)).headers['x-lintel-cache'], 'miss');
  assert.equal((await ask(keys.plain, prompt)).headers['x-lintel-cache'], 'miss');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConfigText } from '../config/load.ts';
import { createPriceBook } from '../cost/price-book.ts';
import { Router } from '../routing/router.ts';
import { cacheKey, cacheSpace } from './cache/cache-key.ts';
import { guardSetVariant } from './cache/variant.ts';
import { estimatePromptTokens, estimateRequest } from './estimate.ts';
import { modelAllowed } from './globs.ts';

const router = new Router(
  parseConfigText(
    `providers:
  p: { kind: openai-compatible, base_url: "http://127.0.0.1:9/v1" }
routes:
  - model: mixed
    targets: [{ provider: p, model: gpt-4o-mini }, { provider: p, model: o1 }]
  - model: unknown
    targets: [{ provider: p, model: no-such-model }]
`,
    't.yaml',
    {},
  ).config,
);

test('prompt tokens from either dialect; reservation = prompt + max output, at the dearest target', () => {
  const openai = { model: 'mixed', messages: [{ role: 'user', content: 'hello world' }], max_tokens: 100 };
  const anthropic = {
    model: 'mixed',
    system: [{ type: 'text', text: 'be brief' }],
    messages: [{ role: 'user', content: [{ type: 'text', text: 'hello world' }] }],
    max_tokens: 100,
  };
  assert.ok(estimatePromptTokens(openai) >= 9);
  assert.ok(estimatePromptTokens(anthropic) > estimatePromptTokens(openai), 'the system prompt counts');
  const prices = createPriceBook();
  const e = estimateRequest(openai, router.resolve('mixed')!, prices, 4096);
  assert.equal(e.maxOutputTokens, 100);
  const o1 = prices.price('o1')!;
  assert.ok(Math.abs((e.costUsd ?? 0) - (e.promptTokens * o1.inputPerMTok + 100 * o1.outputPerMTok) / 1e6) < 1e-9);
  assert.equal(
    estimateRequest({ ...openai, max_tokens: undefined, n: 2 }, router.resolve('mixed')!, prices, 4096).maxOutputTokens,
    8192,
  );
  assert.equal(
    estimateRequest({ ...openai, max_completion_tokens: 7 }, router.resolve('mixed')!, prices, 4096).maxOutputTokens,
    7,
  );
  assert.equal(
    estimateRequest({ model: 'mixed', input: 'embed me' }, router.resolve('mixed')!, prices, 4096).maxOutputTokens,
    0,
  );
  assert.equal(estimateRequest(openai, router.resolve('unknown')!, prices, 4096).costUsd, null);
});

test('model globs', () => {
  assert.ok(modelAllowed(null, 'anything'));
  assert.ok(modelAllowed(['gpt-4o*'], 'gpt-4o-mini'));
  assert.ok(!modelAllowed(['gpt-4o'], 'gpt-4o-mini'));
  assert.ok(modelAllowed(['claude-?-haiku', 'x'], 'claude-3-haiku'));
  assert.ok(!modelAllowed(['a.b'], 'axb'), 'dots are literal');
  assert.ok(!modelAllowed([], 'x'));
});

test('cache keys: per space, surface and guard variant; key order and labels do not matter', () => {
  const body = { model: 'm', messages: [{ role: 'user', content: 'x' }], temperature: 0 };
  const reordered = {
    temperature: 0,
    messages: [{ content: 'x', role: 'user' }],
    model: 'm',
    user: 'u1',
    metadata: { a: '1' },
  };
  const t1 = cacheSpace({ tenant: 't1', keyId: 'key_a' });
  assert.equal(t1, cacheSpace({ tenant: 't1', keyId: 'key_b' }), 'keys of one tenant share a space');
  assert.equal(cacheKey(t1, 'chat', 'openai', '', body), cacheKey(t1, 'chat', 'openai', '', reordered));
  assert.notEqual(cacheKey(t1, 'chat', 'openai', '', body), cacheKey('t:t2', 'chat', 'openai', '', body));
  assert.notEqual(cacheKey(t1, 'chat', 'openai', '', body), cacheKey(t1, 'messages', 'anthropic', '', body));
  assert.notEqual(cacheKey(t1, 'chat', 'openai', '', body), cacheKey(t1, 'chat', 'openai', 'g:pii', body));
  assert.notEqual(
    cacheKey(t1, 'chat', 'openai', '', body),
    cacheKey(t1, 'chat', 'openai', '', { ...body, temperature: 1 }),
  );
  // The master key and each tenant-less key have a space of their own.
  const spaces = new Set([
    cacheSpace({ tenant: null, keyId: null }),
    cacheSpace({ tenant: null, keyId: 'key_g1' }),
    cacheSpace({ tenant: null, keyId: 'key_g2' }),
    t1,
  ]);
  assert.equal(spaces.size, 4);
});

test('guard variants: none is empty; names, order and definitions all change it', () => {
  const v = guardSetVariant({ a: [{ detector: 'pii', action: 'redact' }], b: [{ detector: 'secrets' }] });
  const v2 = guardSetVariant({ a: [{ detector: 'pii', action: 'flag' }], b: [{ detector: 'secrets' }] });
  assert.equal(v([]), '');
  assert.equal(v(['a']), v(['a']));
  assert.notEqual(v(['a']), v(['b']));
  assert.notEqual(v(['a', 'b']), v(['b', 'a']));
  assert.notEqual(v(['a']), v2(['a']), 'a changed definition is a new version');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRng as rng } from '../../util/prng.ts';
import { isPlainChatRequest } from './fast-check.ts';
import { chatCompletionRequest, validateChatCompletionRequest } from './schema.ts';

const base = () => ({
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: 'Hello', name: 'ann' },
  ],
});

test('typical SDK requests take the fast path', () => {
  assert.equal(isPlainChatRequest(base()), true);
  assert.equal(
    isPlainChatRequest({
      ...base(),
      stream: true,
      stream_options: { include_usage: true },
      temperature: 0.2,
      max_tokens: 64,
      metadata: { team: 'a' },
      stop: ['\n'],
    }),
    true,
  );
});

test('anything unusual goes to the schema, which still decides and explains', () => {
  for (const body of [
    { ...base(), tools: [{ type: 'function', function: { name: 'f' } }] },
    { ...base(), messages: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] },
    { ...base(), temperature: 3 },
    { ...base(), model: '' },
    { messages: base().messages },
    { ...base(), messages: [] },
    { ...base(), max_tokens: 1.5 },
    JSON.parse('{"model":"m","messages":[{"role":"user","content":"x"}],"__proto__":{"x":1}}'),
  ]) {
    assert.equal(isPlainChatRequest(body), false, JSON.stringify(body));
  }
  const r = validateChatCompletionRequest({ ...base(), temperature: 3 });
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.param, 'temperature');
});

test('whenever the fast path accepts, the schema accepts (5,000 random mutations)', () => {
  const next = rng(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const values: unknown[] = [
    null,
    undefined,
    true,
    false,
    0,
    -1,
    1,
    0.5,
    1.5,
    2,
    2.5,
    128,
    129,
    -2.5,
    Number.NaN,
    '',
    'x',
    [],
    ['a'],
    ['a', 'b', 'c', 'd', 'e'],
    [1],
    {},
    { include_usage: true },
    { include_usage: 1 },
    { a: 'b' },
    { a: 1 },
  ];
  const fields = [
    'model',
    'messages',
    'stream',
    'stream_options',
    'temperature',
    'top_p',
    'n',
    'max_tokens',
    'max_completion_tokens',
    'presence_penalty',
    'frequency_penalty',
    'stop',
    'user',
    'logprobs',
    'seed',
    'metadata',
    'tools',
    'other',
  ];
  const messageValues: unknown[] = [
    { role: 'user', content: 'x' },
    { role: 'assistant', content: null },
    { role: 'tool', content: 'x' },
    { role: 'user' },
    { role: 'user', content: 'x', name: 1 },
    { role: 'developer', content: 'x', extra: 1 },
    { role: 'bot', content: 'x' },
    'user',
    null,
  ];
  let accepted = 0;
  for (let i = 0; i < 5000; i++) {
    const body: Record<string, unknown> = base();
    const edits = 1 + Math.floor(next() * 3);
    for (let e = 0; e < edits; e++) {
      if (next() < 0.3 && Array.isArray(body.messages)) body.messages.push(pick(messageValues));
      else body[pick(fields)] = pick(values);
    }
    if (isPlainChatRequest(body)) {
      accepted++;
      assert.equal(chatCompletionRequest.safeParse(body).success, true, JSON.stringify(body));
    }
  }
  assert.ok(accepted > 200, `the fast path accepted only ${accepted} bodies`);
});

// Output guardrails on a same-dialect answer keep everything but the text they change: Anthropic extended
// thinking (with its signature, which a tool-use loop must send back) survives a redaction, through the server
// and the official Anthropic SDK; an answer the guards leave alone is relayed byte for byte.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import Anthropic from '@anthropic-ai/sdk';
import type { ChatResponse } from '../spec/chat.ts';
import { type Harness, startHarness } from '../testing/harness.ts';
import { patchAnswerText } from './patch-answer.ts';

const SECRET = `ghp_${'a1B2c3D4e5'.repeat(3)}abcdef`;
let answerText = '';
const upstreamBody = () =>
  JSON.stringify({
    id: 'msg_01',
    type: 'message',
    role: 'assistant',
    model: 'claude-x',
    content: [
      { type: 'thinking', thinking: 'The user wants the token. Think first.', signature: 'EqQBCkYIBxgCKkBsig==' },
      { type: 'text', text: answerText },
      { type: 'tool_use', id: 'toolu_1', name: 'lookup', input: { q: 'x' } },
    ],
    stop_reason: 'tool_use',
    stop_sequence: null,
    usage: { input_tokens: 12, output_tokens: 30 },
    future_field: { kept: true },
  });

/** An extended-thinking stream whose text carries the secret split across two deltas. */
const upstreamStream = () => {
  const ev = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
  const half = SECRET.length / 2;
  return [
    ev('message_start', {
      type: 'message_start',
      message: {
        id: 'msg_02',
        type: 'message',
        role: 'assistant',
        model: 'claude-x',
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { input_tokens: 12, output_tokens: 1 },
      },
    }),
    ev('content_block_start', {
      type: 'content_block_start',
      index: 0,
      content_block: { type: 'thinking', thinking: '' },
    }),
    ev('content_block_delta', {
      type: 'content_block_delta',
      index: 0,
      delta: { type: 'thinking_delta', thinking: 'Reason first.' },
    }),
    ev('content_block_delta', {
      type: 'content_block_delta',
      index: 0,
      delta: { type: 'signature_delta', signature: 'EqQBsig==' },
    }),
    ev('content_block_stop', { type: 'content_block_stop', index: 0 }),
    ev('content_block_start', { type: 'content_block_start', index: 1, content_block: { type: 'text', text: '' } }),
    ev('content_block_delta', {
      type: 'content_block_delta',
      index: 1,
      delta: { type: 'text_delta', text: `Token: ${SECRET.slice(0, half)}` },
    }),
    ev('content_block_delta', {
      type: 'content_block_delta',
      index: 1,
      delta: { type: 'text_delta', text: `${SECRET.slice(half)} done.` },
    }),
    ev('content_block_stop', { type: 'content_block_stop', index: 1 }),
    ev('message_delta', {
      type: 'message_delta',
      delta: { stop_reason: 'end_turn', stop_sequence: null },
      usage: { output_tokens: 20 },
    }),
    ev('message_stop', { type: 'message_stop' }),
  ].join('');
};

let upstream: Server;
let h: Harness;
let lastRaw = '';

before(async () => {
  upstream = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => {
      body += d;
    });
    req.on('end', () => {
      if ((JSON.parse(body) as { stream?: boolean }).stream) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.end(upstreamStream());
        return;
      }
      lastRaw = upstreamBody();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(lastRaw);
    });
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  h = await startHarness(
    () => `providers:
  claude:
    kind: anthropic
    base_url: ${url}
    api_key: sk-ant-test
routes:
  - model: claude
    targets: [{ provider: claude, model: claude-x }]
    guardrails: [default]
`,
  );
});
after(async () => {
  await h.close();
  await new Promise((r) => upstream.close(r));
});

const ask = () =>
  new Anthropic({ baseURL: h.url, apiKey: h.key, maxRetries: 0 }).messages.create({
    model: 'claude',
    max_tokens: 100,
    messages: [{ role: 'user', content: 'What is the token?' }],
  });

test('a redacted answer keeps its thinking block, signature, tool call and unknown fields', async () => {
  answerText = `The token is ${SECRET}, use it carefully.`;
  const msg = await ask();
  const [thinking, text, tool] = msg.content as unknown as Record<string, unknown>[];
  assert.deepEqual(thinking, {
    type: 'thinking',
    thinking: 'The user wants the token. Think first.',
    signature: 'EqQBCkYIBxgCKkBsig==',
  });
  assert.equal(text.type, 'text');
  assert.ok(!String(text.text).includes(SECRET), 'the secret is redacted');
  assert.match(String(text.text), /^The token is \[[A-Z_]+_1\], use it carefully\.$/);
  assert.equal(tool.type, 'tool_use');
  assert.equal((msg as unknown as { future_field: unknown }).future_field !== undefined, true);
});

test('an answer the guards leave alone is relayed byte for byte', async () => {
  answerText = 'Nothing secret here.';
  const res = await fetch(`${h.url}/v1/messages`, {
    method: 'POST',
    headers: { 'x-api-key': h.key, 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
    body: JSON.stringify({ model: 'claude', max_tokens: 100, messages: [{ role: 'user', content: 'hi' }] }),
  });
  assert.equal(res.status, 200);
  assert.equal(await res.text(), lastRaw);
});

test('a redacted stream keeps thinking and signature deltas, and its text comes out whole and redacted', async () => {
  const stream = new Anthropic({ baseURL: h.url, apiKey: h.key, maxRetries: 0 }).messages.stream({
    model: 'claude',
    max_tokens: 100,
    messages: [{ role: 'user', content: 'What is the token?' }],
  });
  const final = await stream.finalMessage();
  const [thinking, text] = final.content as unknown as Record<string, unknown>[];
  assert.deepEqual(thinking, { type: 'thinking', thinking: 'Reason first.', signature: 'EqQBsig==' });
  assert.equal(text.type, 'text');
  assert.ok(!String(text.text).includes(SECRET.slice(0, 12)), String(text.text));
  assert.match(String(text.text), /^Token: \[[A-Z_]+_1\] done\.$/);
});

test('OpenAI-format bodies: only changed message texts are replaced; other fields stay', () => {
  const body = {
    id: 'x',
    choices: [
      { index: 0, message: { role: 'assistant', content: 'a', refusal: null, annotations: [1] }, logprobs: { t: 1 } },
      { index: 1, message: { role: 'assistant', content: 'b' } },
    ],
  };
  const spec = (a: string, b: string) =>
    ({
      choices: [
        { index: 0, content: [{ type: 'text', text: a }] },
        { index: 1, content: [{ type: 'text', text: b }] },
      ],
    }) as unknown as ChatResponse;
  assert.equal(patchAnswerText('openai', body, spec('a', 'b')), body, 'unchanged: the same object');
  const out = patchAnswerText('openai', body, spec('a', '[EMAIL_1]')) as typeof body;
  assert.equal(out.choices[0], body.choices[0]);
  assert.deepEqual(out.choices[1].message, { role: 'assistant', content: '[EMAIL_1]' });
  assert.deepEqual(body.choices[1].message.content, 'b', 'the input is not mutated');
});

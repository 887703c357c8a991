// The official SDKs are the strictest judges of the wire formats: their parsers and stream helpers
// must accept the simulator's answers unchanged.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { startSimulator } from './index.ts';
import type { Simulator } from './types.ts';

let sim: Simulator;
let openai: OpenAI;
let anthropic: Anthropic;
before(async () => {
  sim = await startSimulator({ quiet: true, apiKey: 'sk-test' });
  openai = new OpenAI({ baseURL: `${sim.url}/v1`, apiKey: 'sk-test', maxRetries: 0 });
  anthropic = new Anthropic({ baseURL: sim.url, apiKey: 'sk-test', maxRetries: 0 });
});
after(() => sim.close());

const tool = {
  name: 'lookup',
  description: 'Look something up',
  schema: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
};

test('OpenAI SDK: completion, stream with usage, streamed tool call, embeddings', async () => {
  const done = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'hi' }],
  });
  assert.ok(done.choices[0].message.content?.startsWith('Simulated reply to: hi'));

  const stream = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    stream: true,
    stream_options: { include_usage: true },
    messages: [{ role: 'user', content: 'hi' }],
  });
  let text = '';
  let usage: OpenAI.CompletionUsage | null | undefined;
  for await (const chunk of stream) {
    text += chunk.choices[0]?.delta.content ?? '';
    if (chunk.usage) usage = chunk.usage;
  }
  assert.equal(text, done.choices[0].message.content);
  assert.equal(usage?.completion_tokens, 12);

  const runner = openai.chat.completions.stream({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'find it' }],
    tools: [{ type: 'function', function: { name: tool.name, parameters: tool.schema } }],
  });
  const final = await runner.finalChatCompletion();
  const call = final.choices[0].message.tool_calls?.[0];
  assert.ok(call && call.type === 'function');
  assert.deepEqual(JSON.parse(call.function.arguments), { query: 'example' });

  const emb = await openai.embeddings.create({ model: 'text-embedding-3-small', input: 'x', dimensions: 8 });
  assert.equal(emb.data[0].embedding.length, 8);
});

test('OpenAI SDK surfaces simulated errors as typed API errors', async () => {
  const bad = new OpenAI({ baseURL: `${sim.url}/v1`, apiKey: 'wrong', maxRetries: 0 });
  await assert.rejects(
    bad.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] }),
    (err: unknown) => err instanceof OpenAI.AuthenticationError && err.status === 401,
  );
});

test('Anthropic SDK: message, stream helper with text and tool use', async () => {
  const msg = await anthropic.messages.create({
    model: 'claude-haiku-4-5',
    max_tokens: 64,
    messages: [{ role: 'user', content: 'hello' }],
  });
  const block = msg.content[0];
  assert.ok(block.type === 'text' && block.text.startsWith('Simulated reply to: hello'));

  const stream = anthropic.messages.stream({
    model: 'claude-haiku-4-5',
    max_tokens: 64,
    messages: [{ role: 'user', content: 'hello' }],
  });
  let text = '';
  stream.on('text', (t) => {
    text += t;
  });
  const final = await stream.finalMessage();
  assert.equal(text, block.text);
  assert.equal(final.usage.output_tokens, 12);

  const toolStream = anthropic.messages.stream({
    model: 'claude-haiku-4-5',
    max_tokens: 64,
    tools: [
      { name: tool.name, description: tool.description, input_schema: tool.schema as Anthropic.Tool.InputSchema },
    ],
    messages: [{ role: 'user', content: 'find it' }],
  });
  const withTool = await toolStream.finalMessage();
  assert.equal(withTool.stop_reason, 'tool_use');
  const use = withTool.content[0];
  assert.ok(use.type === 'tool_use');
  assert.deepEqual(use.input, { query: 'example' });
});

test('Anthropic SDK surfaces overload as a typed API error', async () => {
  await assert.rejects(
    anthropic.messages.create(
      { model: 'claude-haiku-4-5', max_tokens: 8, messages: [{ role: 'user', content: 'x' }] },
      { headers: { 'x-sim-behavior': JSON.stringify({ errorRate: 1, errorStatus: 503 }) } },
    ),
    (err: unknown) => err instanceof Anthropic.APIError && err.status === 503,
  );
});

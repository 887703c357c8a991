// Property: OpenAI request → spec → OpenAI request keeps its meaning (the spec of both is equal), and
// every request the converters produce passes ingress validation of its dialect.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Json } from '../../spec/translate.ts';
import { anthropicCodec } from '../anthropic/codec.ts';
import { validateMessagesRequest } from '../anthropic/schema.ts';
import { type Rng, rng, sentence, toolArgs } from './__fixtures__/random.ts';
import { openaiCodec } from './codec.ts';
import { validateChatCompletionRequest } from './schema.ts';

const TOOL_NAMES = ['get_weather', 'search_docs', 'send_email'];

function userContent(r: Rng): Json['content'] {
  if (r.bool()) return sentence(r);
  return Array.from({ length: 1 + r.int(3) }, () =>
    r.int(3) === 0
      ? {
          type: 'image_url',
          image_url: { url: r.pick(['https://example.com/a.png', 'data:image/jpeg;base64,/9j/4AAQSkZJRg==']) },
        }
      : { type: 'text', text: sentence(r) },
  );
}

function randomRequest(r: Rng, i: number): Json {
  const messages: Json[] = [];
  if (r.bool()) messages.push({ role: r.pick(['system', 'developer']), content: sentence(r) });
  for (let turn = 1 + r.int(4); turn > 0; turn--) {
    messages.push(
      r.int(4) === 0
        ? { role: 'user', content: userContent(r), name: 'ana' }
        : { role: 'user', content: userContent(r) },
    );
    const calls = Array.from({ length: r.int(3) }, (_, k) => ({
      id: `call_${i}_${turn}_${k}`,
      type: 'function',
      function: { name: r.pick(TOOL_NAMES), arguments: JSON.stringify(toolArgs(r)) },
    }));
    if (calls.length === 0) {
      messages.push({ role: 'assistant', content: sentence(r) });
      continue;
    }
    messages.push({ role: 'assistant', content: r.bool() ? sentence(r) : null, tool_calls: calls });
    for (const call of calls) messages.push({ role: 'tool', tool_call_id: call.id, content: sentence(r) });
  }
  messages.push({ role: 'user', content: userContent(r) });
  const body: Json = { model: 'gpt-4o', messages };
  if (r.bool()) {
    body.tools = TOOL_NAMES.map((name) => ({
      type: 'function',
      function: {
        name,
        description: `${name} tool`,
        parameters: { type: 'object', properties: { q: { type: 'string' } } },
      },
    }));
    body.tool_choice = r.pick(['auto', 'none', 'required', { type: 'function', function: { name: 'send_email' } }]);
  }
  if (r.bool()) body.temperature = r.pick([0, 0.3, 1, 1.5]);
  if (r.bool()) body.top_p = 0.8;
  if (r.bool()) body.max_tokens = 1 + r.int(2000);
  if (r.bool()) body.stop = r.pick(['END', ['###', 'Observation:']]);
  if (r.bool()) body.user = 'user-1';
  if (r.bool())
    body.response_format = { type: 'json_schema', json_schema: { name: 'out', schema: { type: 'object' } } };
  if (r.bool()) Object.assign(body, { stream: true, stream_options: { include_usage: r.bool() } });
  return body;
}

test('OpenAI → spec → OpenAI preserves messages, tools and options (200 seeded cases)', () => {
  const r = rng(20240611);
  for (let i = 0; i < 200; i++) {
    const wire = randomRequest(r, i);
    assert.ok(validateChatCompletionRequest(wire).ok, 'generator produced an invalid request');
    const spec = openaiCodec.requestToSpec(wire);
    const again = openaiCodec.requestFromSpec(spec);
    const check = validateChatCompletionRequest(again);
    assert.ok(check.ok, `case ${i}: ${check.ok ? '' : check.message}`);
    assert.deepEqual(openaiCodec.requestToSpec(again), spec, `case ${i}`);
  }
});

test('OpenAI → spec → Anthropic always yields a valid Anthropic request that keeps every turn', () => {
  const r = rng(7);
  for (let i = 0; i < 200; i++) {
    const spec = openaiCodec.requestToSpec(randomRequest(r, i));
    const body = anthropicCodec.requestFromSpec(spec);
    const check = validateMessagesRequest(body);
    assert.ok(check.ok, `case ${i}: ${check.ok ? '' : check.message}`);
    const back = anthropicCodec.requestToSpec(body);
    // Tool calls and results survive with their ids; arguments only change JSON formatting.
    const calls = (s: typeof spec) =>
      s.messages.flatMap((m) =>
        m.content.flatMap((p) => (p.type === 'tool_call' ? [[p.id, p.name, JSON.parse(p.arguments)]] : [])),
      );
    const results = (s: typeof spec) =>
      s.messages.flatMap((m) =>
        m.content.flatMap((p) => (p.type === 'tool_result' ? [[p.toolCallId, p.content]] : [])),
      );
    assert.deepEqual(calls(back), calls(spec), `case ${i}`);
    assert.deepEqual(results(back), results(spec), `case ${i}`);
    // A json_schema response_format adds the structured-output tool.
    const answerTool = spec.responseFormat?.type === 'json_schema' && spec.responseFormat.schema.type === 'object';
    const expected = (spec.tools?.length ?? 0) + (answerTool ? 1 : 0);
    assert.equal(back.tools?.length ?? 0, expected);
  }
});

// Property: Anthropic request → spec → Anthropic request keeps its meaning (the spec of both is equal),
// and every request the converters produce passes ingress validation of its dialect.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ContentPart } from '../../spec/chat.ts';
import type { Json } from '../../spec/translate.ts';
import { type Rng, rng, sentence, toolArgs } from '../openai/__fixtures__/random.ts';
import { openaiCodec } from '../openai/codec.ts';
import { validateChatCompletionRequest } from '../openai/schema.ts';
import { anthropicCodec } from './codec.ts';
import { validateMessagesRequest } from './schema.ts';

const TOOL_NAMES = ['get_weather', 'search_docs', 'send_email'];

function userBlocks(r: Rng): Json[] {
  return Array.from({ length: 1 + r.int(3) }, () =>
    r.int(3) === 0
      ? {
          type: 'image',
          source: r.bool()
            ? { type: 'url', url: 'https://example.com/a.png' }
            : { type: 'base64', media_type: 'image/jpeg', data: '/9j/4AAQSkZJRg==' },
        }
      : { type: 'text', text: sentence(r) },
  );
}

function randomRequest(r: Rng, i: number): Json {
  const messages: Json[] = [];
  let pendingResults: Json[] = [];
  for (let turn = 1 + r.int(4); turn > 0; turn--) {
    const user = [...pendingResults, ...(pendingResults.length > 0 && r.bool() ? [] : userBlocks(r))];
    messages.push({
      role: 'user',
      content: user.length === 1 && user[0]!.type === 'text' && r.bool() ? user[0]!.text : user,
    });
    const assistant: Json[] = [];
    if (r.bool()) assistant.push({ type: 'thinking', thinking: sentence(r), signature: 'c2ln' });
    if (r.bool()) assistant.push({ type: 'text', text: sentence(r) });
    const uses = Array.from({ length: r.int(3) }, (_, k) => ({
      type: 'tool_use',
      id: `toolu_${i}_${turn}_${k}`,
      name: r.pick(TOOL_NAMES),
      input: toolArgs(r),
    }));
    if (uses.length === 0 && !assistant.some((b) => b.type === 'text'))
      assistant.push({ type: 'text', text: sentence(r) });
    assistant.push(...uses);
    messages.push({ role: 'assistant', content: assistant });
    pendingResults = uses.map((u) => ({
      type: 'tool_result',
      tool_use_id: u.id,
      content: r.bool() ? sentence(r) : [{ type: 'text', text: sentence(r) }],
      ...(r.int(4) === 0 ? { is_error: true } : {}),
    }));
  }
  messages.push({ role: 'user', content: [...pendingResults, ...userBlocks(r)] });
  const body: Json = { model: 'claude-sonnet-4-20250514', max_tokens: 1 + r.int(4000), messages };
  if (r.bool()) body.system = r.bool() ? sentence(r) : [{ type: 'text', text: sentence(r) }];
  if (r.bool()) {
    body.tools = TOOL_NAMES.map((name) => ({
      name,
      description: `${name} tool`,
      input_schema: { type: 'object', properties: { q: { type: 'string' } } },
    }));
    body.tool_choice = r.pick([
      { type: 'auto' },
      { type: 'any' },
      { type: 'none' },
      { type: 'tool', name: 'send_email' },
    ]);
  }
  if (r.bool()) body.temperature = r.pick([0, 0.5, 1]);
  if (r.bool()) body.top_p = 0.8;
  if (r.bool()) body.stop_sequences = ['###', 'Observation:'];
  if (r.bool()) body.metadata = { user_id: 'user-1' };
  if (r.bool()) body.stream = true;
  return body;
}

test('Anthropic → spec → Anthropic preserves messages, tools and options (200 seeded cases)', () => {
  const r = rng(20240612);
  for (let i = 0; i < 200; i++) {
    const wire = randomRequest(r, i);
    const valid = validateMessagesRequest(wire);
    assert.ok(valid.ok, `generator produced an invalid request: ${valid.ok ? '' : valid.message}`);
    const spec = anthropicCodec.requestToSpec(wire);
    const again = anthropicCodec.requestFromSpec(spec);
    const check = validateMessagesRequest(again);
    assert.ok(check.ok, `case ${i}: ${check.ok ? '' : check.message}`);
    assert.deepEqual(anthropicCodec.requestToSpec(again), spec, `case ${i}`);
  }
});

test('Anthropic → spec → OpenAI always yields a valid OpenAI request that keeps every tool exchange', () => {
  const r = rng(11);
  for (let i = 0; i < 200; i++) {
    const spec = anthropicCodec.requestToSpec(randomRequest(r, i));
    const body = openaiCodec.requestFromSpec(spec);
    const check = validateChatCompletionRequest(body);
    assert.ok(check.ok, `case ${i}: ${check.ok ? '' : check.message}`);
    const back = openaiCodec.requestToSpec(body);
    // Images, tool calls and tool results survive in order; OpenAI has no is_error flag, so it is not compared.
    // Thinking cannot be sent to a Chat Completions upstream (it takes no reasoning input).
    const parts = (s: typeof spec) =>
      s.messages.flatMap((m) =>
        m.content.flatMap((p): ContentPart[] => {
          if (p.type === 'text' || p.type === 'reasoning') return [];
          return p.type === 'tool_result' ? [{ type: p.type, toolCallId: p.toolCallId, content: p.content }] : [p];
        }),
      );
    assert.deepEqual(parts(back), parts(spec), `case ${i}`);
    assert.equal(back.system, spec.system);
  }
});

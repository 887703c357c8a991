// Translation through the neutral spec (src/spec/chat.ts) between the two dialects: requests, answers and streams
// keep their meaning when they cross from OpenAI to Anthropic and back, and the gateway's upstream body builder
// passes same-dialect requests through untouched.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { anthropicCodec } from '../api/anthropic/codec.ts';
import { openaiCodec } from '../api/openai/codec.ts';
import { buildUpstreamBody } from '../gateway/chat.ts';
import type { Target } from '../routing/router.ts';
import { SseParser } from '../upstream/sse-parser.ts';
import type { ChatRequest, StreamPart } from './chat.ts';
import type { Json } from './translate.ts';

const toolTurns: Json = {
  model: 'gpt-x',
  max_tokens: 100,
  temperature: 0.3,
  stop: ['END'],
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'Weather in Paris?' },
    {
      role: 'assistant',
      content: null,
      tool_calls: [
        { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
      ],
    },
    { role: 'tool', tool_call_id: 'call_1', content: '{"temp":21}' },
  ],
  tools: [
    {
      type: 'function',
      function: { name: 'get_weather', description: 'w', parameters: { type: 'object', properties: {} } },
    },
  ],
  tool_choice: 'auto',
};

/** Spec equality regardless of key order. */
const same = (a: ChatRequest, b: ChatRequest) =>
  assert.deepEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));

test('an OpenAI request with tools crosses to the Anthropic wire and back with the same meaning', () => {
  const spec = openaiCodec.requestToSpec(toolTurns);
  assert.equal(spec.system, 'Be brief.', 'system messages leave the message list');
  const wire = anthropicCodec.requestFromSpec(spec);
  assert.equal(wire.system, 'Be brief.');
  assert.deepEqual(wire.stop_sequences, ['END']);
  assert.deepEqual(wire.tool_choice, { type: 'auto' });
  const msgs = wire.messages as Json[];
  assert.deepEqual((msgs[1].content as Json[])[0], {
    type: 'tool_use',
    id: 'call_1',
    name: 'get_weather',
    input: { city: 'Paris' },
  });
  assert.equal(msgs[2].role, 'user', 'tool results travel in a user turn on the Anthropic side');
  assert.equal(((msgs[2].content as Json[])[0] as Json).tool_use_id, 'call_1');
  same(anthropicCodec.requestToSpec(wire), spec);
  same(openaiCodec.requestToSpec(openaiCodec.requestFromSpec(spec)), spec);
});

test('an Anthropic answer becomes an OpenAI answer: text, tool calls, finish reason and usage', () => {
  const spec = anthropicCodec.responseToSpec({
    id: 'msg_1',
    type: 'message',
    role: 'assistant',
    model: 'claude',
    content: [
      { type: 'text', text: 'Sunny.' },
      { type: 'tool_use', id: 'tu_1', name: 'get_weather', input: { city: 'Paris' } },
    ],
    stop_reason: 'tool_use',
    usage: { input_tokens: 10, output_tokens: 5, cache_read_input_tokens: 4 },
  });
  const out = openaiCodec.responseFromSpec(spec) as {
    choices: { message: { content: string; tool_calls: Json[] }; finish_reason: string }[];
    usage: Json;
  };
  assert.equal(out.choices[0].message.content, 'Sunny.');
  assert.deepEqual(out.choices[0].message.tool_calls[0], {
    id: 'tu_1',
    type: 'function',
    function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
  });
  assert.equal(out.choices[0].finish_reason, 'tool_calls');
  // Anthropic counts cache reads apart from input_tokens; OpenAI's prompt_tokens include them.
  assert.deepEqual(out.usage, {
    prompt_tokens: 14,
    completion_tokens: 5,
    total_tokens: 19,
    prompt_tokens_details: { cached_tokens: 4 },
  });
  for (const [stop, finish] of [
    ['end_turn', 'stop'],
    ['max_tokens', 'length'],
    ['stop_sequence', 'stop'],
  ]) {
    const s = anthropicCodec.responseToSpec({
      id: 'm',
      type: 'message',
      role: 'assistant',
      model: 'c',
      content: [{ type: 'text', text: 'x' }],
      stop_reason: stop,
      usage: { input_tokens: 1, output_tokens: 1 },
    });
    assert.equal(s.choices[0].finishReason, finish, stop);
  }
});

const sse = (event: string, data: Json) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

test('an Anthropic stream re-encoded for OpenAI clients decodes to the same parts', () => {
  const upstream =
    sse('message_start', {
      type: 'message_start',
      message: {
        id: 'msg_s',
        type: 'message',
        role: 'assistant',
        model: 'claude',
        content: [],
        usage: { input_tokens: 7, output_tokens: 0 },
      },
    }) +
    sse('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }) +
    sse('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Hel' } }) +
    sse('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'lo' } }) +
    sse('content_block_stop', { type: 'content_block_stop', index: 0 }) +
    sse('content_block_start', {
      type: 'content_block_start',
      index: 1,
      content_block: { type: 'tool_use', id: 'tu_9', name: 'lookup', input: {} },
    }) +
    sse('content_block_delta', {
      type: 'content_block_delta',
      index: 1,
      delta: { type: 'input_json_delta', partial_json: '{"q":' },
    }) +
    sse('content_block_delta', {
      type: 'content_block_delta',
      index: 1,
      delta: { type: 'input_json_delta', partial_json: '1}' },
    }) +
    sse('content_block_stop', { type: 'content_block_stop', index: 1 }) +
    sse('message_delta', { type: 'message_delta', delta: { stop_reason: 'tool_use' }, usage: { output_tokens: 9 } }) +
    sse('message_stop', { type: 'message_stop' });

  const decode = (codec: typeof openaiCodec, text: string): StreamPart[] => {
    const d = codec.streamDecoder();
    return new SseParser()
      .push(Buffer.from(text))
      .filter((e) => e.data !== '[DONE]')
      .flatMap((e) => d.decode(e.event, JSON.parse(e.data) as Json));
  };
  const parts = decode(anthropicCodec, upstream);
  const enc = openaiCodec.streamEncoder({ includeUsage: true, requestModel: 'my-model' });
  const openaiText = parts.map((p) => enc.encode(p)).join('') + enc.end();
  assert.match(openaiText, /data: \[DONE\]\n\n$/);
  const again = decode(openaiCodec, openaiText);

  const summary = (ps: StreamPart[]) => ({
    text: ps.map((p) => (p.type === 'text-delta' ? p.text : '')).join(''),
    tools: ps
      .filter((p) => p.type === 'tool-call-start')
      .map((p) => (p.type === 'tool-call-start' ? [p.id, p.name] : [])),
    args: ps.map((p) => (p.type === 'tool-call-delta' ? p.argumentsDelta : '')).join(''),
    finish: ps.filter((p) => p.type === 'finish').map((p) => (p.type === 'finish' ? p.reason : '')),
    output: ps
      .filter((p) => p.type === 'usage')
      .map((p) => (p.type === 'usage' ? p.usage.outputTokens : 0))
      .at(-1),
  });
  assert.deepEqual(summary(parts), {
    text: 'Hello',
    tools: [['tu_9', 'lookup']],
    args: '{"q":1}',
    finish: ['tool_calls'],
    output: 9,
  });
  assert.deepEqual(summary(again), summary(parts));
});

test('the upstream body: same dialect passes through with the model swapped; streams ask for usage', () => {
  const target = (dialect: 'openai' | 'anthropic') =>
    ({ upstreamModel: 'up-model', provider: { adapter: { dialect } } }) as unknown as Target;
  const body: Json = { model: 'public', messages: [{ role: 'user', content: 'hi' }], unknown_field: 1 };
  assert.deepEqual(JSON.parse(buildUpstreamBody('openai', body, target('openai'), true)), {
    ...body,
    model: 'up-model',
  });
  const streamed = JSON.parse(buildUpstreamBody('openai', { ...body, stream: true }, target('openai'), true));
  assert.deepEqual(streamed.stream_options, { include_usage: true });
  const crossed = JSON.parse(buildUpstreamBody('openai', { ...body, max_tokens: 5 }, target('anthropic'), true));
  assert.equal(crossed.model, 'up-model');
  assert.equal(crossed.max_tokens, 5);
  assert.deepEqual(crossed.messages, [{ role: 'user', content: 'hi' }]);
  assert.equal(crossed.unknown_field, undefined, 'only what the spec carries crosses dialects');
});

test('property: plain conversations cross OpenAI → spec → Anthropic → spec unchanged', () => {
  const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
  const conversation = fc
    .array(text, { minLength: 1, maxLength: 6 })
    .map((texts) => texts.map((t, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', content: t })));
  fc.assert(
    fc.property(
      conversation,
      fc.option(text, { nil: undefined }),
      fc.option(fc.integer({ min: 1, max: 4096 }), { nil: undefined }),
      fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      (messages, system, maxTokens, temperature) => {
        const body: Json = {
          model: 'm',
          messages: system === undefined ? messages : [{ role: 'system', content: system }, ...messages],
          ...(maxTokens === undefined ? {} : { max_tokens: maxTokens }),
          ...(temperature === undefined ? {} : { temperature }),
        };
        const spec = openaiCodec.requestToSpec(body);
        const back = anthropicCodec.requestToSpec(anthropicCodec.requestFromSpec(spec));
        // Anthropic needs max_tokens: the codec fills a default when the OpenAI caller gave none.
        if (maxTokens === undefined) back.maxTokens = undefined;
        same(back, spec);
      },
    ),
    { numRuns: 300 },
  );
});

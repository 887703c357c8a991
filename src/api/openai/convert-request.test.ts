import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ChatRequest } from '../../spec/chat.ts';
import type { Json } from '../../spec/translate.ts';
import { anthropicCodec } from '../anthropic/codec.ts';
import { readJsonFixture } from './__fixtures__/sse.ts';
import { openaiCodec } from './codec.ts';
import { TranslationError } from './translation-error.ts';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const PHOTO = 'https://upload.wikimedia.org/wikipedia/commons/a/a8/Tour_Eiffel_Wikimedia_Commons.jpg';
const WEATHER_ARGS = '{"location": "Paris, France", "unit": "celsius"}';
const WEATHER_SCHEMA = {
  type: 'object',
  properties: { location: { type: 'string' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } },
  required: ['location'],
};
const TIME_SCHEMA = { type: 'object', properties: { timezone: { type: 'string' } } };

function toAnthropic(body: Json): Json {
  return anthropicCodec.requestFromSpec({ ...openaiCodec.requestToSpec(body), model: 'claude-sonnet-4-20250514' });
}

function translationError(fn: () => unknown, param: string): void {
  assert.throws(fn, (err: unknown) => err instanceof TranslationError && err.param === param);
}

describe('OpenAI request → spec', () => {
  test('an agent turn with system, developer, images, tool calls and tool results', () => {
    const spec = openaiCodec.requestToSpec(readJsonFixture(import.meta.url, 'request-agent-turn.json'));
    const expected: ChatRequest = {
      model: 'gpt-4o',
      system: 'You are a concise travel assistant.\n\nAlways use metric units.',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Where was this photo taken, and what is the weather there now?' },
            { type: 'image', url: `data:image/png;base64,${PNG}`, mediaType: 'image/png' },
            { type: 'image', url: PHOTO },
          ],
        },
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'Let me check.' },
            { type: 'tool_call', id: 'call_Xk2dJ8PqZr4vNc7LbT1sWm9H', name: 'get_weather', arguments: WEATHER_ARGS },
            {
              type: 'tool_call',
              id: 'call_Rb6yT3nHq0mWs8KcVf2eLa5J',
              name: 'get_local_time',
              arguments: '{"timezone": "Europe/Paris"}',
            },
          ],
        },
        {
          role: 'tool',
          content: [
            {
              type: 'tool_result',
              toolCallId: 'call_Xk2dJ8PqZr4vNc7LbT1sWm9H',
              content: '{"temperature": 21, "conditions": "sunny"}',
            },
          ],
        },
        {
          role: 'tool',
          content: [{ type: 'tool_result', toolCallId: 'call_Rb6yT3nHq0mWs8KcVf2eLa5J', content: '14:05 CEST' }],
        },
        { role: 'user', content: [{ type: 'text', text: 'Answer in one sentence.' }] },
      ],
      tools: [
        { name: 'get_weather', description: 'Get the current weather for a location.', parameters: WEATHER_SCHEMA },
        { name: 'get_local_time', parameters: TIME_SCHEMA },
      ],
      toolChoice: 'auto',
      maxTokens: 300,
      temperature: 0.4,
      topP: 0.9,
      stop: ['\n\n', 'END'],
      user: 'user-8f2c41',
      stream: true,
      includeUsage: true,
    };
    assert.deepEqual(spec, expected);
  });

  test('max_tokens is read when max_completion_tokens is absent; a lone stop string becomes a list', () => {
    const spec = openaiCodec.requestToSpec({
      model: 'm',
      messages: [{ role: 'user', content: 'hi' }],
      max_tokens: 77,
      stop: 'END',
    });
    assert.equal(spec.maxTokens, 77);
    assert.deepEqual(spec.stop, ['END']);
    assert.equal(spec.stream, false);
  });

  test('legacy functions and function messages map to tools and tool results', () => {
    const spec = openaiCodec.requestToSpec({
      model: 'm',
      messages: [
        { role: 'user', content: 'weather?' },
        { role: 'assistant', content: null, function_call: { name: 'get_weather', arguments: '{}' } },
        { role: 'function', name: 'get_weather', content: 'sunny' },
      ],
      functions: [{ name: 'get_weather' }],
      function_call: { name: 'get_weather' },
    });
    assert.deepEqual(spec.tools, [{ name: 'get_weather', parameters: { type: 'object', properties: {} } }]);
    assert.deepEqual(spec.toolChoice, { name: 'get_weather' });
    assert.deepEqual(spec.messages[1]!.content, [
      { type: 'tool_call', id: 'call_fn_1', name: 'get_weather', arguments: '{}' },
    ]);
    assert.deepEqual(spec.messages[2]!.content, [{ type: 'tool_result', toolCallId: 'call_fn_1', content: 'sunny' }]);
  });

  test('what the spec cannot carry is refused with the offending param', () => {
    const audio = { type: 'input_audio', input_audio: { data: 'AAAA', format: 'wav' } };
    translationError(
      () =>
        openaiCodec.requestToSpec({
          model: 'm',
          messages: [{ role: 'user', content: [{ type: 'text', text: 'x' }, audio] }],
        }),
      'messages[0].content[1]',
    );
    const file = { type: 'file', file: { file_id: 'file-abc' } };
    translationError(
      () =>
        openaiCodec.requestToSpec({
          model: 'm',
          messages: [
            { role: 'user', content: 'a' },
            { role: 'user', content: [file] },
          ],
        }),
      'messages[1].content[0]',
    );
    translationError(
      () => openaiCodec.requestToSpec({ model: 'm', messages: [{ role: 'user', content: 'a' }], logprobs: true }),
      'logprobs',
    );
    translationError(
      () =>
        openaiCodec.requestToSpec({
          model: 'm',
          messages: [{ role: 'user', content: 'a' }],
          modalities: ['text', 'audio'],
        }),
      'modalities',
    );
  });
});

describe('OpenAI request → Anthropic request', () => {
  test('the agent turn: images as sources, tool calls as tool_use, tool results merged into one user turn', () => {
    const body = toAnthropic(readJsonFixture(import.meta.url, 'request-agent-turn.json'));
    assert.deepEqual(body, {
      model: 'claude-sonnet-4-20250514',
      max_tokens: 300,
      system: 'You are a concise travel assistant.\n\nAlways use metric units.',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Where was this photo taken, and what is the weather there now?' },
            { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG } },
            { type: 'image', source: { type: 'url', url: PHOTO } },
          ],
        },
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'Let me check.' },
            {
              type: 'tool_use',
              id: 'call_Xk2dJ8PqZr4vNc7LbT1sWm9H',
              name: 'get_weather',
              input: { location: 'Paris, France', unit: 'celsius' },
            },
            {
              type: 'tool_use',
              id: 'call_Rb6yT3nHq0mWs8KcVf2eLa5J',
              name: 'get_local_time',
              input: { timezone: 'Europe/Paris' },
            },
          ],
        },
        {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: 'call_Xk2dJ8PqZr4vNc7LbT1sWm9H',
              content: '{"temperature": 21, "conditions": "sunny"}',
            },
            { type: 'tool_result', tool_use_id: 'call_Rb6yT3nHq0mWs8KcVf2eLa5J', content: '14:05 CEST' },
            { type: 'text', text: 'Answer in one sentence.' },
          ],
        },
      ],
      stream: true,
      temperature: 0.4,
      top_p: 0.9,
      stop_sequences: ['END'], // "\n\n" dropped: Anthropic rejects whitespace-only stop sequences
      tools: [
        { name: 'get_weather', description: 'Get the current weather for a location.', input_schema: WEATHER_SCHEMA },
        { name: 'get_local_time', input_schema: TIME_SCHEMA },
      ],
      tool_choice: { type: 'auto' },
      metadata: { user_id: 'user-8f2c41' },
    });
  });

  test('max_tokens defaults to 4096; temperature above 1 is clamped; required → any', () => {
    const body = toAnthropic({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi' }],
      temperature: 1.7,
      tools: [{ type: 'function', function: { name: 'f' } }],
      tool_choice: 'required',
    });
    assert.equal(body.max_tokens, 4096);
    assert.equal(body.temperature, 1);
    assert.deepEqual(body.tool_choice, { type: 'any' });
    assert.deepEqual(body.tools, [{ name: 'f', input_schema: { type: 'object', properties: {} } }]);
    assert.deepEqual(body.messages, [{ role: 'user', content: 'hi' }]);
    const named = toAnthropic({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi' }],
      tool_choice: { type: 'function', function: { name: 'f' } },
      max_tokens: 12,
    });
    assert.deepEqual(named.tool_choice, { type: 'tool', name: 'f' });
    assert.equal(named.max_tokens, 12);
  });

  test('n > 1 is refused with param n; n = 1 passes', () => {
    const body = { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }], n: 3 };
    translationError(() => toAnthropic(body), 'n');
    assert.equal(toAnthropic({ ...body, n: 1 }).n, undefined);
  });

  test('response_format json_schema becomes a forced tool call; json_object a system instruction', () => {
    const schema = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] };
    const body = toAnthropic({
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: 'Be terse.' },
        { role: 'user', content: 'Capital of France?' },
      ],
      response_format: { type: 'json_schema', json_schema: { name: 'city_answer', schema, strict: true } },
    });
    assert.equal(body.system, 'Be terse.');
    assert.deepEqual(body.tools, [
      {
        name: 'lintel_structured_output',
        description: 'Respond with the final answer "city_answer" as this tool\'s input. Call it exactly once.',
        input_schema: schema,
      },
    ]);
    assert.deepEqual(body.tool_choice, { type: 'tool', name: 'lintel_structured_output' });
    assert.equal(body.response_format, undefined);
    // The forced call comes back as the answer text, and the turn as finished.
    const answer = anthropicCodec.responseToSpec({
      id: 'msg_1',
      type: 'message',
      role: 'assistant',
      model: 'claude',
      content: [{ type: 'tool_use', id: 't', name: 'lintel_structured_output', input: { city: 'Paris' } }],
      stop_reason: 'tool_use',
      stop_sequence: null,
      usage: { input_tokens: 1, output_tokens: 1 },
    });
    assert.deepEqual(answer.choices[0]!.content, [{ type: 'text', text: '{"city":"Paris"}' }]);
    assert.equal(answer.choices[0]!.finishReason, 'stop');
    // A schema whose root is not an object cannot be a tool input: the system prompt asks for it instead.
    const list = toAnthropic({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'x' }],
      response_format: { type: 'json_schema', json_schema: { name: 'l', schema: { type: 'array' } } },
    });
    assert.equal(list.tools, undefined);
    assert.match(list.system as string, /^Respond only with a single valid JSON value/);
    const plain = toAnthropic({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'x' }],
      response_format: { type: 'json_object' },
    });
    assert.match(plain.system as string, /^Respond only with a single valid JSON object/);
    const text = toAnthropic({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'x' }],
      response_format: { type: 'text' },
    });
    assert.equal(text.system, undefined);
  });

  test('assistant content null or "" beside tool calls leaves no empty text block', () => {
    const call = { id: 'call_1', type: 'function', function: { name: 'f', arguments: '' } };
    for (const content of [null, '']) {
      const body = toAnthropic({
        model: 'gpt-4o',
        messages: [
          { role: 'user', content: 'go' },
          { role: 'assistant', content, tool_calls: [call] },
          { role: 'tool', tool_call_id: 'call_1', content: 'done' },
        ],
      });
      const messages = body.messages as { content: unknown }[];
      assert.deepEqual(messages[1]!.content, [{ type: 'tool_use', id: 'call_1', name: 'f', input: {} }]);
    }
  });

  test('tool-call arguments that are not a JSON object are refused', () => {
    const call = { id: 'call_1', type: 'function', function: { name: 'f', arguments: '[1,2]' } };
    const body = {
      model: 'gpt-4o',
      messages: [
        { role: 'user', content: 'go' },
        { role: 'assistant', tool_calls: [call] },
      ],
    };
    translationError(() => toAnthropic(body), 'messages');
  });
});

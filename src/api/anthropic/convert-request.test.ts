import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Json } from '../../spec/translate.ts';
import { readJsonFixture } from '../openai/__fixtures__/sse.ts';
import { openaiCodec } from '../openai/codec.ts';
import { TranslationError } from '../openai/translation-error.ts';
import { anthropicCodec } from './codec.ts';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const PHOTO = 'https://upload.wikimedia.org/wikipedia/commons/a/a8/Tour_Eiffel_Wikimedia_Commons.jpg';
const base = { model: 'claude-sonnet-4-20250514', max_tokens: 512 };

function toOpenAI(body: Json): Json {
  return openaiCodec.requestFromSpec({ ...anthropicCodec.requestToSpec(body), model: 'gpt-4o' });
}

function translationError(fn: () => unknown, param: string): void {
  assert.throws(fn, (err: unknown) => err instanceof TranslationError && err.param === param);
}

describe('Anthropic request → OpenAI request', () => {
  test('the agent turn: system blocks joined, signed thinking kept as thinking_blocks, tool results split into tool messages', () => {
    const body = toOpenAI(readJsonFixture(import.meta.url, 'request-agent-turn.json'));
    assert.deepEqual(body, {
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: 'You are a concise travel assistant.\n\nAlways use metric units.' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Where was this photo taken, and what is the weather there now?' },
            { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG}` } },
            { type: 'image_url', image_url: { url: PHOTO } },
          ],
        },
        {
          role: 'assistant',
          content: 'Let me check.',
          thinking_blocks: [
            {
              type: 'thinking',
              thinking: 'Looks like the Eiffel Tower; get weather and time.',
              signature: 'EuYBCkQYAiJAgCs1le6/Pol5Z4/JMomVOouGrWdhYNsH3ukzUECbB6iWrSQtsQuRHJID6lWV',
            },
          ],
          tool_calls: [
            {
              id: 'toolu_01A09q90qw90lq917835lq9B',
              type: 'function',
              function: { name: 'get_weather', arguments: '{"location":"Paris, France","unit":"celsius"}' },
            },
            {
              id: 'toolu_01Hx7mKq2WpZn4Rt9VbL3sCe',
              type: 'function',
              function: { name: 'get_local_time', arguments: '{"timezone":"Europe/Paris"}' },
            },
          ],
        },
        {
          role: 'tool',
          tool_call_id: 'toolu_01A09q90qw90lq917835lq9B',
          content: '{"temperature": 21, "conditions": "sunny"}',
        },
        { role: 'tool', tool_call_id: 'toolu_01Hx7mKq2WpZn4Rt9VbL3sCe', content: '14:05 CEST' },
        { role: 'user', content: 'Answer in one sentence.' },
      ],
      stream: true,
      stream_options: { include_usage: true }, // an Anthropic client always gets usage
      max_completion_tokens: 1024,
      temperature: 0.4,
      top_p: 0.9,
      stop: ['END'],
      tools: [
        {
          type: 'function',
          function: {
            name: 'get_weather',
            description: 'Get the current weather for a location.',
            parameters: {
              type: 'object',
              properties: { location: { type: 'string' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } },
              required: ['location'],
            },
          },
        },
        {
          type: 'function',
          function: {
            name: 'get_local_time',
            parameters: { type: 'object', properties: { timezone: { type: 'string' } } },
          },
        },
      ],
      tool_choice: 'auto',
      user: 'user-8f2c41',
    });
  });

  test('tool_choice any/none/tool map to required/none/a named function', () => {
    const messages = [{ role: 'user', content: 'hi' }];
    const choose = (tool_choice: Json) => toOpenAI({ ...base, messages, tool_choice }).tool_choice;
    assert.equal(choose({ type: 'any' }), 'required');
    assert.equal(choose({ type: 'none' }), 'none');
    assert.deepEqual(choose({ type: 'tool', name: 'get_weather' }), {
      type: 'function',
      function: { name: 'get_weather' },
    });
  });

  test('a tool error keeps its text; a non-streaming call asks for no stream options', () => {
    const body = toOpenAI({
      ...base,
      messages: [
        { role: 'user', content: 'go' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'f', input: {} }] },
        {
          role: 'user',
          content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'timeout', is_error: true }],
        },
      ],
    });
    assert.equal(body.stream, undefined);
    assert.equal(body.stream_options, undefined);
    assert.deepEqual((body.messages as Json[])[2], { role: 'tool', tool_call_id: 'toolu_1', content: 'timeout' });
    assert.deepEqual((body.messages as Json[])[1], {
      role: 'assistant',
      content: null,
      tool_calls: [{ id: 'toolu_1', type: 'function', function: { name: 'f', arguments: '{}' } }],
    });
  });

  test('what OpenAI cannot take is refused with the offending param', () => {
    const tools = [{ type: 'web_search_20250305', name: 'web_search' }];
    translationError(() => toOpenAI({ ...base, messages: [{ role: 'user', content: 'x' }], tools }), 'tools[0]');
    const doc = { type: 'document', source: { type: 'url', url: 'https://example.com/a.pdf' } };
    translationError(
      () => toOpenAI({ ...base, messages: [{ role: 'user', content: [{ type: 'text', text: 'Summarise' }, doc] }] }),
      'messages[0].content[1]',
    );
    const image = { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG } };
    const result = { type: 'tool_result', tool_use_id: 't', content: [{ type: 'text', text: 'chart:' }, image] };
    translationError(
      () =>
        toOpenAI({
          ...base,
          messages: [
            { role: 'user', content: 'plot' },
            { role: 'assistant', content: [{ type: 'tool_use', id: 't', name: 'plot', input: {} }] },
            { role: 'user', content: [result] },
          ],
        }),
      'messages[2].content[0].content[1]',
    );
    const fileImage = { type: 'image', source: { type: 'file', file_id: 'file_011' } };
    translationError(
      () => toOpenAI({ ...base, messages: [{ role: 'user', content: [fileImage] }] }),
      'messages[0].content[0].source',
    );
  });
});

describe('spec → Anthropic request', () => {
  test('an OpenAI-shaped history that ends in tool messages becomes one user turn of tool_result blocks', () => {
    const body = anthropicCodec.requestFromSpec({
      model: 'claude-sonnet-4-20250514',
      stream: false,
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'go' }] },
        { role: 'assistant', content: [{ type: 'tool_call', id: 'a', name: 'f', arguments: '{"x":1}' }] },
        { role: 'tool', content: [{ type: 'tool_result', toolCallId: 'a', content: 'boom', isError: true }] },
      ],
    });
    assert.deepEqual(body.messages, [
      { role: 'user', content: 'go' },
      { role: 'assistant', content: [{ type: 'tool_use', id: 'a', name: 'f', input: { x: 1 } }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'a', content: 'boom', is_error: true }] },
    ]);
  });
});

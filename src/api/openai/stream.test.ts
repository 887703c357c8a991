import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { StreamPart } from '../../spec/chat.ts';
import { anthropicCodec } from '../anthropic/codec.ts';
import { decodeAll, encodeAll, parseSse, readFixture } from './__fixtures__/sse.ts';
import { openaiCodec } from './codec.ts';

const ANTHROPIC_FIXTURES = new URL('../anthropic/x.ts', import.meta.url).href;

interface Chunk {
  id: string;
  object: string;
  model: string;
  choices: {
    index: number;
    delta: {
      role?: string;
      content?: string;
      tool_calls?: { index: number; id?: string; function: { name?: string; arguments: string } }[];
    };
    finish_reason: string | null;
  }[];
  usage?: { prompt_tokens: number; completion_tokens: number; prompt_tokens_details: { cached_tokens: number } } | null;
}

function anthropicParts(name: string): StreamPart[] {
  return decodeAll(readFixture(ANTHROPIC_FIXTURES, name), anthropicCodec.streamDecoder());
}

function toOpenAI(parts: StreamPart[], includeUsage: boolean): string {
  return encodeAll(parts, openaiCodec.streamEncoder({ includeUsage, requestModel: 'gpt-4o' }));
}

describe('Anthropic upstream stream → OpenAI client', () => {
  test('tool_use: byte-exact OpenAI SSE (created aside, which is the time of decoding)', () => {
    const out = toOpenAI(anthropicParts('tool-use.events.txt'), true);
    assert.equal(
      out.replace(/"created":\d+/g, '"created":0'),
      readFixture(import.meta.url, 'tool-use.from-anthropic.chunks.txt'),
    );
  });

  test('tool_use: chunk shape, and concatenated arguments of each call parse', () => {
    const out = toOpenAI(anthropicParts('tool-use.events.txt'), true);
    assert.ok(out.endsWith('data: [DONE]\n\n'));
    const chunks = parseSse(out).map((e) => e.data as unknown as Chunk);
    for (const c of chunks) {
      assert.equal(c.object, 'chat.completion.chunk');
      assert.equal(c.id, 'msg_01Vq3ZkT8xRmW5hJcN2pLb7d');
      assert.equal(c.model, 'claude-sonnet-4-20250514'); // the served model, as in JSON answers
    }
    assert.deepEqual(chunks[0]!.choices[0]!.delta, { role: 'assistant', content: '' });
    const calls = new Map<number, { id?: string; name?: string; args: string }>();
    for (const delta of chunks.flatMap((c) => c.choices.flatMap((ch) => ch.delta.tool_calls ?? []))) {
      const call = calls.get(delta.index) ?? { args: '' };
      if (delta.id) Object.assign(call, { id: delta.id, name: delta.function.name });
      call.args += delta.function.arguments;
      calls.set(delta.index, call);
    }
    assert.deepEqual(
      [...calls].map(([index, c]) => [index, c.id, c.name, JSON.parse(c.args)]),
      [
        [0, 'toolu_01A09q90qw90lq917835lq9B', 'get_weather', { location: 'Paris, France', unit: 'celsius' }],
        [1, 'toolu_01Hx7mKq2WpZn4Rt9VbL3sCe', 'get_local_time', { timezone: 'Europe/Paris' }],
      ],
    );
    const finish = chunks.at(-2)!;
    assert.deepEqual(finish.choices, [{ index: 0, delta: {}, logprobs: null, finish_reason: 'tool_calls' }]);
    const usage = chunks.at(-1)!;
    assert.deepEqual(usage.choices, []);
    assert.deepEqual(usage.usage, {
      prompt_tokens: 2466,
      completion_tokens: 112,
      total_tokens: 2578,
      prompt_tokens_details: { cached_tokens: 2048 },
    });
  });

  test('without include_usage there is no usage chunk and no usage field', () => {
    const out = toOpenAI(anthropicParts('thinking-then-text.events.txt'), false);
    const chunks = parseSse(out).map((e) => e.data as unknown as Chunk);
    assert.ok(chunks.every((c) => !('usage' in c) && c.choices.length === 1));
    assert.equal(chunks.map((c) => c.choices[0]!.delta.content ?? '').join(''), '27 × 453 = **12,231**');
    assert.equal(chunks.at(-1)!.choices[0]!.finish_reason, 'stop');
  });

  test('an upstream error mid-stream becomes an OpenAI error frame', () => {
    const out = toOpenAI(anthropicParts('overloaded.events.txt'), false);
    const frames = out.split('\n\n').slice(-3);
    assert.deepEqual(frames, [
      'data: {"error":{"message":"Overloaded","type":"overloaded_error","param":null,"code":null}}',
      'data: [DONE]',
      '',
    ]);
  });
});

describe('OpenAI stream decoder', () => {
  test('text + usage: start, text deltas, finish, usage with cached tokens; the empty role delta yields no text', () => {
    const parts = decodeAll(readFixture(import.meta.url, 'text-with-usage.chunks.txt'), openaiCodec.streamDecoder());
    assert.deepEqual(parts[0], {
      type: 'start',
      id: 'chatcmpl-C4xTq9RkVb2n7LmWpZs3aJd1Hy',
      model: 'gpt-4o-mini-2024-07-18',
      created: 1754983610,
    });
    const text = parts.flatMap((p) => (p.type === 'text-delta' ? [p.text] : [])).join('');
    assert.equal(text, 'The capital of France is Paris. It’s known for the Eiffel Tower.');
    assert.deepEqual(parts.slice(-2), [
      { type: 'finish', choice: 0, reason: 'stop' },
      { type: 'usage', usage: { inputTokens: 1342, outputTokens: 17, cachedInputTokens: 1152 } },
    ]);
    assert.equal(parts.filter((p) => p.type === 'text-delta').length, 14);
  });

  test('tool calls: one start per call, argument deltas by index', () => {
    const parts = decodeAll(readFixture(import.meta.url, 'tool-calls.chunks.txt'), openaiCodec.streamDecoder());
    const starts = parts.filter((p) => p.type === 'tool-call-start');
    assert.deepEqual(starts, [
      { type: 'tool-call-start', choice: 0, index: 0, id: 'call_Xk2dJ8PqZr4vNc7LbT1sWm9H', name: 'get_weather' },
      { type: 'tool-call-start', choice: 0, index: 1, id: 'call_Rb6yT3nHq0mWs8KcVf2eLa5J', name: 'get_local_time' },
    ]);
    const args = (index: number) =>
      parts.flatMap((p) => (p.type === 'tool-call-delta' && p.index === index ? [p.argumentsDelta] : [])).join('');
    assert.equal(args(0), '{"location": "Paris, France", "unit": "celsius"}');
    assert.equal(args(1), '{"timezone": "Europe/Paris"}');
    assert.deepEqual(parts.at(-2), { type: 'finish', choice: 0, reason: 'tool_calls' });
  });

  test('servers that repeat id and name on every delta, or send a whole call at once', () => {
    const dec = openaiCodec.streamDecoder();
    const chunk = (tool_calls: unknown[], finish_reason: string | null = null) => ({
      id: 'x',
      object: 'chat.completion.chunk',
      created: 1,
      model: 'm',
      choices: [{ index: 0, delta: { tool_calls }, finish_reason }],
    });
    const parts = [
      ...dec.decode(
        undefined,
        chunk([{ index: 0, id: 'c1', type: 'function', function: { name: 'f', arguments: '{"a"' } }]),
      ),
      ...dec.decode(
        undefined,
        chunk([{ index: 0, id: 'c1', type: 'function', function: { name: 'f', arguments: ':1}' } }]),
      ),
      ...dec.decode(undefined, chunk([], 'tool_calls')),
    ];
    assert.deepEqual(parts.slice(1), [
      { type: 'tool-call-start', choice: 0, index: 0, id: 'c1', name: 'f' },
      { type: 'tool-call-delta', choice: 0, index: 0, argumentsDelta: '{"a"' },
      { type: 'tool-call-delta', choice: 0, index: 0, argumentsDelta: ':1}' },
      { type: 'finish', choice: 0, reason: 'tool_calls' },
    ]);
  });

  test('an error object in the stream becomes an error part', () => {
    const parts = openaiCodec
      .streamDecoder()
      .decode(undefined, { error: { message: 'Rate limit reached', type: 'requests' } });
    assert.deepEqual(parts, [{ type: 'error', message: 'Rate limit reached', errorType: 'requests' }]);
  });
});

describe('OpenAI stream encoder', () => {
  test('frames are exactly `data: {json}\\n\\n`; the first delta carries the role; end() is [DONE]', () => {
    const enc = openaiCodec.streamEncoder({ includeUsage: false, requestModel: 'claude' });
    assert.equal(
      enc.encode({ type: 'start', id: 'msg_1', model: 'gpt-4o', created: 1700000000 }),
      'data: {"id":"msg_1","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o","choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}]}\n\n',
    );
    assert.equal(
      enc.encode({ type: 'text-delta', choice: 0, text: 'Hi' }),
      'data: {"id":"msg_1","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o","choices":[{"index":0,"delta":{"content":"Hi"},"logprobs":null,"finish_reason":null}]}\n\n',
    );
    assert.equal(enc.encode({ type: 'usage', usage: { inputTokens: 1, outputTokens: 1 } }), '');
    assert.equal(enc.end(), 'data: [DONE]\n\n');
  });

  test('tool-call indexes are renumbered 0, 1, … per choice whatever the upstream used', () => {
    const enc = openaiCodec.streamEncoder({ includeUsage: false, requestModel: 'gpt-4o' });
    const out = encodeAll(
      [
        { type: 'tool-call-start', choice: 0, index: 3, id: 'a', name: 'f' },
        { type: 'tool-call-start', choice: 0, index: 7, id: 'b', name: 'g' },
        { type: 'tool-call-delta', choice: 0, index: 3, argumentsDelta: '{}' },
      ],
      enc,
    );
    const indexes = parseSse(out).flatMap((e) =>
      (e.data as unknown as Chunk).choices.flatMap((c) => (c.delta.tool_calls ?? []).map((t) => t.index)),
    );
    assert.deepEqual(indexes, [0, 1, 0]);
    assert.match((parseSse(out)[0]!.data as unknown as Chunk).id, /^chatcmpl-[0-9a-f]{32}$/);
  });
});

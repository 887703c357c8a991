import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { StreamPart } from '../../spec/chat.ts';
import { decodeAll, encodeAll, parseSse, readFixture } from '../openai/__fixtures__/sse.ts';
import { openaiCodec } from '../openai/codec.ts';
import { anthropicCodec } from './codec.ts';

const OPENAI_FIXTURES = new URL('../openai/x.ts', import.meta.url).href;

function openaiFixture(name: string): string {
  return readFixture(OPENAI_FIXTURES, name);
}

/** The fields of Anthropic stream events these tests read. */
interface Event {
  type: string;
  index?: number;
  content_block?: unknown;
  delta: { partial_json?: string; stop_reason?: string };
  usage?: unknown;
}

function toAnthropic(parts: StreamPart[]): string {
  return encodeAll(parts, anthropicCodec.streamEncoder({ includeUsage: false, requestModel: 'claude-sonnet-4' }));
}

describe('OpenAI upstream stream → Anthropic client', () => {
  test('text + usage: byte-exact Anthropic SSE, message_delta held until the usage chunk', () => {
    const parts = decodeAll(openaiFixture('text-with-usage.chunks.txt'), openaiCodec.streamDecoder());
    const out = toAnthropic(parts);
    assert.equal(out, readFixture(import.meta.url, 'text-with-usage.from-openai.events.txt'));
    const events = parseSse(out).map((e) => e.event);
    assert.deepEqual(events.slice(0, 2), ['message_start', 'content_block_start']);
    assert.deepEqual(events.slice(-3), ['content_block_stop', 'message_delta', 'message_stop']);
    for (const e of parseSse(out)) assert.equal(e.data.type, e.event, 'event name and data.type agree');
  });

  test('and back: the Anthropic SSE decodes and re-encodes to the same OpenAI answer, finish and usage', () => {
    const anthropicSse = readFixture(import.meta.url, 'text-with-usage.from-openai.events.txt');
    const parts = decodeAll(anthropicSse, anthropicCodec.streamDecoder());
    const openaiSse = encodeAll(parts, openaiCodec.streamEncoder({ includeUsage: true, requestModel: 'gpt-4o-mini' }));
    const original = parseSse(openaiFixture('text-with-usage.chunks.txt')).map((e) => e.data);
    const again = parseSse(openaiSse).map((e) => e.data);
    const summary = (chunks: typeof original) => {
      const choices = chunks.flatMap(
        (c) => c.choices as { delta: { content?: string }; finish_reason: string | null }[],
      );
      const usage = chunks.at(-1)!.usage as {
        prompt_tokens: number;
        completion_tokens: number;
        prompt_tokens_details: { cached_tokens: number };
      };
      return {
        text: choices.map((c) => c.delta.content ?? '').join(''),
        finish: choices.flatMap((c) => (c.finish_reason ? [c.finish_reason] : [])),
        usage: [usage.prompt_tokens, usage.completion_tokens, usage.prompt_tokens_details.cached_tokens],
      };
    };
    assert.deepEqual(summary(again), summary(original));
    assert.deepEqual(summary(original).usage, [1342, 17, 1152]);
    assert.ok(openaiSse.endsWith('data: [DONE]\n\n'));
  });

  test('parallel tool calls: one tool_use block each, whose partial_json concatenates to the arguments', () => {
    const parts = decodeAll(openaiFixture('tool-calls.chunks.txt'), openaiCodec.streamDecoder());
    const events = parseSse(toAnthropic(parts)).map((e) => e.data as unknown as Event);
    const starts = events.filter((e) => e.type === 'content_block_start');
    assert.deepEqual(
      starts.map((e) => [e.index, e.content_block]),
      [
        [0, { type: 'tool_use', id: 'call_Xk2dJ8PqZr4vNc7LbT1sWm9H', name: 'get_weather', input: {} }],
        [1, { type: 'tool_use', id: 'call_Rb6yT3nHq0mWs8KcVf2eLa5J', name: 'get_local_time', input: {} }],
      ],
    );
    const input = (index: number) =>
      JSON.parse(
        events
          .filter((e) => e.type === 'content_block_delta' && e.index === index)
          .map((e) => e.delta.partial_json)
          .join(''),
      );
    assert.deepEqual(input(0), { location: 'Paris, France', unit: 'celsius' });
    assert.deepEqual(input(1), { timezone: 'Europe/Paris' });
    const delta = events.find((e) => e.type === 'message_delta')!;
    assert.equal(delta.delta.stop_reason, 'tool_use');
    assert.deepEqual(delta.usage, {
      input_tokens: 142,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
      output_tokens: 52,
    });
    // Blocks never overlap: each stops before the next starts.
    const order = events.filter((e) => e.type.startsWith('content_block_') && e.type !== 'content_block_delta');
    assert.deepEqual(
      order.map((e) => `${e.type}:${e.index}`),
      ['content_block_start:0', 'content_block_stop:0', 'content_block_start:1', 'content_block_stop:1'],
    );
  });
});

describe('Anthropic stream encoder', () => {
  const start: StreamPart = { type: 'start', id: 'chatcmpl-1', model: 'gpt-4o', created: 1 };

  test('without usage (include_usage off upstream), end() closes with message_delta and message_stop', () => {
    const enc = anthropicCodec.streamEncoder({ includeUsage: false, requestModel: 'claude' });
    let out = enc.encode(start) + enc.encode({ type: 'text-delta', choice: 0, text: 'Hi' });
    out += enc.encode({ type: 'finish', choice: 0, reason: 'length' });
    assert.ok(!out.includes('message_delta'), 'held until usage or end()');
    out += enc.end();
    const events = parseSse(out);
    assert.deepEqual(
      events.map((e) => e.event),
      [
        'message_start',
        'content_block_start',
        'content_block_delta',
        'content_block_stop',
        'message_delta',
        'message_stop',
      ],
    );
    assert.deepEqual(events[4]!.data, {
      type: 'message_delta',
      delta: { stop_reason: 'max_tokens', stop_sequence: null },
      usage: { input_tokens: 0, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: 0 },
    });
    assert.equal(enc.end(), '', 'end() is idempotent');
  });

  test('usage that arrives before the finish is sent with it', () => {
    const enc = anthropicCodec.streamEncoder({ includeUsage: false, requestModel: 'claude' });
    const out =
      enc.encode(start) +
      enc.encode({ type: 'usage', usage: { inputTokens: 10, outputTokens: 3 } }) +
      enc.encode({ type: 'finish', choice: 0, reason: 'stop' });
    assert.deepEqual(
      parseSse(out).map((e) => e.event),
      ['message_start', 'message_delta', 'message_stop'],
    );
    assert.equal(enc.end(), '');
    assert.equal(enc.encode({ type: 'text-delta', choice: 0, text: 'late' }), '', 'nothing after message_stop');
  });

  test('a stream error becomes an Anthropic error event and ends the stream', () => {
    const enc = anthropicCodec.streamEncoder({ includeUsage: false, requestModel: 'claude' });
    enc.encode(start);
    const frame = enc.encode({ type: 'error', message: 'The server had an error', errorType: 'server_error' });
    assert.equal(
      frame,
      'event: error\ndata: {"type":"error","error":{"type":"api_error","message":"The server had an error"}}\n\n',
    );
    const overloaded = anthropicCodec.streamEncoder({ includeUsage: false, requestModel: 'claude' });
    assert.match(
      overloaded.encode({ type: 'error', message: 'Overloaded', errorType: 'overloaded_error' }),
      /"type":"overloaded_error"/,
    );
    assert.equal(enc.end(), '');
  });

  test('parts before start still open the message; other choices are ignored', () => {
    const enc = anthropicCodec.streamEncoder({ includeUsage: false, requestModel: 'claude' });
    const out =
      enc.encode({ type: 'text-delta', choice: 1, text: 'other' }) +
      enc.encode({ type: 'text-delta', choice: 0, text: 'A' });
    const events = parseSse(out + enc.end());
    assert.equal(events[0]!.event, 'message_start');
    assert.match(String((events[0]!.data.message as { id: string }).id), /^msg_[0-9a-f]{32}$/);
    assert.ok(!out.includes('other'));
  });

  test('text after a tool call opens a new block with the next index', () => {
    const enc = anthropicCodec.streamEncoder({ includeUsage: false, requestModel: 'claude' });
    const out = encodeAll(
      [
        start,
        { type: 'text-delta', choice: 0, text: 'Checking.' },
        { type: 'tool-call-start', choice: 0, index: 0, id: 'call_1', name: 'f' },
        { type: 'tool-call-delta', choice: 0, index: 0, argumentsDelta: '{}' },
        { type: 'text-delta', choice: 0, text: 'Done.' },
        { type: 'finish', choice: 0, reason: 'tool_calls' },
      ],
      enc,
    );
    const blocks = parseSse(out)
      .filter((e) => e.event === 'content_block_start' || e.event === 'content_block_stop')
      .map((e) => `${e.event}:${e.data.index}`);
    assert.deepEqual(blocks, [
      'content_block_start:0',
      'content_block_stop:0',
      'content_block_start:1',
      'content_block_stop:1',
      'content_block_start:2',
      'content_block_stop:2',
    ]);
  });
});

describe('Anthropic stream decoder', () => {
  test('tool_use stream: text, two tool calls by ordinal, finish, then one combined usage at message_stop', () => {
    const parts = decodeAll(readFixture(import.meta.url, 'tool-use.events.txt'), anthropicCodec.streamDecoder());
    const start = parts[0]!;
    assert.equal(start.type, 'start');
    assert.deepEqual(parts.slice(1), [
      { type: 'text-delta', choice: 0, text: "I'll check the weather" },
      { type: 'text-delta', choice: 0, text: ' and the local time in Paris for you.' },
      { type: 'tool-call-start', choice: 0, index: 0, id: 'toolu_01A09q90qw90lq917835lq9B', name: 'get_weather' },
      { type: 'tool-call-delta', choice: 0, index: 0, argumentsDelta: '{"location":' },
      { type: 'tool-call-delta', choice: 0, index: 0, argumentsDelta: ' "Paris, Fr' },
      { type: 'tool-call-delta', choice: 0, index: 0, argumentsDelta: 'ance"' },
      { type: 'tool-call-delta', choice: 0, index: 0, argumentsDelta: ', "unit": "ce' },
      { type: 'tool-call-delta', choice: 0, index: 0, argumentsDelta: 'lsius"}' },
      { type: 'tool-call-start', choice: 0, index: 1, id: 'toolu_01Hx7mKq2WpZn4Rt9VbL3sCe', name: 'get_local_time' },
      { type: 'tool-call-delta', choice: 0, index: 1, argumentsDelta: '{"timezone": "Eu' },
      { type: 'tool-call-delta', choice: 0, index: 1, argumentsDelta: 'rope/Paris"}' },
      { type: 'finish', choice: 0, reason: 'tool_calls' },
      { type: 'usage', usage: { inputTokens: 418 + 2048, outputTokens: 112, cachedInputTokens: 2048 } },
    ]);
    if (start.type === 'start') {
      assert.equal(start.id, 'msg_01Vq3ZkT8xRmW5hJcN2pLb7d');
      assert.equal(start.model, 'claude-sonnet-4-20250514');
    }
  });

  test('thinking deltas become reasoning parts, the signature a reasoning-signature part', () => {
    const parts = decodeAll(
      readFixture(import.meta.url, 'thinking-then-text.events.txt'),
      anthropicCodec.streamDecoder(),
    );
    const reasoning = parts.filter((p) => p.type === 'reasoning-delta' || p.type === 'reasoning-signature');
    assert.equal(reasoning.at(-1)?.type, 'reasoning-signature');
    assert.ok(reasoning.length >= 2);
    assert.deepEqual(parts.slice(1 + reasoning.length), [
      { type: 'text-delta', choice: 0, text: '27 × 453 = ' },
      { type: 'text-delta', choice: 0, text: '**12,231**' },
      { type: 'finish', choice: 0, reason: 'stop' },
      { type: 'usage', usage: { inputTokens: 52, outputTokens: 87 } },
    ]);
  });

  test('an error event becomes an error part; ping yields nothing', () => {
    const parts = decodeAll(readFixture(import.meta.url, 'overloaded.events.txt'), anthropicCodec.streamDecoder());
    assert.deepEqual(parts.at(-1), { type: 'error', message: 'Overloaded', errorType: 'overloaded_error' });
    assert.deepEqual(anthropicCodec.streamDecoder().decode('ping', { type: 'ping' }), []);
  });
});

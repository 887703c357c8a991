// The official openai SDK (v6) must accept what the OpenAI encoder writes: the bytes go through the
// SDK's own SSE parser and ChatCompletionStream accumulator, delivered in 7-byte slices.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import OpenAI from 'openai';
import { anthropicCodec } from '../anthropic/codec.ts';
import { decodeAll, encodeAll, readFixture, sseResponse } from './__fixtures__/sse.ts';
import { openaiCodec } from './codec.ts';

const ANTHROPIC_FIXTURES = new URL('../anthropic/x.ts', import.meta.url).href;

/** A client whose every request is answered with `sse`. */
function clientServing(sse: string): OpenAI {
  return new OpenAI({
    apiKey: 'sk-test',
    baseURL: 'http://lintel.test/v1',
    maxRetries: 0,
    fetch: async () => sseResponse(sse),
  });
}

function openaiSseFromAnthropic(fixture: string, includeUsage: boolean): string {
  const parts = decodeAll(readFixture(ANTHROPIC_FIXTURES, fixture), anthropicCodec.streamDecoder());
  return encodeAll(parts, openaiCodec.streamEncoder({ includeUsage, requestModel: 'gpt-4o' }));
}

describe('openai SDK reads the OpenAI stream encoder output', () => {
  test('tool calls and usage accumulate into the final chat completion', async () => {
    const client = clientServing(openaiSseFromAnthropic('tool-use.events.txt', true));
    const stream = client.chat.completions.stream({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Weather and time in Paris?' }],
      stream_options: { include_usage: true },
    });
    const completion = await stream.finalChatCompletion();
    assert.equal(completion.id, 'msg_01Vq3ZkT8xRmW5hJcN2pLb7d');
    assert.equal(completion.model, 'claude-sonnet-4-20250514'); // the served model
    const [choice] = completion.choices;
    assert.equal(choice!.finish_reason, 'tool_calls');
    assert.equal(choice!.message.content, "I'll check the weather and the local time in Paris for you.");
    const calls = (choice!.message.tool_calls ?? []).map((c) => {
      assert.equal(c.type, 'function');
      return c.type === 'function' ? [c.id, c.function.name, JSON.parse(c.function.arguments)] : [];
    });
    assert.deepEqual(calls, [
      ['toolu_01A09q90qw90lq917835lq9B', 'get_weather', { location: 'Paris, France', unit: 'celsius' }],
      ['toolu_01Hx7mKq2WpZn4Rt9VbL3sCe', 'get_local_time', { timezone: 'Europe/Paris' }],
    ]);
    assert.equal(completion.usage?.prompt_tokens, 2466);
    assert.equal(completion.usage?.completion_tokens, 112);
    assert.equal(completion.usage?.prompt_tokens_details?.cached_tokens, 2048);
  });

  test('plain text without include_usage', async () => {
    const client = clientServing(openaiSseFromAnthropic('thinking-then-text.events.txt', false));
    const stream = client.chat.completions.stream({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: '27 * 453?' }],
    });
    const deltas: string[] = [];
    stream.on('content', (delta) => deltas.push(delta));
    const completion = await stream.finalChatCompletion();
    assert.equal(completion.choices[0]!.message.content, '27 × 453 = **12,231**');
    assert.deepEqual(deltas, ['27 × 453 = ', '**12,231**']);
    assert.equal(completion.usage, undefined);
  });

  test('a mid-stream error surfaces as an APIError with the upstream message', async () => {
    const client = clientServing(openaiSseFromAnthropic('overloaded.events.txt', false));
    const stream = client.chat.completions.stream({ model: 'gpt-4o', messages: [{ role: 'user', content: 'story' }] });
    await assert.rejects(stream.finalChatCompletion(), (err: unknown) => {
      assert.ok(err instanceof OpenAI.APIError);
      assert.match(err.message, /Overloaded/);
      return true;
    });
  });
});

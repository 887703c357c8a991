// The official @anthropic-ai/sdk must accept what the Anthropic encoder writes: the bytes go through the
// SDK's own SSE parser and MessageStream accumulator, delivered in 7-byte slices.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Anthropic from '@anthropic-ai/sdk';
import { decodeAll, encodeAll, readFixture, sseResponse } from '../openai/__fixtures__/sse.ts';
import { openaiCodec } from '../openai/codec.ts';
import { anthropicCodec } from './codec.ts';

const OPENAI_FIXTURES = new URL('../openai/x.ts', import.meta.url).href;

/** A client whose every request is answered with `sse`. */
function clientServing(sse: string): Anthropic {
  return new Anthropic({
    apiKey: 'sk-ant-test',
    baseURL: 'http://lintel.test',
    maxRetries: 0,
    fetch: async () => sseResponse(sse),
  });
}

function anthropicSseFromOpenAI(fixture: string): string {
  const parts = decodeAll(readFixture(OPENAI_FIXTURES, fixture), openaiCodec.streamDecoder());
  return encodeAll(parts, anthropicCodec.streamEncoder({ includeUsage: false, requestModel: 'claude-sonnet-4' }));
}

const params = { model: 'claude-sonnet-4', max_tokens: 256, messages: [{ role: 'user' as const, content: 'Hi' }] };

describe('@anthropic-ai/sdk reads the Anthropic stream encoder output', () => {
  test('text with usage held to the end: the final message has exact usage', async () => {
    const stream = clientServing(anthropicSseFromOpenAI('text-with-usage.chunks.txt')).messages.stream(params);
    const message = await stream.finalMessage();
    assert.equal(message.id, 'chatcmpl-C4xTq9RkVb2n7LmWpZs3aJd1Hy');
    assert.equal(message.model, 'gpt-4o-mini-2024-07-18'); // the served model
    assert.equal(message.stop_reason, 'end_turn');
    assert.deepEqual(message.content, [
      { type: 'text', text: 'The capital of France is Paris. It’s known for the Eiffel Tower.' },
    ]);
    assert.equal(message.usage.input_tokens, 190);
    assert.equal(message.usage.cache_read_input_tokens, 1152);
    assert.equal(message.usage.output_tokens, 17);
  });

  test('parallel tool calls accumulate into tool_use blocks with parsed input', async () => {
    const stream = clientServing(anthropicSseFromOpenAI('tool-calls.chunks.txt')).messages.stream(params);
    const message = await stream.finalMessage();
    assert.equal(message.stop_reason, 'tool_use');
    assert.deepEqual(message.content, [
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
    ]);
    assert.equal(message.usage.output_tokens, 52);
  });

  test('a stream error surfaces as an APIError of the mapped type', async () => {
    const enc = anthropicCodec.streamEncoder({ includeUsage: false, requestModel: 'claude-sonnet-4' });
    const sse =
      enc.encode({ type: 'start', id: 'chatcmpl-1', model: 'gpt-4o', created: 1 }) +
      enc.encode({ type: 'text-delta', choice: 0, text: 'Once' }) +
      enc.encode({
        type: 'error',
        message: 'The server had an error while processing your request.',
        errorType: 'server_error',
      }) +
      enc.end();
    const stream = clientServing(sse).messages.stream(params);
    await assert.rejects(stream.finalMessage(), (err: unknown) => {
      assert.ok(err instanceof Anthropic.APIError);
      assert.match(err.message, /api_error/);
      return true;
    });
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readJsonFixture } from '../openai/__fixtures__/sse.ts';
import { openaiCodec } from '../openai/codec.ts';
import { anthropicCodec } from './codec.ts';

describe('Anthropic response → spec → OpenAI response', () => {
  test('text split by citations is joined; cache reads count as input and as cached_tokens', () => {
    const before = Math.floor(Date.now() / 1000);
    const spec = anthropicCodec.responseToSpec(readJsonFixture(import.meta.url, 'message.json'));
    assert.ok(spec.created >= before);
    const body = openaiCodec.responseFromSpec({ ...spec, model: 'claude-sonnet-4' });
    assert.deepEqual(body, {
      id: 'msg_01XFDUDYJgAACzvnptvVoYEL',
      object: 'chat.completion',
      created: spec.created,
      model: 'claude-sonnet-4',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: 'The image shows a red bicycle leaning against a brick wall.',
            refusal: null,
          },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
      usage: {
        prompt_tokens: 2118, // 198 uncached + 1920 read from cache
        completion_tokens: 13,
        total_tokens: 2131,
        prompt_tokens_details: { cached_tokens: 1920 },
      },
    });
  });

  test('thinking becomes reasoning_content + signed thinking_blocks; tool_use becomes tool_calls; cache writes count as input', () => {
    const wire = readJsonFixture(import.meta.url, 'message-tool-use.json');
    const spec = anthropicCodec.responseToSpec(wire);
    assert.deepEqual(spec.usage, { inputTokens: 418 + 1536, outputTokens: 112, cacheWriteTokens: 1536 });
    const body = openaiCodec.responseFromSpec(spec);
    const choice = (body.choices as { message: Record<string, unknown>; finish_reason: string }[])[0]!;
    const thinking = (wire.content as { thinking: string; signature: string }[])[0]!;
    assert.equal(choice.message.reasoning_content, thinking.thinking);
    assert.deepEqual(choice.message.thinking_blocks, [{ type: 'thinking', ...thinking }]);
    // The signed thinking goes back to Claude on the next turn of an OpenAI-format conversation.
    const next = anthropicCodec.requestFromSpec(
      openaiCodec.requestToSpec({ model: 'm', messages: [{ role: 'user', content: 'hi' }, choice.message] }),
    );
    const sent = (next.messages as { content: { type: string }[] }[])[1]!.content[0];
    assert.deepEqual(sent, { type: 'thinking', ...thinking });
    assert.equal(choice.finish_reason, 'tool_calls');
    assert.equal(choice.message.content, "I'll check the weather and the local time in Paris for you.");
    const calls = choice.message.tool_calls as {
      id: string;
      type: string;
      function: { name: string; arguments: string };
    }[];
    assert.deepEqual(
      calls.map((c) => [c.id, c.type, c.function.name, JSON.parse(c.function.arguments)]),
      [
        ['toolu_01A09q90qw90lq917835lq9B', 'function', 'get_weather', { location: 'Paris, France', unit: 'celsius' }],
        ['toolu_01Hx7mKq2WpZn4Rt9VbL3sCe', 'function', 'get_local_time', { timezone: 'Europe/Paris' }],
      ],
    );
    // OpenAI's cached_tokens means discounted cache reads; cache writes are not reads.
    assert.deepEqual(body.usage, {
      prompt_tokens: 1954,
      completion_tokens: 112,
      total_tokens: 2066,
      prompt_tokens_details: { cached_tokens: 0 },
    });
  });

  test('stop reasons map to finish reasons', () => {
    const cases = [
      ['end_turn', 'stop'],
      ['stop_sequence', 'stop'],
      ['max_tokens', 'length'],
      ['tool_use', 'tool_calls'],
      ['refusal', 'content_filter'],
      ['pause_turn', 'stop'],
    ] as const;
    for (const [stop, finish] of cases) {
      const wire = { ...readJsonFixture(import.meta.url, 'message.json'), stop_reason: stop };
      const body = openaiCodec.responseFromSpec(anthropicCodec.responseToSpec(wire));
      assert.equal((body.choices as { finish_reason: string }[])[0]!.finish_reason, finish, stop);
    }
  });

  test('Anthropic → spec → Anthropic keeps thinking (with its signature), text, tool use, stop reason and usage', () => {
    const wire = readJsonFixture(import.meta.url, 'message-tool-use.json');
    const again = anthropicCodec.responseFromSpec(anthropicCodec.responseToSpec(wire));
    assert.deepEqual(again.content, wire.content);
    assert.equal(again.stop_reason, 'tool_use');
    assert.deepEqual(again.usage, {
      input_tokens: 418,
      cache_creation_input_tokens: 1536,
      cache_read_input_tokens: 0,
      output_tokens: 112,
    });
  });

  test('tool arguments that are not a JSON object become an empty input rather than an invalid message', () => {
    const body = anthropicCodec.responseFromSpec({
      id: 'chatcmpl-1',
      model: 'gpt-4o',
      created: 0,
      choices: [
        {
          index: 0,
          content: [{ type: 'tool_call', id: 'c', name: 'f', arguments: '{"city": "Par' }],
          finishReason: 'tool_calls',
        },
      ],
    });
    assert.deepEqual(body.content, [{ type: 'tool_use', id: 'c', name: 'f', input: {} }]);
    assert.deepEqual(body.usage, {
      input_tokens: 0,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
      output_tokens: 0,
    });
  });
});

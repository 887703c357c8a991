import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { anthropicCodec } from '../anthropic/codec.ts';
import { readJsonFixture } from './__fixtures__/sse.ts';
import { openaiCodec } from './codec.ts';

describe('OpenAI response → spec → Anthropic response', () => {
  test('text with cached prompt tokens', () => {
    const spec = openaiCodec.responseToSpec(readJsonFixture(import.meta.url, 'chat-completion.json'));
    assert.deepEqual(spec, {
      id: 'chatcmpl-C4xYh7PwNs3kQm1RtVb8uZe2Lc',
      model: 'gpt-4o-2024-08-06',
      created: 1754983902,
      choices: [
        {
          index: 0,
          content: [{ type: 'text', text: 'The image shows a red bicycle leaning against a brick wall.' }],
          finishReason: 'stop',
        },
      ],
      usage: { inputTokens: 2118, outputTokens: 13, cachedInputTokens: 1920 },
    });
    assert.deepEqual(anthropicCodec.responseFromSpec({ ...spec, model: 'gpt-4o' }), {
      id: 'chatcmpl-C4xYh7PwNs3kQm1RtVb8uZe2Lc',
      type: 'message',
      role: 'assistant',
      model: 'gpt-4o',
      content: [{ type: 'text', text: 'The image shows a red bicycle leaning against a brick wall.' }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      // Anthropic's input_tokens excludes cache reads: 2118 - 1920
      usage: { input_tokens: 198, cache_creation_input_tokens: 0, cache_read_input_tokens: 1920, output_tokens: 13 },
    });
  });

  test('parallel tool calls become tool_use blocks with parsed input', () => {
    const spec = openaiCodec.responseToSpec(readJsonFixture(import.meta.url, 'chat-completion-tool-calls.json'));
    const body = anthropicCodec.responseFromSpec(spec);
    assert.deepEqual(body.content, [
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
    assert.equal(body.stop_reason, 'tool_use');
    assert.deepEqual(body.usage, {
      input_tokens: 142,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
      output_tokens: 52,
    });
  });

  test('finish reasons map to stop reasons', () => {
    const cases = [
      ['stop', 'end_turn'],
      ['length', 'max_tokens'],
      ['tool_calls', 'tool_use'],
      ['content_filter', 'refusal'],
    ] as const;
    for (const [finish, stop] of cases) {
      const wire = readJsonFixture(import.meta.url, 'chat-completion.json');
      (wire.choices as { finish_reason: string }[])[0]!.finish_reason = finish;
      assert.equal(anthropicCodec.responseFromSpec(openaiCodec.responseToSpec(wire)).stop_reason, stop);
    }
  });

  test('a refusal is carried as the answer text', () => {
    const wire = readJsonFixture(import.meta.url, 'chat-completion.json');
    const choice = (wire.choices as { message: { content: unknown; refusal: unknown } }[])[0]!;
    choice.message.content = null;
    choice.message.refusal = "I'm sorry, I can't help with that.";
    const spec = openaiCodec.responseToSpec(wire);
    assert.deepEqual(spec.choices[0]!.content, [{ type: 'text', text: "I'm sorry, I can't help with that." }]);
  });

  test('OpenAI → spec → OpenAI keeps the answer, tool calls and usage', () => {
    for (const name of ['chat-completion.json', 'chat-completion-tool-calls.json']) {
      const wire = readJsonFixture(import.meta.url, name);
      const again = openaiCodec.responseFromSpec(openaiCodec.responseToSpec(wire));
      const pick = (body: typeof wire) => {
        const c = (
          body.choices as { message: { content: unknown; tool_calls?: unknown }; finish_reason: unknown }[]
        )[0]!;
        const u = body.usage as { prompt_tokens: number; completion_tokens: number; prompt_tokens_details: unknown };
        return [
          body.id,
          body.created,
          c.message.content,
          c.message.tool_calls,
          c.finish_reason,
          u.prompt_tokens,
          u.completion_tokens,
        ];
      };
      assert.deepEqual(pick(again), pick(wire), name);
      assert.equal(again.object, 'chat.completion');
    }
  });
});

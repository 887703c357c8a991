import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readJsonFixture } from './__fixtures__/sse.ts';
import { validateChatCompletionRequest, validateEmbeddingRequest } from './schema.ts';

const user = [{ role: 'user', content: 'Hello' }];
const call = { id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } };

function rejects(body: unknown, param: string, message?: string) {
  const result = validateChatCompletionRequest(body);
  assert.equal(result.ok, false, `expected ${JSON.stringify(body)} to be rejected`);
  if (result.ok) return;
  assert.equal(result.param, param);
  if (message !== undefined) assert.equal(result.message, message);
}

describe('validateChatCompletionRequest', () => {
  test('accepts a realistic agent turn and returns the original body untouched', () => {
    const body = readJsonFixture(import.meta.url, 'request-agent-turn.json');
    const result = validateChatCompletionRequest(body);
    assert.equal(result.ok, true);
    if (result.ok) assert.equal(result.value, body);
  });

  test('lets unknown fields and null optionals through', () => {
    const body = { model: 'gpt-4o', messages: user, temperature: null, reasoning_effort: 'low', store: false };
    assert.equal(validateChatCompletionRequest(body).ok, true);
  });

  test('assistant content may be null only alongside tool_calls', () => {
    const ok = { model: 'm', messages: [...user, { role: 'assistant', content: null, tool_calls: [call] }] };
    assert.equal(validateChatCompletionRequest(ok).ok, true);
    rejects(
      { model: 'm', messages: [...user, { role: 'assistant', content: null }] },
      'messages[1].content',
      'messages[1].content is required unless tool_calls is set',
    );
  });

  test('reports the body, model and messages', () => {
    rejects('hello', '', 'request body must be an object; got string "hello"');
    rejects({ messages: user }, 'model', 'model is required');
    rejects({ model: '', messages: user }, 'model', 'model must be a non-empty string');
    rejects({ model: 'm' }, 'messages', 'messages is required');
    rejects({ model: 'm', messages: [] }, 'messages', 'messages must be a non-empty array');
    rejects({ model: 'm', messages: {} }, 'messages', 'messages must be an array; got an object');
  });

  test('reports roles and content with OpenAI dotted paths', () => {
    rejects(
      { model: 'm', messages: [{ role: 'robot', content: 'x' }] },
      'messages[0].role',
      'messages[0].role must be one of system, developer, user, assistant, tool, function; got "robot"',
    );
    rejects({ model: 'm', messages: [{ content: 'x' }] }, 'messages[0].role', 'messages[0].role is required');
    rejects(
      { model: 'm', messages: [{ role: 'user', content: 42 }] },
      'messages[0].content',
      'messages[0].content must be a string or an array; got number 42',
    );
    rejects(
      { model: 'm', messages: [...user, { role: 'user', content: [{ type: 'video', url: 'x' }] }] },
      'messages[1].content[0].type',
      'messages[1].content[0].type must be one of text, image_url, input_audio, file; got "video"',
    );
    rejects({ model: 'm', messages: [{ role: 'user', content: [{ type: 'text' }] }] }, 'messages[0].content[0].text');
    rejects(
      { model: 'm', messages: [{ role: 'user', content: [{ type: 'image_url', image_url: {} }] }] },
      'messages[0].content[0].image_url.url',
    );
    rejects(
      { model: 'm', messages: [{ role: 'system', content: [{ type: 'image_url', image_url: { url: 'u' } }] }] },
      'messages[0].content[0].type',
      'messages[0].content[0].type must be "text"; got "image_url"',
    );
    rejects({ model: 'm', messages: [{ role: 'tool', content: 'x' }] }, 'messages[0].tool_call_id');
    rejects(
      { model: 'm', messages: [{ role: 'assistant', content: 'x', tool_calls: [{ ...call, type: 'code' }] }] },
      'messages[0].tool_calls[0].type',
    );
    rejects(
      { model: 'm', messages: [{ role: 'assistant', tool_calls: [{ ...call, function: { name: 'f' } }] }] },
      'messages[0].tool_calls[0].function.arguments',
    );
  });

  test('reports numbers out of range and wrong scalar types', () => {
    rejects({ model: 'm', messages: user, temperature: 2.5 }, 'temperature', 'temperature must be <= 2; got 2.5');
    rejects(
      { model: 'm', messages: user, temperature: '1' },
      'temperature',
      'temperature must be a number; got string "1"',
    );
    rejects({ model: 'm', messages: user, top_p: 1.1 }, 'top_p', 'top_p must be <= 1; got 1.1');
    rejects({ model: 'm', messages: user, n: 0 }, 'n', 'n must be >= 1; got 0');
    rejects({ model: 'm', messages: user, n: 129 }, 'n', 'n must be <= 128; got 129');
    rejects({ model: 'm', messages: user, n: 1.5 }, 'n', 'n must be an integer; got number 1.5');
    rejects({ model: 'm', messages: user, max_tokens: 0 }, 'max_tokens', 'max_tokens must be >= 1; got 0');
    rejects({ model: 'm', messages: user, max_completion_tokens: -5 }, 'max_completion_tokens');
    rejects({ model: 'm', messages: user, stream: 'true' }, 'stream', 'stream must be a boolean; got string "true"');
    rejects({ model: 'm', messages: user, stream_options: { include_usage: 1 } }, 'stream_options.include_usage');
    // JSON.parse reads a literal like 1e400 as Infinity, which JSON.stringify would show as "null".
    const huge = JSON.parse('{"model":"m","messages":[{"role":"user","content":"x"}],"max_tokens":1e400}');
    rejects(huge, 'max_tokens', 'max_tokens must be a finite number; got a number out of range');
    rejects(
      { model: 'm', messages: user, temperature: -Infinity },
      'temperature',
      'temperature must be a finite number; got a number out of range',
    );
  });

  test('reports stop, tools, tool_choice and response_format', () => {
    rejects({ model: 'm', messages: user, stop: 7 }, 'stop', 'stop must be a string or an array; got number 7');
    rejects(
      { model: 'm', messages: user, stop: ['a', 'b', 'c', 'd', 'e'] },
      'stop',
      'stop must have at most 4 items; got 5',
    );
    rejects({ model: 'm', messages: user, stop: ['a', 1] }, 'stop[1]', 'stop[1] must be a string; got number 1');
    rejects({ model: 'm', messages: user, tools: [{ type: 'function', function: {} }] }, 'tools[0].function.name');
    rejects({ model: 'm', messages: user, tools: [{ type: 'file_search' }] }, 'tools[0].type');
    rejects(
      { model: 'm', messages: user, tools: [{ type: 'function', function: { name: 'f', parameters: 'none' } }] },
      'tools[0].function.parameters',
      'tools[0].function.parameters must be an object; got string "none"',
    );
    rejects(
      { model: 'm', messages: user, tool_choice: 'any' },
      'tool_choice',
      'tool_choice must be one of none, auto, required; got "any"',
    );
    rejects(
      { model: 'm', messages: user, tool_choice: { type: 'function', function: {} } },
      'tool_choice.function.name',
    );
    rejects(
      { model: 'm', messages: user, tool_choice: 5 },
      'tool_choice',
      'tool_choice must be one of none, auto, required or an object; got number 5',
    );
    rejects(
      { model: 'm', messages: user, response_format: { type: 'yaml' } },
      'response_format.type',
      'response_format.type must be one of text, json_object, json_schema; got "yaml"',
    );
    rejects(
      { model: 'm', messages: user, response_format: { type: 'json_schema', json_schema: { schema: {} } } },
      'response_format.json_schema.name',
    );
    rejects(
      { model: 'm', messages: user, response_format: { type: 'json_schema', json_schema: { name: 'x' } } },
      'response_format.json_schema.schema',
      'response_format.json_schema.schema is required',
    );
  });
});

describe('validateEmbeddingRequest', () => {
  test('accepts every input shape', () => {
    for (const input of ['text', ['a', 'b'], [1, 2, 3], [[1, 2], [3]]]) {
      assert.equal(validateEmbeddingRequest({ model: 'text-embedding-3-small', input }).ok, true);
    }
  });

  test('reports bad inputs and options', () => {
    const cases: [unknown, string][] = [
      [{ input: 'x' }, 'model'],
      [{ model: 'e' }, 'input'],
      [{ model: 'e', input: [] }, 'input'],
      [{ model: 'e', input: ['a', 2] }, 'input'],
      [{ model: 'e', input: 'x', encoding_format: 'hex' }, 'encoding_format'],
      [{ model: 'e', input: 'x', dimensions: 0 }, 'dimensions'],
    ];
    for (const [body, param] of cases) {
      const result = validateEmbeddingRequest(body);
      assert.equal(result.ok ? '' : result.param, param, JSON.stringify(body));
    }
    const result = validateEmbeddingRequest({ model: 'e', input: [] });
    assert.equal(
      result.ok ? '' : result.message,
      'input must be a string, a non-empty array of strings, of token integers or of token arrays',
    );
  });
});

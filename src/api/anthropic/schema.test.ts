import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readJsonFixture } from '../openai/__fixtures__/sse.ts';
import { validateMessagesRequest } from './schema.ts';

const base = { model: 'claude-sonnet-4-20250514', max_tokens: 256 };
const user = [{ role: 'user', content: 'Hello' }];

function rejects(body: unknown, param: string, message?: string) {
  const result = validateMessagesRequest(body);
  assert.equal(result.ok, false, `expected ${JSON.stringify(body)} to be rejected`);
  if (result.ok) return;
  assert.equal(result.param, param);
  if (message !== undefined) assert.equal(result.message, message);
}

describe('validateMessagesRequest', () => {
  test('accepts a realistic agent turn (thinking, tool use, tool results, images, cache_control)', () => {
    const body = readJsonFixture(import.meta.url, 'request-agent-turn.json');
    const result = validateMessagesRequest(body);
    assert.equal(result.ok, true);
    if (result.ok) assert.equal(result.value, body);
  });

  test('accepts server tools without input_schema', () => {
    const body = { ...base, messages: user, tools: [{ type: 'web_search_20250305', name: 'web_search', max_uses: 3 }] };
    assert.equal(validateMessagesRequest(body).ok, true);
  });

  test('reports required top-level fields', () => {
    rejects({ model: 'c', messages: user }, 'max_tokens', 'max_tokens is required');
    rejects({ ...base, max_tokens: 0, messages: user }, 'max_tokens', 'max_tokens must be >= 1; got 0');
    rejects(
      { ...base, max_tokens: 10.5, messages: user },
      'max_tokens',
      'max_tokens must be an integer; got number 10.5',
    );
    rejects({ max_tokens: 5, messages: user }, 'model', 'model is required');
    rejects({ ...base, messages: [] }, 'messages', 'messages must be a non-empty array');
  });

  test('reports messages and blocks with dotted paths', () => {
    rejects(
      { ...base, messages: [{ role: 'system', content: 'x' }] },
      'messages[0].role',
      'messages[0].role must be one of user, assistant; got "system"',
    );
    rejects(
      { ...base, messages: [{ role: 'user', content: null }] },
      'messages[0].content',
      'messages[0].content must be a string or an array; got null',
    );
    rejects(
      { ...base, messages: [{ role: 'user', content: [{ type: 'audio', data: 'x' }] }] },
      'messages[0].content[0].type',
    );
    rejects(
      {
        ...base,
        messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png' } }] }],
      },
      'messages[0].content[0].source.data',
      'messages[0].content[0].source.data is required',
    );
    rejects(
      {
        ...base,
        messages: [...user, { role: 'assistant', content: [{ type: 'tool_use', id: 't', name: 'f', input: '{}' }] }],
      },
      'messages[1].content[0].input',
      'messages[1].content[0].input must be an object; got string "{}"',
    );
    rejects(
      { ...base, messages: [{ role: 'user', content: [{ type: 'tool_result', content: 'x' }] }] },
      'messages[0].content[0].tool_use_id',
    );
    rejects(
      {
        ...base,
        messages: [
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't', content: [{ type: 'tool_use' }] }] },
        ],
      },
      'messages[0].content[0].content[0].type',
    );
    rejects(
      { ...base, messages: [{ role: 'assistant', content: [{ type: 'thinking', thinking: 'x' }] }] },
      'messages[0].content[0].signature',
    );
  });

  test('reports system, sampling, stop and stream', () => {
    rejects({ ...base, messages: user, system: 5 }, 'system', 'system must be a string or an array; got number 5');
    rejects(
      { ...base, messages: user, system: [{ type: 'image' }] },
      'system[0].type',
      'system[0].type must be "text"; got "image"',
    );
    rejects({ ...base, messages: user, temperature: 1.2 }, 'temperature', 'temperature must be <= 1; got 1.2');
    rejects({ ...base, messages: user, top_p: -0.1 }, 'top_p');
    rejects(
      { ...base, messages: user, stop_sequences: 'END' },
      'stop_sequences',
      'stop_sequences must be an array; got string "END"',
    );
    rejects({ ...base, messages: user, stream: 'yes' }, 'stream', 'stream must be a boolean; got string "yes"');
  });

  test('reports tools and tool_choice', () => {
    rejects(
      { ...base, messages: user, tools: [{ name: 'f' }] },
      'tools[0].input_schema',
      'tools[0].input_schema is required',
    );
    rejects({ ...base, messages: user, tools: [{ input_schema: { type: 'object' } }] }, 'tools[0].name');
    rejects(
      { ...base, messages: user, tools: [{ name: 'f', input_schema: { type: 'array' } }] },
      'tools[0].input_schema.type',
    );
    rejects(
      { ...base, messages: user, tool_choice: { type: 'required' } },
      'tool_choice.type',
      'tool_choice.type must be one of auto, any, none, tool; got "required"',
    );
    rejects(
      { ...base, messages: user, tool_choice: { type: 'tool' } },
      'tool_choice.name',
      'tool_choice.name is required',
    );
  });
});

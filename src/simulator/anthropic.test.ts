import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { request } from 'undici';
import { startSimulator } from './index.ts';
import { parseSse } from './sse-parse.ts';
import type { Simulator } from './types.ts';

let sim: Simulator;
before(async () => {
  sim = await startSimulator({ quiet: true, seed: 11 });
});
after(() => sim.close());

async function messages(body: unknown, headers: Record<string, string> = {}) {
  const res = await request(`${sim.url}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

/** Named events; checks each event name matches its payload's type. */
function events(text: string) {
  return parseSse(text).map((e) => {
    const data = JSON.parse(e.data);
    assert.equal(data.type, e.event);
    return data;
  });
}

const ask = (content: unknown) => ({
  model: 'claude-haiku-4-5',
  max_tokens: 256,
  messages: [{ role: 'user', content }],
});

const weather = {
  name: 'get_weather',
  description: 'Weather for a city',
  input_schema: {
    type: 'object',
    properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['c', 'f'] }, days: { type: 'number' } },
    required: ['city'],
  },
};

describe('Anthropic messages', () => {
  test('JSON answer has the Messages API shape and echoes the user text', async () => {
    const r = await messages({ ...ask('Hello Claude'), system: 'You are terse.' });
    assert.equal(r.status, 200);
    assert.equal(r.headers['x-simulator'], 'lintel');
    const j = JSON.parse(r.text);
    assert.match(j.id, /^msg_/);
    assert.equal(j.type, 'message');
    assert.equal(j.role, 'assistant');
    assert.equal(j.model, 'claude-haiku-4-5');
    assert.equal(j.stop_reason, 'end_turn');
    assert.equal(j.stop_sequence, null);
    assert.equal(j.content.length, 1);
    assert.equal(j.content[0].type, 'text');
    assert.ok(j.content[0].text.startsWith('Simulated reply to: Hello Claude'));
    assert.equal(j.content[0].text.split(' ').length, 12);
    assert.deepEqual(j.usage, {
      input_tokens: Math.ceil(('You are terse.'.length + 'Hello Claude'.length) / 4),
      output_tokens: 12,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
    });
  });

  test('text blocks in the last user message are echoed', async () => {
    const j = JSON.parse((await messages(ask([{ type: 'text', text: 'block text' }]))).text);
    assert.ok(j.content[0].text.startsWith('Simulated reply to: block text'));
  });

  test('stream: the documented event order, deltas rebuild the JSON text, usage in message_delta', async () => {
    const json = JSON.parse((await messages(ask('stream please'))).text);
    const r = await messages({ ...ask('stream please'), stream: true });
    assert.equal(r.status, 200);
    assert.match(String(r.headers['content-type']), /^text\/event-stream/);
    const evs = events(r.text);
    const types = evs.map((e) => e.type);
    assert.deepEqual(types.slice(0, 3), ['message_start', 'content_block_start', 'ping']);
    assert.deepEqual(types.slice(-3), ['content_block_stop', 'message_delta', 'message_stop']);
    const deltas = evs.filter((e) => e.type === 'content_block_delta');
    assert.equal(deltas.length, 12);
    assert.equal(types.length, 3 + 12 + 3);
    const start = evs[0].message;
    assert.match(start.id, /^msg_/);
    assert.deepEqual(start.content, []);
    assert.equal(start.stop_reason, null);
    assert.equal(start.usage.input_tokens, json.usage.input_tokens);
    assert.equal(start.usage.output_tokens, 1);
    assert.deepEqual(evs[1], { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } });
    assert.ok(deltas.every((d) => d.index === 0 && d.delta.type === 'text_delta'));
    assert.equal(deltas.map((d) => d.delta.text).join(''), json.content[0].text);
    const md = evs[evs.length - 2];
    assert.deepEqual(md.delta, { stop_reason: 'end_turn', stop_sequence: null });
    assert.equal(md.usage.output_tokens, 12);
  });

  test('max_tokens caps with stop_reason "max_tokens"', async () => {
    const j = JSON.parse((await messages({ ...ask('hi'), max_tokens: 2 })).text);
    assert.equal(j.content[0].text, 'Simulated reply');
    assert.equal(j.stop_reason, 'max_tokens');
    assert.equal(j.usage.output_tokens, 2);
  });

  test('stop_sequences stop with stop_reason "stop_sequence" and name the sequence', async () => {
    const j = JSON.parse((await messages({ ...ask('one two three'), stop_sequences: ['three', 'two'] })).text);
    assert.equal(j.content[0].text, 'Simulated reply to: one ');
    assert.equal(j.stop_reason, 'stop_sequence');
    assert.equal(j.stop_sequence, 'two');
    const evs = events((await messages({ ...ask('one two three'), stop_sequences: ['two'], stream: true })).text);
    assert.deepEqual(evs[evs.length - 2].delta, { stop_reason: 'stop_sequence', stop_sequence: 'two' });
  });

  test('tool use in JSON: first tool, input from the schema', async () => {
    const j = JSON.parse((await messages({ ...ask('weather?'), tools: [weather] })).text);
    assert.equal(j.stop_reason, 'tool_use');
    assert.equal(j.content[0].type, 'tool_use');
    assert.match(j.content[0].id, /^toolu_/);
    assert.equal(j.content[0].name, 'get_weather');
    assert.deepEqual(j.content[0].input, { city: 'example', unit: 'c', days: 1 });
  });

  test('tool_choice tool picks by name; none and a tool_result turn give text', async () => {
    const other = { name: 'lookup', input_schema: { type: 'object', properties: { q: { type: 'string' } } } };
    const named = JSON.parse(
      (await messages({ ...ask('x'), tools: [weather, other], tool_choice: { type: 'tool', name: 'lookup' } })).text,
    );
    assert.equal(named.content[0].name, 'lookup');
    const none = JSON.parse((await messages({ ...ask('x'), tools: [weather], tool_choice: { type: 'none' } })).text);
    assert.equal(none.stop_reason, 'end_turn');
    const followUp = JSON.parse(
      (
        await messages({
          model: 'claude-haiku-4-5',
          max_tokens: 100,
          tools: [weather],
          messages: [
            { role: 'user', content: 'weather?' },
            { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: {} }] },
            { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'sunny and warm' }] },
          ],
        })
      ).text,
    );
    assert.equal(followUp.stop_reason, 'end_turn');
    assert.ok(followUp.content[0].text.startsWith('Simulated reply to: sunny and warm'));
  });

  test('tool use stream: tool_use block start, input_json_delta fragments concatenate to valid JSON', async () => {
    const evs = events((await messages({ ...ask('weather?'), tools: [weather], stream: true })).text);
    const start = evs[1];
    assert.equal(start.content_block.type, 'tool_use');
    assert.equal(start.content_block.name, 'get_weather');
    assert.deepEqual(start.content_block.input, {});
    const parts = evs.filter((e) => e.type === 'content_block_delta').map((e) => e.delta);
    assert.ok(parts.length > 3);
    assert.ok(parts.every((p) => p.type === 'input_json_delta'));
    assert.deepEqual(JSON.parse(parts.map((p) => p.partial_json).join('')), { city: 'example', unit: 'c', days: 1 });
    assert.equal(evs[evs.length - 2].delta.stop_reason, 'tool_use');
    assert.equal(evs[evs.length - 2].usage.output_tokens, parts.length);
  });

  test('missing max_tokens and bad JSON answer 400 invalid_request_error', async () => {
    const missing = await messages({ model: 'claude-haiku-4-5', messages: [{ role: 'user', content: 'x' }] });
    assert.equal(missing.status, 400);
    const e = JSON.parse(missing.text);
    assert.equal(e.type, 'error');
    assert.equal(e.error.type, 'invalid_request_error');
    assert.match(e.error.message, /max_tokens/);
    const bad = await messages('{"model":');
    assert.equal(bad.status, 400);
    assert.equal(JSON.parse(bad.text).error.type, 'invalid_request_error');
  });

  test('injected errors use Anthropic error types and keep the configured status', async () => {
    const cases: Array<[number, string]> = [
      [429, 'rate_limit_error'],
      [500, 'api_error'],
      [503, 'overloaded_error'],
      [401, 'authentication_error'],
    ];
    for (const [status, type] of cases) {
      const r = await messages(ask('x'), { 'x-sim-behavior': JSON.stringify({ errorRate: 1, errorStatus: status }) });
      assert.equal(r.status, status);
      const j = JSON.parse(r.text);
      assert.equal(j.type, 'error');
      assert.equal(j.error.type, type);
    }
  });

  test('unknown /v1/messages sub-path is a 404 not_found_error', async () => {
    const res = await request(`${sim.url}/v1/messages/batches`, { method: 'POST', body: '{}' });
    assert.equal(res.statusCode, 404);
    assert.equal(((await res.body.json()) as { error: { type: string } }).error.type, 'not_found_error');
  });
});

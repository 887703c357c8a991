import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { request } from 'undici';
import { startSimulator } from './index.ts';
import { parseSse } from './sse-parse.ts';
import type { Simulator } from './types.ts';

let sim: Simulator;
before(async () => {
  sim = await startSimulator({ quiet: true, seed: 7 });
});
after(() => sim.close());

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await request(sim.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

const user = (content: string) => [{ role: 'user', content }];

/** Parses an OpenAI stream: JSON chunks plus whether it ended with [DONE]. */
function chunks(text: string) {
  const events = parseSse(text);
  const last = events[events.length - 1];
  assert.equal(last.data, '[DONE]');
  return events.slice(0, -1).map((e) => {
    assert.equal(e.event, undefined);
    return JSON.parse(e.data);
  });
}

const weatherTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    parameters: {
      type: 'object',
      properties: {
        city: { type: 'string' },
        days: { type: 'integer' },
        unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
        detail: { type: 'object', properties: { hourly: { type: 'boolean' } }, required: ['hourly'] },
      },
      required: ['city'],
    },
  },
};

describe('OpenAI chat completions', () => {
  test('JSON answer has the real shape, echoes the user text and is labelled', async () => {
    const r = await post('/v1/chat/completions', { model: 'gpt-4o-mini', messages: user('Hello, my name is Ada') });
    assert.equal(r.status, 200);
    assert.equal(r.headers['x-simulator'], 'lintel');
    const j = JSON.parse(r.text);
    assert.match(j.id, /^chatcmpl-/);
    assert.equal(j.object, 'chat.completion');
    assert.equal(typeof j.created, 'number');
    assert.equal(j.model, 'gpt-4o-mini');
    assert.equal(j.system_fingerprint, 'lintel-simulator');
    assert.equal(j.choices.length, 1);
    const c = j.choices[0];
    assert.equal(c.index, 0);
    assert.equal(c.finish_reason, 'stop');
    assert.equal(c.logprobs, null);
    assert.deepEqual(Object.keys(c.message).sort(), ['content', 'refusal', 'role']);
    assert.equal(c.message.role, 'assistant');
    assert.equal(c.message.refusal, null);
    assert.ok(c.message.content.startsWith('Simulated reply to: Hello, my name is Ada'));
    assert.equal(c.message.content.split(' ').length, 12);
    assert.equal(j.usage.completion_tokens, 12);
    assert.equal(j.usage.prompt_tokens, Math.ceil('Hello, my name is Ada'.length / 4));
    assert.equal(j.usage.total_tokens, j.usage.prompt_tokens + 12);
    assert.deepEqual(j.usage.prompt_tokens_details, { cached_tokens: 0 });
    assert.deepEqual(j.usage.completion_tokens_details, { reasoning_tokens: 0 });
  });

  test('echo uses the last user message, text parts included, capped at 200 characters', async () => {
    const long = 'x'.repeat(300);
    const r = await post('/v1/chat/completions', {
      model: 'm',
      messages: [
        { role: 'system', content: 'be nice' },
        { role: 'user', content: 'first' },
        { role: 'assistant', content: 'ok' },
        { role: 'user', content: [{ type: 'text', text: long }] },
      ],
    });
    const content: string = JSON.parse(r.text).choices[0].message.content;
    assert.ok(content.startsWith(`Simulated reply to: ${'x'.repeat(200)}`));
    assert.ok(!content.includes('x'.repeat(201)));
  });

  test('stream: role chunk, one chunk per word, finish chunk, usage chunk, [DONE]', async () => {
    const r = await post('/v1/chat/completions', {
      model: 'gpt-4o-mini',
      stream: true,
      stream_options: { include_usage: true },
      messages: user('stream me'),
    });
    assert.equal(r.status, 200);
    assert.match(String(r.headers['content-type']), /^text\/event-stream/);
    const cs = chunks(r.text);
    for (const c of cs) {
      assert.equal(c.object, 'chat.completion.chunk');
      assert.equal(c.system_fingerprint, 'lintel-simulator');
      assert.equal(c.id, cs[0].id);
    }
    assert.deepEqual(cs[0].choices[0].delta, { role: 'assistant', content: '', refusal: null });
    const words = cs.slice(1, -2);
    assert.equal(words.length, 12);
    for (const w of words) assert.equal(w.choices[0].finish_reason, null);
    const text = words.map((c) => c.choices[0].delta.content).join('');
    assert.equal(text.split(' ').length, 12);
    assert.ok(text.startsWith('Simulated reply to: stream me'));
    const fin = cs[cs.length - 2];
    assert.deepEqual(fin.choices[0].delta, {});
    assert.equal(fin.choices[0].finish_reason, 'stop');
    const usage = cs[cs.length - 1];
    assert.deepEqual(usage.choices, []);
    assert.equal(usage.usage.completion_tokens, 12);
    assert.equal(usage.usage.prompt_tokens, Math.ceil('stream me'.length / 4));
    for (const c of cs.slice(0, -1)) assert.equal(c.usage, null);
  });

  test('stream without include_usage has no usage chunk; JSON and stream agree on text', async () => {
    const body = { model: 'm', messages: user('same text'), max_tokens: 6 };
    const json = JSON.parse((await post('/v1/chat/completions', body)).text);
    const cs = chunks((await post('/v1/chat/completions', { ...body, stream: true })).text);
    assert.ok(cs.every((c) => c.choices.length === 1 && !('usage' in c)));
    const streamed = cs.map((c) => c.choices[0].delta.content ?? '').join('');
    assert.equal(streamed, json.choices[0].message.content);
    assert.equal(cs[cs.length - 1].choices[0].finish_reason, 'length');
    assert.equal(json.choices[0].finish_reason, 'length');
    assert.equal(json.usage.completion_tokens, 6);
  });

  test('max_completion_tokens caps the reply with finish_reason "length"', async () => {
    const j = JSON.parse(
      (await post('/v1/chat/completions', { model: 'm', messages: user('hi'), max_completion_tokens: 3 })).text,
    );
    assert.equal(j.choices[0].message.content, 'Simulated reply to:');
    assert.equal(j.choices[0].finish_reason, 'length');
    assert.equal(j.usage.completion_tokens, 3);
  });

  test('n choices in JSON and interleaved in the stream', async () => {
    const body = { model: 'm', messages: user('hi'), n: 3, max_tokens: 4 };
    const j = JSON.parse((await post('/v1/chat/completions', body)).text);
    assert.deepEqual(
      j.choices.map((c: { index: number }) => c.index),
      [0, 1, 2],
    );
    assert.equal(j.usage.completion_tokens, 12);
    const cs = chunks((await post('/v1/chat/completions', { ...body, stream: true })).text);
    const indices = cs.map((c) => c.choices[0].index);
    // 3 role chunks, 4 rounds of 3, 3 finish chunks: the choices alternate throughout.
    assert.deepEqual(
      indices,
      Array.from({ length: 18 }, (_, i) => i % 3),
    );
    for (let i = 0; i < 3; i++) {
      const text = cs
        .filter((c) => c.choices[0].index === i)
        .map((c) => c.choices[0].delta.content ?? '')
        .join('');
      assert.equal(text, j.choices[i].message.content);
    }
  });

  test('stop (string or array) truncates before the first stop sequence', async () => {
    const base = { model: 'm', messages: user('alpha beta gamma') };
    const one = JSON.parse((await post('/v1/chat/completions', { ...base, stop: ' beta' })).text);
    assert.equal(one.choices[0].message.content, 'Simulated reply to: alpha');
    assert.equal(one.choices[0].finish_reason, 'stop');
    const many = JSON.parse((await post('/v1/chat/completions', { ...base, stop: ['gamma', 'reply'] })).text);
    assert.equal(many.choices[0].message.content, 'Simulated ');
    const cs = chunks((await post('/v1/chat/completions', { ...base, stop: ['gamma', 'reply'], stream: true })).text);
    assert.equal(cs.map((c) => c.choices[0].delta.content ?? '').join(''), 'Simulated ');
    assert.equal(cs[cs.length - 1].choices[0].finish_reason, 'stop');
  });

  test('tool call in JSON: first tool, arguments generated from the schema', async () => {
    const r = await post('/v1/chat/completions', { model: 'm', messages: user('weather?'), tools: [weatherTool] });
    const c = JSON.parse(r.text).choices[0];
    assert.equal(c.finish_reason, 'tool_calls');
    assert.equal(c.message.content, null);
    const call = c.message.tool_calls[0];
    assert.match(call.id, /^call_/);
    assert.equal(call.type, 'function');
    assert.equal(call.function.name, 'get_weather');
    assert.deepEqual(JSON.parse(call.function.arguments), {
      city: 'example',
      days: 1,
      unit: 'celsius',
      detail: { hourly: true },
    });
  });

  test('tool_choice names the tool; "none" and a trailing tool result give text', async () => {
    const other = { type: 'function', function: { name: 'lookup', parameters: { type: 'object', properties: {} } } };
    const named = JSON.parse(
      (
        await post('/v1/chat/completions', {
          model: 'm',
          messages: user('x'),
          tools: [weatherTool, other],
          tool_choice: { type: 'function', function: { name: 'lookup' } },
        })
      ).text,
    );
    assert.equal(named.choices[0].message.tool_calls[0].function.name, 'lookup');
    const none = JSON.parse(
      (
        await post('/v1/chat/completions', {
          model: 'm',
          messages: user('x'),
          tools: [weatherTool],
          tool_choice: 'none',
        })
      ).text,
    );
    assert.equal(none.choices[0].finish_reason, 'stop');
    const afterTool = JSON.parse(
      (
        await post('/v1/chat/completions', {
          model: 'm',
          tools: [weatherTool],
          messages: [
            { role: 'user', content: 'weather?' },
            {
              role: 'assistant',
              content: null,
              tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{}' } }],
            },
            { role: 'tool', tool_call_id: 'call_1', content: 'sunny' },
          ],
        })
      ).text,
    );
    assert.equal(afterTool.choices[0].finish_reason, 'stop');
    assert.equal(typeof afterTool.choices[0].message.content, 'string');
  });

  test('tool call stream: id and name first, argument fragments concatenate to valid JSON', async () => {
    const r = await post('/v1/chat/completions', {
      model: 'm',
      stream: true,
      messages: user('weather?'),
      tools: [weatherTool],
    });
    const cs = chunks(r.text);
    const first = cs[0].choices[0].delta;
    assert.equal(first.role, 'assistant');
    assert.equal(first.tool_calls[0].index, 0);
    assert.match(first.tool_calls[0].id, /^call_/);
    assert.equal(first.tool_calls[0].type, 'function');
    assert.equal(first.tool_calls[0].function.name, 'get_weather');
    assert.equal(first.tool_calls[0].function.arguments, '');
    const fragments = cs.slice(1, -1).map((c) => c.choices[0].delta.tool_calls[0].function.arguments);
    assert.ok(fragments.length > 3);
    assert.equal(JSON.parse(fragments.join('')).city, 'example');
    assert.equal(cs[cs.length - 1].choices[0].finish_reason, 'tool_calls');
  });

  test('response_format json_object and json_schema give JSON content', async () => {
    const obj = JSON.parse(
      (
        await post('/v1/chat/completions', {
          model: 'm',
          messages: user('as json'),
          response_format: { type: 'json_object' },
        })
      ).text,
    );
    assert.equal(JSON.parse(obj.choices[0].message.content).reply, 'Simulated reply to: as json');
    const schema = {
      type: 'object',
      properties: {
        name: { type: 'string' },
        tags: { type: 'array', items: { type: 'string' } },
        ok: { type: 'boolean' },
      },
      required: ['name', 'tags', 'ok'],
    };
    const r = await post('/v1/chat/completions', {
      model: 'm',
      stream: true,
      messages: user('x'),
      response_format: { type: 'json_schema', json_schema: { name: 'thing', schema } },
    });
    const content = chunks(r.text)
      .map((c) => c.choices[0].delta.content ?? '')
      .join('');
    assert.deepEqual(JSON.parse(content), { name: 'example', tags: ['example'], ok: true });
  });

  test('validation and bad JSON answer 400 in the OpenAI error format', async () => {
    const bad = await post('/v1/chat/completions', '{not json');
    assert.equal(bad.status, 400);
    const e = JSON.parse(bad.text).error;
    assert.equal(e.type, 'invalid_request_error');
    assert.ok('param' in e && 'code' in e && typeof e.message === 'string');
    const missing = JSON.parse((await post('/v1/chat/completions', { model: 'm' })).text).error;
    assert.equal(missing.param, 'messages');
    assert.equal(missing.code, 'missing_required_parameter');
    assert.equal((await post('/v1/chat/completions', { model: 'm', messages: user('x'), n: 0 })).status, 400);
  });

  test('unknown path answers 404', async () => {
    const r = await post('/v1/nothing', {});
    assert.equal(r.status, 404);
    assert.equal(JSON.parse(r.text).error.type, 'invalid_request_error');
  });
});

describe('OpenAI embeddings and models', () => {
  test('deterministic unit vectors with the requested dimensions', async () => {
    const r = await post('/v1/embeddings', { model: 'text-embedding-3-small', input: ['alpha', 'beta', 'alpha'] });
    assert.equal(r.status, 200);
    const j = JSON.parse(r.text);
    assert.equal(j.object, 'list');
    assert.equal(j.model, 'text-embedding-3-small');
    assert.equal(j.data.length, 3);
    for (const [i, d] of j.data.entries()) {
      assert.equal(d.object, 'embedding');
      assert.equal(d.index, i);
      assert.equal(d.embedding.length, 16);
      const norm = Math.sqrt(d.embedding.reduce((s: number, x: number) => s + x * x, 0));
      assert.ok(Math.abs(norm - 1) < 1e-5);
    }
    assert.deepEqual(j.data[0].embedding, j.data[2].embedding);
    assert.notDeepEqual(j.data[0].embedding, j.data[1].embedding);
    // ceil(chars / 4) per input: alpha 2, beta 1, alpha 2.
    assert.equal(j.usage.prompt_tokens, 5);
    assert.equal(j.usage.total_tokens, 5);
    const again = JSON.parse((await post('/v1/embeddings', { model: 'e', input: 'alpha', dimensions: 8 })).text);
    assert.equal(again.data[0].embedding.length, 8);
    const tokens = JSON.parse((await post('/v1/embeddings', { model: 'e', input: [[1, 2, 3]] })).text);
    assert.equal(tokens.usage.prompt_tokens, 3);
  });

  test('base64 encoding is float32 little-endian of the same vector', async () => {
    const float = JSON.parse((await post('/v1/embeddings', { model: 'e', input: 'x', dimensions: 5 })).text);
    const b64 = JSON.parse(
      (await post('/v1/embeddings', { model: 'e', input: 'x', dimensions: 5, encoding_format: 'base64' })).text,
    );
    const buf = Buffer.from(b64.data[0].embedding, 'base64');
    assert.equal(buf.length, 20);
    const decoded = Array.from({ length: 5 }, (_, i) => buf.readFloatLE(i * 4));
    assert.deepEqual(decoded, float.data[0].embedding);
  });

  test('bad input is a 400', async () => {
    assert.equal((await post('/v1/embeddings', { model: 'e', input: [{}] })).status, 400);
  });

  test('GET /v1/models lists simulated models and configured ones', async () => {
    const s = await startSimulator({ quiet: true, models: { 'my-custom': { outputTokens: 3 } } });
    try {
      const res = await request(`${s.url}/v1/models`);
      const j = (await res.body.json()) as { object: string; data: Array<{ id: string; object: string }> };
      assert.equal(j.object, 'list');
      const ids = j.data.map((m) => m.id);
      assert.ok(ids.includes('gpt-4o-mini'));
      assert.ok(ids.includes('my-custom'));
      assert.ok(j.data.every((m) => m.object === 'model'));
    } finally {
      await s.close();
    }
  });
});

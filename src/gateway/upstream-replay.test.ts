// Recorded provider answers replayed through a real node: same-format streams go out byte for byte; upstream 4xx
// bodies pass through unchanged (or are mapped field by field across formats); a mid-stream error ends the stream
// with exactly one error event in the client's format and nothing after it, keeping the usage reported before it;
// argument-less tool calls stream "{}"; an empty first chunk (Azure) does not blank the id or the model.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { type Harness, startHarness } from '../testing/harness.ts';
import { type ReplayUpstream, startReplayUpstream } from '../testing/replay-upstream.ts';

let h: Harness;
let up: ReplayUpstream;

const fixture = (name: string) =>
  readFileSync(new URL(`../api/anthropic/__fixtures__/${name}`, import.meta.url), 'utf8');
const frames = (text: string) => text.split(/(?<=\n\n)/).filter((f) => f.trim() !== '');
const sse = (...events: [string, object][]) => events.map(([e, d]) => `event: ${e}\ndata: ${JSON.stringify(d)}\n\n`);
const chunk = (d: object) => `data: ${JSON.stringify(d)}\n\n`;

before(async () => {
  up = await startReplayUpstream();
  h = await startHarness(
    () => `providers:
  oa: { kind: openai, base_url: ${up.url}/v1, api_key: sk-x }
  an: { kind: anthropic, base_url: ${up.url}, api_key: sk-y }
routes:
  - model: gpt-r
    targets: [{ provider: oa, model: gpt-4o }]
    retry: { attempts: 1 }
  - model: claude-r
    targets: [{ provider: an, model: claude-sonnet-4 }]
    retry: { attempts: 1 }
`,
  );
});
after(async () => {
  await h.close();
  await up.close();
});

async function post(path: string, body: object): Promise<{ status: number; text: string; id: string }> {
  const r = await fetch(`${h.url}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${h.key}`,
      'content-type': 'application/json',
      'anthropic-version': '2023-06-01',
    },
    body: JSON.stringify(body),
  });
  return { status: r.status, text: await r.text(), id: r.headers.get('x-request-id') ?? '' };
}
const chatBody = (model: string, stream = false) => ({
  model,
  stream,
  max_tokens: 50,
  messages: [{ role: 'user', content: 'hi' }],
});
/** The request's record, once the node has finished it (polled: finishing follows the last byte). */
const recordOf = async (id: string) => {
  for (let i = 0; i < 200 && !h.records.some((r) => r.id === id); i++) await new Promise((r) => setTimeout(r, 10));
  return h.records.find((r) => r.id === id);
};

describe('same-format streams are relayed byte for byte', () => {
  test('Anthropic thinking with signature, then text', async () => {
    const recorded = fixture('thinking-then-text.events.txt');
    up.answers.set('/v1/messages', { status: 200, body: frames(recorded) });
    const r = await post('/v1/messages', chatBody('claude-r', true));
    assert.equal(r.status, 200);
    assert.equal(r.text, recorded);
  });
});

describe('upstream 4xx', () => {
  const openaiError = JSON.stringify({
    error: { message: "Invalid 'temperature'", type: 'invalid_request_error', param: 'temperature', code: 'x1' },
  });
  const anthropicError = JSON.stringify({
    type: 'error',
    error: { type: 'invalid_request_error', message: 'max_tokens: too large' },
    request_id: 'req_011',
  });

  test('same format: the body and status pass through unchanged', async () => {
    up.answers.set('/v1/chat/completions', { status: 400, body: openaiError });
    const a = await post('/v1/chat/completions', chatBody('gpt-r'));
    assert.equal(a.status, 400);
    assert.equal(a.text, openaiError);
    up.answers.set('/v1/messages', { status: 400, body: anthropicError });
    const b = await post('/v1/messages', chatBody('claude-r'));
    assert.equal(b.status, 400);
    assert.equal(b.text, anthropicError);
  });

  test('other format: mapped field by field', async () => {
    up.answers.set('/v1/chat/completions', { status: 400, body: openaiError });
    const a = await post('/v1/messages', chatBody('gpt-r'));
    assert.equal(a.status, 400);
    assert.deepEqual(JSON.parse(a.text), {
      type: 'error',
      error: { type: 'invalid_request_error', message: "Invalid 'temperature'" },
    });
    up.answers.set('/v1/messages', {
      status: 404,
      body: anthropicError.replace('invalid_request_error', 'not_found_error'),
    });
    const b = await post('/v1/chat/completions', chatBody('claude-r'));
    assert.equal(b.status, 404);
    assert.deepEqual(JSON.parse(b.text), {
      error: { message: 'max_tokens: too large', type: 'invalid_request_error', param: null, code: 'not_found_error' },
    });
  });
});

describe('a mid-stream upstream error', () => {
  const anthropicOverloaded = frames(fixture('overloaded.events.txt'));

  test('same format (Anthropic): one error event, nothing after it; usage before it recorded', async () => {
    up.answers.set('/v1/messages', {
      status: 200,
      body: [...anthropicOverloaded, 'event: ping\ndata: {"type":"ping"}\n\n'],
    });
    const r = await post('/v1/messages', chatBody('claude-r', true));
    const events = frames(r.text);
    assert.equal(events.filter((e) => e.startsWith('event: error')).length, 1);
    assert.ok(events.at(-1)!.startsWith('event: error'));
    const rec = await recordOf(r.id);
    assert.equal(rec?.errorType, 'upstream_stream_error');
    assert.equal(rec?.inputTokens, 25);
  });

  test('Anthropic upstream → OpenAI client and → Responses client: one error in their format, no [DONE]', async () => {
    up.answers.set('/v1/messages', { status: 200, body: anthropicOverloaded });
    const chat = await post('/v1/chat/completions', chatBody('claude-r', true));
    const chatFrames = frames(chat.text);
    assert.equal(chatFrames.filter((f) => f.includes('"error"')).length, 1);
    assert.match(chatFrames.at(-1)!, /^data: \{"error":\{"message":"Overloaded"/);
    assert.ok(!chat.text.includes('[DONE]'));

    const resp = await post('/v1/responses', { model: 'claude-r', input: 'hi', stream: true });
    const respFrames = frames(resp.text);
    assert.equal(respFrames.filter((f) => f.startsWith('event: error')).length, 1);
    assert.match(respFrames.at(-1)!, /^event: error\ndata: \{"type":"error".*"message":"Overloaded"/);
    assert.ok(!resp.text.includes('response.completed'));
  });

  test('same format (OpenAI): the error chunk ends the stream; a [DONE] after it is not sent', async () => {
    const base = { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model: 'gpt-4o-2024-08-06' };
    up.answers.set('/v1/chat/completions', {
      status: 200,
      body: [
        chunk({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: 'Hel' }, finish_reason: null }] }),
        chunk({ error: { message: 'The server had an error', type: 'server_error', param: null, code: null } }),
        'data: [DONE]\n\n',
      ],
    });
    const r = await post('/v1/chat/completions', chatBody('gpt-r', true));
    const f = frames(r.text);
    assert.equal(f.length, 2);
    assert.match(f[1]!, /"server_error"/);
  });
});

describe('translation details on recorded streams', () => {
  test('a tool call without arguments streams "{}" to OpenAI and Responses clients', async () => {
    up.answers.set('/v1/messages', {
      status: 200,
      body: sse(
        [
          'message_start',
          {
            type: 'message_start',
            message: {
              id: 'msg_1',
              type: 'message',
              role: 'assistant',
              model: 'claude-sonnet-4-20250514',
              content: [],
              stop_reason: null,
              stop_sequence: null,
              usage: { input_tokens: 9, output_tokens: 1 },
            },
          },
        ],
        [
          'content_block_start',
          {
            type: 'content_block_start',
            index: 0,
            content_block: { type: 'tool_use', id: 'toolu_1', name: 'get_time', input: {} },
          },
        ],
        ['content_block_stop', { type: 'content_block_stop', index: 0 }],
        [
          'message_delta',
          {
            type: 'message_delta',
            delta: { stop_reason: 'tool_use', stop_sequence: null },
            usage: { output_tokens: 5 },
          },
        ],
        ['message_stop', { type: 'message_stop' }],
      ),
    });
    const r = await post('/v1/chat/completions', chatBody('claude-r', true));
    let args = '';
    for (const f of frames(r.text)) {
      if (f.startsWith('data: {')) {
        const c = JSON.parse(f.slice(6)) as {
          model: string;
          choices: { delta: { tool_calls?: { function: { arguments?: string } }[] } }[];
        };
        assert.equal(c.model, 'claude-sonnet-4-20250514');
        args += c.choices[0]?.delta.tool_calls?.[0]?.function.arguments ?? '';
      }
    }
    assert.equal(args, '{}');
    const resp = await post('/v1/responses', { model: 'claude-r', input: 'time?', stream: true });
    assert.match(resp.text, /"type":"response.function_call_arguments.done"[^\n]*"arguments":"\{\}"/);
  });

  test('an empty first chunk (Azure) does not blank the id or the model', async () => {
    const base = { id: 'chatcmpl-9', object: 'chat.completion.chunk', created: 5, model: 'gpt-4o-2024-08-06' };
    up.answers.set('/v1/chat/completions', {
      status: 200,
      body: [
        chunk({ choices: [], created: 0, id: '', model: '', object: '', prompt_filter_results: [] }),
        chunk({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: 'Hi' }, finish_reason: null }] }),
        chunk({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }),
        chunk({ ...base, choices: [], usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 } }),
        'data: [DONE]\n\n',
      ],
    });
    const r = await post('/v1/messages', chatBody('gpt-r', true));
    const start = JSON.parse(frames(r.text)[0]!.split('data: ')[1]!) as { message: { id: string; model: string } };
    assert.equal(start.message.id, 'chatcmpl-9');
    assert.equal(start.message.model, 'gpt-4o-2024-08-06');
    const rec = await recordOf(r.id);
    assert.equal(rec?.modelServed, 'gpt-4o-2024-08-06');
    assert.equal(rec?.inputTokens, 3);
  });
});

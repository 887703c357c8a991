// The official @anthropic-ai/sdk beyond basic messages: stream helpers, countTokens (forwarded or estimated),
// beta headers, models in Anthropic's shape, request ids — and OpenAI's models.retrieve — against a real node.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { mustCall } from '../access/testing/client.ts';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';

let h: Harness;
let anthropic: Anthropic;
let openai: OpenAI;

before(async () => {
  h = await startHarness(
    (u) => `${simProviders(u)}
routes:
  - model: gpt-sim
    targets: [{ provider: sim, model: sim-gpt }]
  - model: claude-sim
    targets: [{ provider: sim-anthropic, model: sim-claude }]
`,
  );
  anthropic = new Anthropic({ baseURL: h.url, apiKey: h.key, maxRetries: 0 });
  openai = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
});
after(() => h.close());

const weather = {
  name: 'get_weather',
  description: 'Weather for a city',
  input_schema: { type: 'object' as const, properties: { city: { type: 'string' } }, required: ['city'] },
};

for (const model of ['claude-sim', 'gpt-sim']) {
  describe(`@anthropic-ai/sdk, ${model}`, () => {
    test('messages.create carries a request id the SDK exposes; model is the served one', async () => {
      const msg = await anthropic.messages.create({
        model,
        max_tokens: 64,
        messages: [{ role: 'user', content: 'Hello there' }],
      });
      assert.match(msg._request_id ?? '', /.+/);
      assert.equal(msg.model, model === 'claude-sim' ? 'sim-claude' : 'sim-gpt');
      const text = msg.content.find((b) => b.type === 'text');
      assert.ok(text && text.type === 'text' && /Hello there/.test(text.text));
    });

    test('stream helpers: text events, finalMessage, tool input', async () => {
      let streamed = '';
      const stream = anthropic.messages
        .stream({ model, max_tokens: 64, messages: [{ role: 'user', content: 'Stream please' }] })
        .on('text', (t) => {
          streamed += t;
        });
      const final = await stream.finalMessage();
      const block = final.content[0];
      assert.ok(block && block.type === 'text');
      assert.equal(block.text, streamed);
      assert.ok(final.usage.output_tokens > 0);

      const tools = await anthropic.messages
        .stream({ model, max_tokens: 64, tools: [weather], messages: [{ role: 'user', content: 'Weather?' }] })
        .finalMessage();
      const use = tools.content.find((b) => b.type === 'tool_use');
      assert.ok(use && use.type === 'tool_use');
      assert.equal(typeof (use.input as { city: unknown }).city, 'string');
      assert.equal(tools.stop_reason, 'tool_use');
    });

    test('countTokens: forwarded to an Anthropic target, estimated (and marked) otherwise', async () => {
      const { data, response } = await anthropic.messages
        .countTokens({ model, messages: [{ role: 'user', content: 'How many tokens is this sentence?' }] })
        .withResponse();
      assert.ok(data.input_tokens > 0);
      const forwarded = h.sim.requests.some((r) => r.path === '/v1/messages/count_tokens' && r.model === 'sim-claude');
      if (model === 'claude-sim') {
        assert.ok(forwarded);
        assert.equal(response.headers.get('x-lintel-tokens-estimated'), null);
      } else {
        assert.equal(response.headers.get('x-lintel-tokens-estimated'), 'true');
      }
    });
  });
}

test("countTokens honours the key's model allow-list (403 in Anthropic's format, nothing forwarded)", async () => {
  const k = await mustCall(h.url, 'POST', '/admin/keys', h.key, {
    name: 'gpt-only',
    models: ['gpt-sim'],
  });
  const narrow = new Anthropic({ baseURL: h.url, apiKey: k.key, maxRetries: 0 });
  h.sim.reset();
  await assert.rejects(
    narrow.messages.countTokens({ model: 'claude-sim', messages: [{ role: 'user', content: 'hi' }] }),
    (e: unknown) =>
      e instanceof Anthropic.PermissionDeniedError &&
      (e.error as { error?: { message?: string } }).error?.message === 'This key may not call the model "claude-sim".',
  );
  assert.equal(h.sim.requests.length, 0, 'nothing reached the upstream');
  const ok = await narrow.messages.countTokens({ model: 'gpt-sim', messages: [{ role: 'user', content: 'hi' }] });
  assert.ok(ok.input_tokens > 0);
});

test('beta: anthropic-beta reaches an Anthropic upstream, not an OpenAI one', async () => {
  h.sim.reset();
  await anthropic.beta.messages.create({
    model: 'claude-sim',
    max_tokens: 16,
    betas: ['interleaved-thinking-2025-05-14'],
    messages: [{ role: 'user', content: 'hi' }],
  });
  await anthropic.beta.messages.create({
    model: 'gpt-sim',
    max_tokens: 16,
    betas: ['interleaved-thinking-2025-05-14'],
    messages: [{ role: 'user', content: 'hi' }],
  });
  const [a, o] = h.sim.requests;
  assert.equal(a?.headers['anthropic-beta'], 'interleaved-thinking-2025-05-14');
  assert.equal(o?.path, '/v1/chat/completions');
  assert.equal(o?.headers['anthropic-beta'], undefined);
});

test('models: Anthropic shape for the Anthropic SDK, OpenAI shape for the OpenAI SDK; unknown ids are 404', async () => {
  const page = await anthropic.models.list();
  const ids = page.data.map((m) => m.id).sort();
  assert.deepEqual(ids, ['claude-sim', 'gpt-sim']);
  assert.equal(page.data[0]?.type, 'model');
  assert.ok(!Number.isNaN(Date.parse(page.data[0]!.created_at)));
  const one = await anthropic.models.retrieve('claude-sim');
  assert.equal(one.id, 'claude-sim');
  assert.equal(one.type, 'model');
  await assert.rejects(anthropic.models.retrieve('nope'), (e: InstanceType<typeof Anthropic.APIError>) => {
    assert.equal(e.status, 404);
    assert.equal((e.error as { error: { type: string } }).error.type, 'not_found_error');
    return true;
  });

  const m = await openai.models.retrieve('gpt-sim');
  assert.equal(m.id, 'gpt-sim');
  assert.equal(m.object, 'model');
  await assert.rejects(openai.models.retrieve('nope'), { status: 404 });
});

// The official OpenAI and Anthropic SDKs work against Lintel with only baseURL and key changed,
// in same-format and cross-format routing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';

let h: Harness;
let openai: OpenAI;
let anthropic: Anthropic;

const weatherTool = {
  type: 'function' as const,
  function: {
    name: 'get_weather',
    description: 'Weather for a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
};

before(async () => {
  h = await startHarness(
    (u) => `${simProviders(u)}
routes:
  - model: gpt-sim
    targets: [{ provider: sim, model: sim-gpt }]
  - model: claude-sim
    targets: [{ provider: sim-anthropic, model: sim-claude }]
  - model: embed-sim
    targets: [{ provider: sim, model: sim-embed }]
`,
  );
  openai = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
  anthropic = new Anthropic({ baseURL: h.url, apiKey: h.key, maxRetries: 0 });
});
after(() => h.close());

for (const model of ['gpt-sim', 'claude-sim']) {
  const cross = model === 'claude-sim' ? ' (OpenAI → Anthropic upstream)' : '';
  describe(`OpenAI SDK, model ${model}${cross}`, () => {
    test('chat completion', async () => {
      const { data: r, response } = await openai.chat.completions
        .create({ model, messages: [{ role: 'user', content: 'Hello there' }] })
        .withResponse();
      assert.equal(r.object, 'chat.completion');
      assert.match(r.choices[0].message.content ?? '', /Hello there/);
      assert.equal(r.choices[0].finish_reason, 'stop');
      assert.ok(r.usage && r.usage.prompt_tokens > 0 && r.usage.completion_tokens > 0);
      assert.ok(response.headers.get('x-request-id'));
      assert.equal(response.headers.get('x-lintel-attempts'), '1');
      assert.match(
        response.headers.get('x-lintel-target') ?? '',
        model === 'gpt-sim' ? /^sim\/sim-gpt$/ : /^sim-anthropic\/sim-claude$/,
      );
    });

    test('streaming chat with usage', async () => {
      const stream = await openai.chat.completions.create({
        model,
        messages: [{ role: 'user', content: 'Stream please' }],
        stream: true,
        stream_options: { include_usage: true },
      });
      let text = '';
      let usage: OpenAI.CompletionUsage | undefined;
      let finish: string | null = null;
      for await (const chunk of stream) {
        text += chunk.choices[0]?.delta?.content ?? '';
        if (chunk.choices[0]?.finish_reason) finish = chunk.choices[0].finish_reason;
        if (chunk.usage) usage = chunk.usage;
      }
      assert.match(text, /Stream please/);
      assert.equal(finish, 'stop');
      assert.ok(usage && usage.completion_tokens > 0, 'usage chunk present');
    });

    test('streaming without include_usage sends no usage chunk', async () => {
      const stream = await openai.chat.completions.create({
        model,
        messages: [{ role: 'user', content: 'x' }],
        stream: true,
      });
      let chunks = 0;
      let text = '';
      let finish: string | null = null;
      for await (const chunk of stream) {
        chunks++;
        assert.equal(chunk.usage ?? null, null);
        text += chunk.choices[0]?.delta?.content ?? '';
        if (chunk.choices[0]?.finish_reason) finish = chunk.choices[0].finish_reason;
      }
      // Zero chunks would pass the loop above: the stream must have carried the answer to its end.
      assert.ok(chunks > 1, `${chunks} chunk(s)`);
      assert.ok(text.length > 0, 'streamed text');
      assert.equal(finish, 'stop');
    });

    test('tool calls, JSON and streaming', async () => {
      const r = await openai.chat.completions.create({
        model,
        messages: [{ role: 'user', content: 'Weather in Paris?' }],
        tools: [weatherTool],
      });
      const call = r.choices[0].message.tool_calls?.[0];
      assert.equal(r.choices[0].finish_reason, 'tool_calls');
      assert.ok(call && call.type === 'function');
      assert.equal(call.function.name, 'get_weather');
      assert.equal(typeof JSON.parse(call.function.arguments).city, 'string');

      const stream = openai.chat.completions.stream({
        model,
        messages: [{ role: 'user', content: 'Weather in Paris?' }],
        tools: [weatherTool],
      });
      const final = await stream.finalChatCompletion();
      const sc = final.choices[0].message.tool_calls?.[0];
      assert.ok(sc && sc.type === 'function');
      assert.equal(sc.function.name, 'get_weather');
      assert.equal(typeof JSON.parse(sc.function.arguments).city, 'string');
    });
  });
}

test('OpenAI SDK: embeddings and models.list', async () => {
  const e = await openai.embeddings.create({ model: 'embed-sim', input: ['one', 'two'] });
  assert.equal(e.data.length, 2);
  assert.ok(Array.isArray(e.data[0].embedding) && e.data[0].embedding.length > 0);
  const models = [];
  for await (const m of openai.models.list()) models.push(m.id);
  assert.deepEqual(models.sort(), ['claude-sim', 'embed-sim', 'gpt-sim']);
});

for (const model of ['claude-sim', 'gpt-sim']) {
  const cross = model === 'gpt-sim' ? ' (Anthropic → OpenAI upstream)' : '';
  describe(`Anthropic SDK, model ${model}${cross}`, () => {
    test('messages', async () => {
      const m = await anthropic.messages.create({
        model,
        max_tokens: 200,
        system: 'Be brief.',
        messages: [{ role: 'user', content: 'Hi from Anthropic SDK' }],
      });
      assert.equal(m.type, 'message');
      assert.equal(m.role, 'assistant');
      const block = m.content[0];
      assert.ok(block.type === 'text' && /Hi from Anthropic SDK/.test(block.text));
      assert.equal(m.stop_reason, 'end_turn');
      assert.ok(m.usage.input_tokens > 0 && m.usage.output_tokens > 0);
    });

    test('streaming messages', async () => {
      const stream = anthropic.messages.stream({
        model,
        max_tokens: 200,
        messages: [{ role: 'user', content: 'Stream from Anthropic SDK' }],
      });
      let text = '';
      stream.on('text', (t) => {
        text += t;
      });
      const final = await stream.finalMessage();
      assert.match(text, /Stream from Anthropic SDK/);
      assert.equal(final.stop_reason, 'end_turn');
      assert.ok(final.usage.output_tokens > 0);
    });

    test('tool use, JSON and streaming', async () => {
      const tools = [
        {
          name: 'get_weather',
          description: 'Weather',
          input_schema: { type: 'object' as const, properties: { city: { type: 'string' } }, required: ['city'] },
        },
      ];
      const m = await anthropic.messages.create({
        model,
        max_tokens: 200,
        tools,
        messages: [{ role: 'user', content: 'Weather?' }],
      });
      assert.equal(m.stop_reason, 'tool_use');
      const tu = m.content.find((b) => b.type === 'tool_use');
      assert.ok(tu && tu.type === 'tool_use' && tu.name === 'get_weather');
      assert.equal(typeof (tu.input as { city: unknown }).city, 'string');
      const final = await anthropic.messages
        .stream({ model, max_tokens: 200, tools, messages: [{ role: 'user', content: 'Weather?' }] })
        .finalMessage();
      const stu = final.content.find((b) => b.type === 'tool_use');
      assert.ok(stu && stu.type === 'tool_use');
      assert.equal(typeof (stu.input as { city: unknown }).city, 'string');
    });
  });
}

// The official openai SDK's Responses API against a real Lintel node: create, stream, tools, structured output,
// previous_response_id, retrieve/delete/input_items — to an OpenAI-format and to an Anthropic-format upstream.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import OpenAI from 'openai';
import { mustCall } from '../access/testing/client.ts';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';

let h: Harness;
let openai: OpenAI;

const weather = {
  type: 'function' as const,
  name: 'get_weather',
  description: 'Weather for a city',
  parameters: {
    type: 'object',
    properties: { city: { type: 'string' } },
    required: ['city'],
    additionalProperties: false,
  },
  strict: true,
};

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
  openai = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
});
after(() => h.close());

for (const model of ['gpt-sim', 'claude-sim']) {
  const served = model === 'gpt-sim' ? 'sim-gpt' : 'sim-claude';
  describe(`openai SDK responses, ${model}`, () => {
    test('create: string input, instructions, output_text, usage, served model, record', async () => {
      const { data: r, response } = await openai.responses
        .create({ model, input: 'Hello there', instructions: 'Be brief.', metadata: { team: 'search' } })
        .withResponse();
      assert.equal(r.object, 'response');
      assert.match(r.id, /^resp_/);
      assert.equal(r.status, 'completed');
      assert.match(r.output_text, /Hello there/);
      assert.equal(r.model, served);
      assert.equal(r.instructions, 'Be brief.');
      assert.deepEqual(r.metadata, { team: 'search' });
      assert.ok(r.usage && r.usage.input_tokens > 0 && r.usage.output_tokens > 0);
      assert.equal(r.usage.total_tokens, r.usage.input_tokens + r.usage.output_tokens);
      const rec = h.records.find((x) => x.id === response.headers.get('x-request-id'));
      assert.equal(rec?.endpoint, 'responses');
      assert.equal(rec?.status, 200);
      assert.equal(rec?.tags.team, 'search');
      assert.ok((rec?.inputTokens ?? 0) > 0 && rec?.costUsd !== undefined);
    });

    test('stream: the typed event sequence, and finalResponse equals the text streamed', async () => {
      const stream = openai.responses.stream({ model, input: 'Stream please' });
      const types: string[] = [];
      let text = '';
      stream.on('event', (e) => types.push(e.type));
      stream.on('response.output_text.delta', (e) => {
        text += e.delta;
      });
      const final = await stream.finalResponse();
      assert.equal(types[0], 'response.created');
      assert.equal(types[1], 'response.in_progress');
      assert.deepEqual(
        types.filter((t) => !t.endsWith('.delta')),
        [
          'response.created',
          'response.in_progress',
          'response.output_item.added',
          'response.content_part.added',
          'response.output_text.done',
          'response.content_part.done',
          'response.output_item.done',
          'response.completed',
        ],
      );
      assert.match(text, /Stream please/);
      assert.equal(final.output_text, text);
      assert.equal(final.model, served);
      assert.ok(final.usage && final.usage.output_tokens > 0);
    });

    test('function tools: call, then function_call_output continues the turn (JSON and stream)', async () => {
      const r = await openai.responses.create({ model, input: 'Weather in Paris?', tools: [weather] });
      const call = r.output.find((o) => o.type === 'function_call');
      assert.ok(call && call.type === 'function_call');
      assert.equal(call.name, 'get_weather');
      assert.equal(typeof JSON.parse(call.arguments).city, 'string');
      const next = await openai.responses.create({
        model,
        tools: [weather],
        input: [
          { role: 'user', content: 'Weather in Paris?' },
          { type: 'function_call', call_id: call.call_id, name: call.name, arguments: call.arguments },
          { type: 'function_call_output', call_id: call.call_id, output: 'sunny, 21C' },
        ],
      });
      assert.equal(next.output[0]?.type, 'message');

      const stream = openai.responses.stream({ model, input: 'Weather in Paris?', tools: [weather] });
      let args = '';
      stream.on('response.function_call_arguments.delta', (e) => {
        args += e.delta;
      });
      const final = await stream.finalResponse();
      const sc = final.output.find((o) => o.type === 'function_call');
      assert.ok(sc && sc.type === 'function_call');
      assert.equal(sc.arguments, args);
      assert.equal(typeof JSON.parse(sc.arguments).city, 'string');
    });

    test('structured output: text.format json_schema and responses.parse', async () => {
      const r = await openai.responses.parse({
        model,
        input: 'Give me a city',
        text: {
          format: {
            type: 'json_schema',
            name: 'city',
            strict: true,
            schema: {
              type: 'object',
              properties: { name: { type: 'string' }, population: { type: 'integer' } },
              required: ['name', 'population'],
              additionalProperties: false,
            },
          },
        },
      });
      const parsed = r.output_parsed as { name: string; population: number } | null;
      assert.ok(parsed, 'parsed output present');
      assert.equal(typeof parsed.name, 'string');
      assert.equal(typeof parsed.population, 'number');
    });

    test('previous_response_id continues a stored conversation; retrieve, input_items, delete', async () => {
      const first = await openai.responses.create({ model, input: 'My name is Ada.' });
      const second = await openai.responses.create({
        model,
        input: 'What is my name?',
        previous_response_id: first.id,
      });
      assert.equal(second.previous_response_id, first.id);
      // The upstream saw the whole conversation: the record of the second call has more input tokens.
      assert.ok((second.usage?.input_tokens ?? 0) > (first.usage?.input_tokens ?? 0));

      const got = await openai.responses.retrieve(second.id);
      assert.equal(got.id, second.id);
      assert.equal(got.output_text, second.output_text);
      const items = await openai.responses.inputItems.list(second.id);
      assert.equal(items.data.length, 1);
      const item = items.data[0]!;
      assert.ok(item.type === 'message' && item.role === 'user');
      // Paging past the last item is an empty page; a cursor that is not an item of this response is a 400.
      const past = await openai.responses.inputItems.list(second.id, { after: item.id });
      assert.equal(past.data.length, 0);
      await assert.rejects(openai.responses.inputItems.list(second.id, { after: 'msg_nope' }), {
        status: 400,
        param: 'after',
      });

      const deleted = await openai.responses.delete(second.id);
      assert.deepEqual(deleted, { id: second.id, object: 'response', deleted: true });
      await assert.rejects(openai.responses.retrieve(second.id), (e: InstanceType<typeof OpenAI.APIError>) => {
        assert.equal(e.status, 404);
        return true;
      });
    });

    test('store: false is not retrievable; an unknown previous_response_id is a 400 naming it', async () => {
      const r = await openai.responses.create({ model, input: 'x', store: false });
      assert.equal((r as { store?: boolean }).store, false);
      await assert.rejects(openai.responses.retrieve(r.id), { status: 404 });
      await assert.rejects(
        openai.responses.create({ model, input: 'x', previous_response_id: 'resp_nope' }),
        (e: InstanceType<typeof OpenAI.APIError>) => {
          assert.equal(e.status, 400);
          assert.equal(e.param, 'previous_response_id');
          return true;
        },
      );
    });
  });
}

test('built-in tools are refused with 400 unsupported_parameter before any upstream attempt', async () => {
  const received = h.sim.stats.received;
  await assert.rejects(
    openai.responses.create({ model: 'gpt-sim', input: 'news?', tools: [{ type: 'web_search_preview' }] }),
    (e: InstanceType<typeof OpenAI.APIError>) => {
      assert.equal(e.status, 400);
      assert.equal(e.code, 'unsupported_parameter');
      assert.equal(e.param, 'tools[0]');
      assert.match(e.message, /web_search_preview/);
      return true;
    },
  );
  assert.equal(h.sim.stats.received, received);
});

test('a stored response is per tenant: another tenant cannot read or continue it', async () => {
  const r = await openai.responses.create({ model: 'gpt-sim', input: 'secret plan' });
  await mustCall(h.url, 'POST', '/admin/tenants', h.key, { name: 'acme' });
  await mustCall(h.url, 'POST', '/admin/tenants/acme/teams', h.key, { name: 'core' });
  const { key } = await mustCall(h.url, 'POST', '/admin/keys', h.key, { name: 'k', tenant: 'acme', team: 'core' });
  const other = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: key, maxRetries: 0 });
  await assert.rejects(other.responses.retrieve(r.id), { status: 404 });
  await assert.rejects(other.responses.create({ model: 'gpt-sim', input: 'x', previous_response_id: r.id }), {
    status: 400,
  });
  const own = await other.responses.create({ model: 'gpt-sim', input: 'mine' });
  assert.equal((await other.responses.retrieve(own.id)).id, own.id);
});

// LangChain JS against a real Lintel node: ChatOpenAI (Chat Completions and useResponsesApi) and ChatAnthropic,
// each toward an OpenAI-format and an Anthropic-format upstream: invoke, stream, bindTools, withStructuredOutput.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ChatAnthropic } from '@langchain/anthropic';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOpenAI } from '@langchain/openai';
import { z } from 'zod';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';

let h: Harness;

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
});
after(() => h.close());

const clients: { name: string; make: (model: string) => BaseChatModel }[] = [
  {
    name: 'ChatOpenAI',
    make: (model) => new ChatOpenAI({ model, apiKey: h.key, maxRetries: 0, configuration: { baseURL: `${h.url}/v1` } }),
  },
  {
    name: 'ChatOpenAI useResponsesApi',
    make: (model) =>
      new ChatOpenAI({
        model,
        apiKey: h.key,
        maxRetries: 0,
        useResponsesApi: true,
        configuration: { baseURL: `${h.url}/v1` },
      }),
  },
  {
    name: 'ChatAnthropic',
    make: (model) => new ChatAnthropic({ model, apiKey: h.key, maxRetries: 0, anthropicApiUrl: h.url }),
  },
];

const weatherTool = {
  name: 'get_weather',
  description: 'Weather for a city',
  schema: z.object({ city: z.string() }),
};

for (const c of clients) {
  for (const model of ['gpt-sim', 'claude-sim']) {
    describe(`${c.name} → ${model}`, () => {
      test('invoke', async () => {
        const msg = await c.make(model).invoke('Hello there');
        assert.match(String(msg.text), /Hello there/);
      });

      test('stream', async () => {
        let text = '';
        for await (const chunk of await c.make(model).stream('Stream please')) text += chunk.text;
        assert.match(text, /Stream please/);
      });

      test('bindTools', async () => {
        const llm = c.make(model);
        assert.ok(llm.bindTools);
        const msg = await llm.bindTools([weatherTool]).invoke('Weather in Paris?');
        const call = msg.tool_calls?.[0];
        assert.equal(call?.name, 'get_weather');
        assert.equal(typeof call?.args.city, 'string');
      });

      test('withStructuredOutput', async () => {
        const out = await c
          .make(model)
          .withStructuredOutput(z.object({ name: z.string(), population: z.number() }), { name: 'city' })
          .invoke('A city');
        assert.equal(typeof out.name, 'string');
        assert.equal(typeof out.population, 'number');
      });
    });
  }
}

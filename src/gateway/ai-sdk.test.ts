// The Vercel AI SDK against a real Lintel node: @ai-sdk/openai's default provider (Responses API) and `.chat`
// (Chat Completions), and @ai-sdk/anthropic (Messages) — each toward an OpenAI-format and an Anthropic-format
// upstream: generateText, streamText, generateObject, multi-step tool calls, embed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { embed, generateObject, generateText, type LanguageModel, stepCountIs, streamText, tool } from 'ai';
import { z } from 'zod';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';

let h: Harness;
let openai: ReturnType<typeof createOpenAI>;
let anthropic: ReturnType<typeof createAnthropic>;

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
  openai = createOpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key });
  anthropic = createAnthropic({ baseURL: `${h.url}/v1`, apiKey: h.key });
});
after(() => h.close());

const weather = tool({
  description: 'Weather for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, forecast: 'sunny', celsius: 21 }),
});

const cases: { name: string; model: () => LanguageModel }[] = [];
for (const target of ['gpt-sim', 'claude-sim']) {
  cases.push({ name: `@ai-sdk/openai responses → ${target}`, model: () => openai(target) });
  cases.push({ name: `@ai-sdk/openai .chat → ${target}`, model: () => openai.chat(target) });
  cases.push({ name: `@ai-sdk/anthropic → ${target}`, model: () => anthropic(target) });
}

for (const c of cases) {
  describe(c.name, () => {
    test('generateText', async () => {
      const r = await generateText({ model: c.model(), prompt: 'Hello there', maxRetries: 0 });
      assert.match(r.text, /Hello there/);
      assert.equal(r.finishReason, 'stop');
      assert.ok((r.usage.inputTokens ?? 0) > 0 && (r.usage.outputTokens ?? 0) > 0);
    });

    test('streamText', async () => {
      const r = streamText({ model: c.model(), prompt: 'Stream please', maxRetries: 0 });
      let text = '';
      for await (const delta of r.textStream) text += delta;
      assert.match(text, /Stream please/);
      assert.equal(await r.finishReason, 'stop');
      assert.ok(((await r.usage).outputTokens ?? 0) > 0);
    });

    test('generateObject', async () => {
      const r = await generateObject({
        model: c.model(),
        schema: z.object({ name: z.string(), population: z.number() }),
        prompt: 'A city',
        maxRetries: 0,
      });
      assert.equal(typeof r.object.name, 'string');
      assert.equal(typeof r.object.population, 'number');
    });

    test('multi-step tool calls (generateText and streamText)', async () => {
      const r = await generateText({
        model: c.model(),
        tools: { weather },
        stopWhen: stepCountIs(3),
        prompt: 'Weather in Paris?',
        maxRetries: 0,
      });
      assert.equal(r.steps.length, 2);
      assert.equal(r.steps[0]!.toolCalls[0]?.toolName, 'weather');
      assert.equal(r.steps[0]!.toolResults.length, 1);
      assert.equal(r.finishReason, 'stop');
      assert.ok(r.text.length > 0);

      const s = streamText({
        model: c.model(),
        tools: { weather },
        stopWhen: stepCountIs(3),
        prompt: 'Weather in Paris?',
        maxRetries: 0,
      });
      let text = '';
      for await (const delta of s.textStream) text += delta;
      const steps = await s.steps;
      assert.equal(steps.length, 2);
      assert.equal(steps[0]!.toolCalls[0]?.toolName, 'weather');
      assert.ok(text.length > 0);
    });
  });
}

test('@ai-sdk/openai embed', async () => {
  const r = await embed({ model: openai.embedding('embed-sim'), value: 'sunny day', maxRetries: 0 });
  assert.ok(r.embedding.length > 0);
  assert.ok((r.usage?.tokens ?? 0) > 0);
});

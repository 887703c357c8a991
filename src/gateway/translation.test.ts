// Cross-format translation through a real node: what has an equivalent is mapped (and listed in
// x-lintel-translation when approximated); what has none is refused with 400 unsupported_parameter naming it,
// before any upstream attempt.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';

let h: Harness;
let openai: OpenAI;
let anthropic: Anthropic;

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
  anthropic = new Anthropic({ baseURL: h.url, apiKey: h.key, maxRetries: 0 });
});
after(() => h.close());

const ask = [{ role: 'user' as const, content: 'hi' }];
const lastBody = () => h.sim.requests.at(-1)?.body as Record<string, unknown>;

test('no equivalent toward Claude: 400 unsupported_parameter naming the parameter, nothing sent upstream', async () => {
  const cases: [string, Partial<OpenAI.ChatCompletionCreateParamsNonStreaming>][] = [
    ['n', { n: 2 }],
    ['logprobs', { logprobs: true }],
    ['presence_penalty', { presence_penalty: 0.5 }],
    ['logit_bias', { logit_bias: { '50256': -100 } }],
  ];
  for (const [param, extra] of cases) {
    const received = h.sim.stats.received;
    await assert.rejects(
      openai.chat.completions.create({ model: 'claude-sim', messages: ask, ...extra }),
      (e: InstanceType<typeof OpenAI.APIError>) => {
        assert.equal(e.status, 400, param);
        assert.equal(e.code, 'unsupported_parameter');
        assert.equal(e.param, param);
        return true;
      },
    );
    assert.equal(h.sim.stats.received, received, `${param}: no upstream attempt`);
  }
  // Defaults that change nothing are accepted.
  await openai.chat.completions.create({ model: 'claude-sim', messages: ask, n: 1, presence_penalty: 0 });
});

test('reasoning_effort → a thinking budget; parallel_tool_calls → disable_parallel_tool_use; header lists changes', async () => {
  const { response } = await openai.chat.completions
    .create({ model: 'claude-sim', messages: ask, reasoning_effort: 'low', temperature: 0.2 })
    .withResponse();
  const body = lastBody();
  assert.deepEqual(body.thinking, { type: 'enabled', budget_tokens: 2048 });
  assert.ok((body.max_tokens as number) > 2048);
  assert.equal(body.temperature, undefined);
  assert.match(
    response.headers.get('x-lintel-translation') ?? '',
    /reasoning_effort=low -> thinking.budget_tokens=2048/,
  );
  assert.match(response.headers.get('x-lintel-translation') ?? '', /temperature dropped/);

  await openai.chat.completions.create({
    model: 'claude-sim',
    messages: ask,
    parallel_tool_calls: false,
    tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: {} } } }],
  });
  assert.deepEqual(lastBody().tool_choice, { type: 'auto', disable_parallel_tool_use: true });
});

test('Anthropic thinking toward an OpenAI target becomes reasoning_effort', async () => {
  await anthropic.messages.create({
    model: 'gpt-sim',
    max_tokens: 20000,
    thinking: { type: 'enabled', budget_tokens: 16000 },
    messages: ask,
  });
  assert.equal(lastBody().reasoning_effort, 'high');
});

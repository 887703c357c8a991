// The llm_judge guard through the real server: a judge route on a judge upstream the test builds
// (Llama Guard 3, ShieldGemma and JSON answers), block and flag, cached verdicts, a slow judge
// failing open or closed, output judging on complete answers, after a stream, and on stream windows (stream: window).
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import OpenAI from 'openai';
import { anthropicBlockEvent, anthropicStreamBody, readTextStream, waitFor } from '../../../testing/guard-streams.ts';
import { type Harness, simProviders, startHarness } from '../../../testing/harness.ts';
import { judgePrompt, parseVerdict } from './formats.ts';

describe('judge formats', () => {
  it('parses Llama Guard 3, ShieldGemma and JSON verdicts and rejects anything else', () => {
    assert.deepEqual(parseVerdict('llama_guard_3', 'unsafe\nS1,S9'), {
      unsafe: true,
      score: 1,
      categories: ['S1', 'S9'],
    });
    assert.equal(parseVerdict('llama_guard_3', 'safe').unsafe, false);
    assert.equal(parseVerdict('shieldgemma', 'Yes, because …').unsafe, true);
    assert.equal(parseVerdict('shieldgemma', 'No.').unsafe, false);
    const j = parseVerdict('json', 'Sure: {"verdict":"flag","score":0.7,"categories":["pii"],"reason":"email"}');
    assert.deepEqual(j, { unsafe: true, score: 0.7, categories: ['pii'], reason: 'email' });
    assert.throws(() => parseVerdict('llama_guard_3', 'I cannot help with that'), /does not follow/);
    assert.throws(() => parseVerdict('json', '{"verdict":"maybe"}'), /does not follow/);
  });

  it('builds the prompts the judge models were trained on', () => {
    const lg = judgePrompt('llama_guard_3', 'hi', 'input', undefined, undefined)[0].content;
    assert.match(lg, /<BEGIN UNSAFE CONTENT CATEGORIES>\nS1: Violent Crimes\./);
    assert.match(lg, /User: hi/);
    assert.match(
      judgePrompt('shieldgemma', 'ok', 'output', 'No PII', undefined)[0].content,
      /Chatbot Response: ok[\s\S]*\* No PII/,
    );
  });
});

/** A judge upstream: answers in the format its model name says; "XUNSAFEX" in the text → unsafe, "XSLOWX" → 5 s late. */
function startJudge(): Promise<{ server: Server; url: string; calls: string[] }> {
  const calls: string[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      const body = JSON.parse(raw) as { model: string; messages: { content: string }[] };
      const text = body.messages.map((m) => m.content).join('\n');
      calls.push(body.model);
      const unsafe = text.includes('XUNSAFEX') || body.model === 'json-always';
      const content =
        body.model === 'lg'
          ? unsafe
            ? 'unsafe\nS9'
            : 'safe'
          : body.model === 'sg'
            ? unsafe
              ? 'Yes, it violates the policy.'
              : 'No, it does not.'
            : JSON.stringify({ verdict: unsafe ? 'block' : 'pass', score: unsafe ? 0.9 : 0.1, reason: 'test' });
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            id: 'j',
            object: 'chat.completion',
            created: 0,
            model: body.model,
            choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
            usage: { prompt_tokens: 10, completion_tokens: 2, total_tokens: 12 },
          }),
        );
      };
      if (text.includes('XSLOWX')) setTimeout(send, 5000).unref();
      else send();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls }),
    ),
  );
}

describe('llm_judge guard through the real server', () => {
  let h: Harness;
  let judge: Awaited<ReturnType<typeof startJudge>>;
  let openai: OpenAI;
  const route = (model: string, set: string) =>
    `  - model: ${model}\n    guardrails: [${set}]\n    targets: [{ provider: sim, model: sim-${model} }]\n`;

  before(async () => {
    judge = await startJudge();
    h = await startHarness(
      (u) => `${simProviders(u)}  judge:
    kind: openai-compatible
    base_url: ${judge.url}/v1
guardrails:
  sets:
    lg-block:
      - { name: judge, detector: llm_judge, stage: input, action: block, options: { route: judge-lg, format: llama_guard_3, timeout_ms: 1500 } }
    sg-flag:
      - { name: judge, detector: llm_judge, stage: input, action: flag, options: { route: judge-sg, format: shieldgemma, policy: 'No weapons' } }
    open:
      - { name: judge, detector: llm_judge, stage: input, action: block, on_error: open, options: { route: judge-lg, format: llama_guard_3, timeout_ms: 1500 } }
    out:
      - { name: judge-out, detector: llm_judge, stage: output, action: block, options: { route: judge-always, format: json } }
routes:
  - model: judge-lg
    guardrails: [lg-block]
    targets: [{ provider: judge, model: lg }]
  - model: judge-sg
    targets: [{ provider: judge, model: sg }]
  - model: judge-always
    targets: [{ provider: judge, model: json-always }]
${route('lg', 'lg-block')}${route('sg', 'sg-flag')}${route('open', 'open')}${route('out', 'out')}`,
    );
    openai = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
  });
  after(async () => {
    await h.close();
    judge.server.close();
  });

  const ask = (model: string, content: string) =>
    openai.chat.completions.create({ model, messages: [{ role: 'user', content }] });

  it('blocks on an unsafe Llama Guard verdict, passes a safe one, and caches verdicts by content', async () => {
    await assert.rejects(
      ask('lg', 'XUNSAFEX: how do I build a pipe bomb'),
      (e: InstanceType<typeof OpenAI.APIError>) => {
        assert.equal(e.status, 400);
        assert.equal(e.code, 'guardrail_blocked');
        assert.match(e.message, /judge/);
        return true;
      },
    );
    const d = h.records.find((r) => r.modelRequested === 'lg')!.guardrails[0];
    assert.equal(d.action, 'block');
    assert.equal(d.spans?.[0].type, 'judge:S9');
    const before = judge.calls.length;
    await assert.rejects(
      ask('lg', 'XUNSAFEX: how do I build a pipe bomb'),
      (e: InstanceType<typeof OpenAI.APIError>) => e.status === 400,
    );
    assert.equal(judge.calls.length, before, 'the second verdict came from the cache');
    const ok = await ask('lg', 'What is the capital of France?');
    assert.ok(ok.choices[0].message.content);
    // The judge route carries the same guard set: its own call was not judged again (no recursion).
    assert.ok(h.records.some((r) => r.modelRequested === 'judge-lg' && r.status === 200));
  });

  it('flags on a ShieldGemma "Yes" when the guard action is flag', async () => {
    const r = await openai.chat.completions
      .create({ model: 'sg', messages: [{ role: 'user', content: 'XUNSAFEX gun question' }] })
      .withResponse();
    assert.match(String(r.response.headers.get('x-lintel-guardrails')), /^flagged; guards=judge/);
  });

  it('a judge slower than its time limit fails closed (block guard) or open (on_error: open)', async () => {
    const t0 = Date.now();
    await assert.rejects(ask('lg', 'XSLOWX question one'), (e: InstanceType<typeof OpenAI.APIError>) => {
      assert.equal(e.status, 400);
      assert.match(e.message, /timed out/);
      return true;
    });
    assert.ok(Date.now() - t0 < 4500, 'did not wait for the 5 s judge');
    const r = await ask('open', 'XSLOWX question two');
    assert.ok(r.choices[0].message.content);
    const d = h.records.at(-1)!.guardrails.find((g) => g.guard === 'judge');
    assert.match(String(d?.error), /timed out/);
  });

  it('judges complete answers on output, and streamed answers once the stream ends', async () => {
    await assert.rejects(ask('out', 'Tell me a story.'), (e: InstanceType<typeof OpenAI.APIError>) => e.status === 400);
    assert.equal(h.records.at(-1)!.guardrails.find((g) => g.guard === 'judge-out')?.stage, 'output');
    const stream = await openai.chat.completions.create({
      model: 'out',
      stream: true,
      messages: [{ role: 'user', content: 'Tell me another story.' }],
    });
    let chunks = 0;
    for await (const _ of stream) chunks++;
    assert.ok(chunks > 0);
    const rec = await waitFor(() => h.records.findLast((r) => r.modelRequested === 'out' && r.stream));
    assert.ok(
      rec.guardrails.some((g) => g.guard === 'judge-out'),
      'the stream verdict is recorded',
    );
  });
});

describe('llm_judge on stream windows (stream: window)', () => {
  it('cuts a streamed answer before the unsafe window is released, with the error event in both formats', async () => {
    const judge = await startJudge();
    const h = await startHarness(
      (u) => `${simProviders(u)}  judge:
    kind: openai-compatible
    base_url: ${judge.url}/v1
guardrails:
  sets:
    out-window:
      - { name: judge-window, detector: llm_judge, stage: output, action: block, options: { route: judge-lg, format: llama_guard_3, stream: window } }
routes:
  - model: judge-lg
    targets: [{ provider: judge, model: lg }]
  - model: win
    guardrails: [out-window]
    targets: [{ provider: sim, model: sim-win }]
  - model: claude-win
    guardrails: [out-window]
    targets: [{ provider: sim-anthropic, model: sim-claude }]
`,
      { sim: { behavior: { outputTokens: 150 } } },
    );
    try {
      const openai = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
      const stream = await openai.chat.completions.create({
        model: 'win',
        stream: true,
        messages: [{ role: 'user', content: 'XUNSAFEX tell me a story' }],
      });
      let text = '';
      await assert.rejects(
        (async () => {
          for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
        })(),
        (err: Error) => /guardrail "judge-window" \(llm_judge\): judge: unsafe \(S9\)/.test(err.message),
      );
      assert.ok(!text.includes('XUNSAFEX'), 'the unsafe window was never released');
      const rec = await waitFor(() => h.records.findLast((r) => r.modelRequested === 'win' && r.stream));
      assert.equal(rec.errorType, 'guardrail_blocked');
      assert.equal(rec.guardrails.find((g) => g.guard === 'judge-window')?.stage, 'output');

      const body = await anthropicStreamBody(h.url, h.key, 'claude-win', 'XUNSAFEX tell me a story');
      assert.match(body, anthropicBlockEvent('judge-window'));
      assert.ok(!body.includes('XUNSAFEX'));

      // A safe answer streams whole, judged window by window (several judge calls, text released before the end).
      const calls = judge.calls.length;
      const ok = await openai.chat.completions.create({
        model: 'win',
        stream: true,
        messages: [{ role: 'user', content: 'Tell me a story about the sea' }],
      });
      const { text: safe, pieces } = await readTextStream(ok);
      assert.match(safe, /^Simulated reply to: Tell me a story about the sea/);
      assert.ok(pieces >= 2, `released window by window (${pieces} pieces)`);
      assert.ok(judge.calls.length - calls >= 2, 'each window was judged');
    } finally {
      await h.close();
      judge.server.close();
    }
  });
});

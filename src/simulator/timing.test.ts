import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { request } from 'undici';
import { startSimulator } from './index.ts';
import { parseSse } from './sse-parse.ts';
import type { SimBehavior, Simulator } from './types.ts';

let sim: Simulator;
before(async () => {
  sim = await startSimulator({ quiet: true });
});
after(() => sim.close());

function call(path: string, body: Record<string, unknown>, behavior: SimBehavior, signal?: AbortSignal) {
  return request(sim.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sim-behavior': JSON.stringify(behavior) },
    body: JSON.stringify(body),
    signal,
  });
}

const chat = (extra: Record<string, unknown> = {}) => ({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'time me' }],
  ...extra,
});

/** Reads a stream, noting when each SSE event arrived (ms since the request was sent). */
async function timedEvents(body: AsyncIterable<Buffer>, t0: number) {
  const arrivals: Array<{ at: number; data: string }> = [];
  let buf = '';
  for await (const chunk of body) {
    buf += chunk.toString();
    let end = buf.indexOf('\n\n');
    while (end !== -1) {
      for (const e of parseSse(buf.slice(0, end + 2))) arrivals.push({ at: performance.now() - t0, data: e.data });
      buf = buf.slice(end + 2);
      end = buf.indexOf('\n\n');
    }
  }
  return arrivals;
}

function simulatorTimers(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
}

describe('timing', () => {
  test('latencyMs delays a JSON answer', async () => {
    const t0 = performance.now();
    const res = await call('/v1/chat/completions', chat(), { latencyMs: 80 });
    await res.body.text();
    assert.ok(performance.now() - t0 >= 75);
  });

  test('unpaced streams arrive at once', async () => {
    const t0 = performance.now();
    const res = await call('/v1/chat/completions', chat({ stream: true }), { outputTokens: 200 });
    const events = await timedEvents(res.body, t0);
    assert.equal(events.length, 1 + 200 + 1 + 1);
    assert.ok(events[events.length - 1].at - events[0].at < 50);
  });

  test('tokensPerSecond paces content tokens; ttftMs delays the first one', async () => {
    const t0 = performance.now();
    const res = await call('/v1/messages', { ...chat({ stream: true }), max_tokens: 100 }, {
      outputTokens: 10,
      tokensPerSecond: 100,
      ttftMs: 60,
      latencyMs: 40,
    });
    const events = await timedEvents(res.body, t0);
    const deltas = events.filter((e) => e.data.includes('content_block_delta'));
    assert.equal(deltas.length, 10);
    const start = events[0].at;
    assert.ok(start >= 35, `first chunk after latency, got ${start}`);
    const ttft = deltas[0].at - start;
    assert.ok(ttft >= 55, `ttft ${ttft}`);
    // Nine intervals of 10 ms between the first and the last token.
    const span = deltas[9].at - deltas[0].at;
    assert.ok(span >= 80 && span < 250, `span ${span}`);
  });

  test('high token rates stay on schedule despite timer resolution', async () => {
    const t0 = performance.now();
    const res = await call('/v1/chat/completions', chat({ stream: true }), { outputTokens: 200, tokensPerSecond: 2000 });
    const events = await timedEvents(res.body, t0);
    assert.equal(events.length, 203);
    const elapsed = performance.now() - t0;
    assert.ok(elapsed >= 95 && elapsed < 400, `200 tokens at 2000/s took ${elapsed}`);
  });

  test('a client abort mid-stream is observed as aborted and stops the stream timers', async () => {
    const ac = new AbortController();
    const baseline = simulatorTimers();
    const res = await call('/v1/chat/completions', chat({ stream: true }), { outputTokens: 50, tokensPerSecond: 2 }, ac.signal);
    const reader = res.body[Symbol.asyncIterator]();
    const first = await reader.next();
    assert.ok(String(first.value).startsWith('data: '));
    await sim.waitFor((s) => s.requests.length > 0);
    const observed = sim.requests[sim.requests.length - 1];
    assert.equal(observed.aborted, false);
    ac.abort();
    await assert.rejects(reader.next());
    await sim.waitFor(() => observed.aborted, 2000);
    assert.equal(observed.completed, false);
    assert.ok(sim.stats.aborted >= 1);
    await new Promise((r) => setTimeout(r, 30));
    assert.ok(simulatorTimers() <= baseline, 'the pacing timer was cleared');
  });

  test('a client abort during latency is observed and nothing is sent later', async () => {
    const ac = new AbortController();
    const baseline = simulatorTimers();
    const pending = call('/v1/chat/completions', chat(), { latencyMs: 5000 }, ac.signal);
    await sim.waitFor((s) => s.requests.some((r) => !r.completed && !r.aborted));
    const observed = sim.requests[sim.requests.length - 1];
    ac.abort();
    await assert.rejects(pending);
    await sim.waitFor(() => observed.aborted, 2000);
    assert.ok(simulatorTimers() <= baseline, 'the latency timer was cleared');
  });
});

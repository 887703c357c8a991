import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { request } from 'undici';
import { startSimulator } from './index.ts';
import { pendingTimers } from './exchange.ts';
import { parseSse } from './sse-parse.ts';
import type { ObservedRequest, SimBehavior, Simulator } from './types.ts';

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
  const arrivals: Array<{ at: number; read: number; data: string }> = [];
  let buf = '';
  let read = 0;
  for await (const chunk of body) {
    read++;
    buf += chunk.toString();
    let end = buf.indexOf('\n\n');
    while (end !== -1) {
      for (const e of parseSse(buf.slice(0, end + 2))) {
        arrivals.push({ at: performance.now() - t0, read, data: e.data });
      }
      buf = buf.slice(end + 2);
      end = buf.indexOf('\n\n');
    }
  }
  return arrivals;
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
    const res = await call('/v1/chat/completions', chat({ stream: true }), { outputTokens: 20 });
    const events = await timedEvents(res.body, t0);
    assert.equal(events.length, 1 + 20 + 1 + 1);
    // One write of a few kB: the client reads it all at once (timing would be flaky on a loaded machine).
    assert.ok(events[events.length - 1].read <= 2, `took ${events[events.length - 1].read} reads`);
  });

  test('tokensPerSecond paces content tokens; ttftMs delays the first one', async () => {
    const t0 = performance.now();
    const res = await call(
      '/v1/messages',
      { ...chat({ stream: true }), max_tokens: 100 },
      {
        outputTokens: 10,
        tokensPerSecond: 100,
        ttftMs: 60,
        latencyMs: 40,
      },
    );
    const events = await timedEvents(res.body, t0);
    const deltas = events.filter((e) => e.data.includes('content_block_delta'));
    assert.equal(deltas.length, 10);
    // Lower bounds are what the simulator controls (nothing can arrive before it is sent); upper bounds
    // are loose because a loaded machine delays the client, not the schedule.
    assert.ok(events[0].at >= 38, `first chunk after the latency, got ${events[0].at}`);
    for (const [k, d] of deltas.entries()) {
      const due = 40 + 60 + 10 * k;
      assert.ok(d.at >= due - 2, `token ${k} at ${d.at} ms, due at ${due} ms`);
    }
    assert.ok(deltas[9].at < 1500, `last token at ${deltas[9].at}`);
  });

  test('high token rates stay on schedule despite timer resolution', async () => {
    const t0 = performance.now();
    const res = await call('/v1/chat/completions', chat({ stream: true }), {
      outputTokens: 200,
      tokensPerSecond: 2000,
    });
    const events = await timedEvents(res.body, t0);
    assert.equal(events.length, 203);
    const elapsed = performance.now() - t0;
    assert.ok(elapsed >= 95 && elapsed < 3000, `200 tokens at 2000/s took ${elapsed}`);
  });

  test('a client abort mid-stream is observed as aborted and stops the stream timers', async () => {
    const ac = new AbortController();
    const res = await call(
      '/v1/chat/completions',
      chat({ stream: true }),
      { outputTokens: 50, tokensPerSecond: 2 },
      ac.signal,
    );
    const reader = res.body[Symbol.asyncIterator]();
    const first = await reader.next();
    assert.ok(String(first.value).startsWith('data: '));
    await sim.waitFor((s) => s.requests.length > 0);
    const observed = sim.requests[sim.requests.length - 1];
    assert.equal(observed.aborted, false);
    assert.equal(pendingTimers(), 1, 'the pacing timer is armed');
    ac.abort();
    await assert.rejects(reader.next());
    await sim.waitFor(() => observed.aborted, 2000);
    assert.equal(observed.completed, false);
    assert.ok(sim.stats.aborted >= 1);
    assert.equal(pendingTimers(), 0, 'the pacing timer was cleared');
  });

  test('a client abort during latency is observed and nothing is sent later', async () => {
    const ac = new AbortController();
    const pending = call('/v1/chat/completions', chat(), { latencyMs: 5000 }, ac.signal);
    await sim.waitFor((s) => s.requests.some((r) => !r.completed && !r.aborted));
    const observed = sim.requests[sim.requests.length - 1];
    assert.equal(pendingTimers(), 1, 'the latency timer is armed');
    ac.abort();
    await assert.rejects(pending);
    await sim.waitFor(() => observed.aborted, 2000);
    assert.equal(pendingTimers(), 0, 'the latency timer was cleared');
  });
  test('hold() keeps every answer until release(); a client that left while held is not answered', async () => {
    const release = sim.hold();
    const before = sim.stats.completed;
    const ac = new AbortController();
    const leaving = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'leaving' }] };
    const gone = call('/v1/chat/completions', leaving, {}, ac.signal);
    const held = call('/v1/chat/completions', chat(), {});
    let answered = false;
    held.then(() => {
      answered = true;
    });
    await sim.waitFor((s) => s.requests.filter((r) => !r.completed && !r.aborted).length === 2);
    const leaver = sim.requests.find((r) => JSON.stringify(r.body).includes('leaving')) as ObservedRequest;
    ac.abort();
    await assert.rejects(gone);
    await sim.waitFor(() => leaver.aborted, 2000);
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(answered, false, 'nothing is answered while held');
    assert.equal(sim.stats.completed, before);
    release();
    const res = await held;
    assert.equal(res.statusCode, 200);
    await res.body.text();
    await sim.waitFor((s) => s.stats.completed === before + 1, 2000);
    assert.equal(leaver.completed, false);
    // Released: later requests are answered at once again.
    const again = await call('/v1/chat/completions', chat(), {});
    assert.equal(again.statusCode, 200);
    await again.body.text();
  });
});

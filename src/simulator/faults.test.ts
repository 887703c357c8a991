import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { request } from 'undici';
import { startSimulator } from './index.ts';
import { parseSse } from './sse-parse.ts';
import type { SimBehavior, Simulator } from './types.ts';

let sim: Simulator;
before(async () => {
  sim = await startSimulator({ quiet: true, seed: 3 });
});
beforeEach(() => {
  sim.setBehavior('*', undefined);
  sim.reset();
});
after(() => sim.close());

const chatBody = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hello' }], ...extra });

function chat(behavior?: SimBehavior, extra: Record<string, unknown> = {}, opts: { signal?: AbortSignal } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (behavior) headers['x-sim-behavior'] = JSON.stringify(behavior);
  return request(`${sim.url}/v1/chat/completions`, { method: 'POST', headers, body: chatBody(extra), ...opts });
}

describe('faults', () => {
  test('reset destroys the socket without a response', async () => {
    await assert.rejects(chat({ fault: 'reset' }), (err: Error & { code?: string }) => {
      assert.ok(['ECONNRESET', 'UND_ERR_SOCKET'].includes(err.code ?? ''), `unexpected ${err.code}`);
      return true;
    });
    assert.equal(sim.stats.faults, 1);
    assert.equal(sim.requests[0].completed, false);
    assert.equal(sim.requests[0].aborted, false, 'a fault is not a client abort');
  });

  test('hang never answers; the client timing out is observed as aborted', async () => {
    const started = Date.now();
    await assert.rejects(chat({ fault: 'hang' }, {}, { signal: AbortSignal.timeout(150) }), { name: 'TimeoutError' });
    assert.ok(Date.now() - started >= 140);
    await sim.waitFor((s) => s.requests[0]?.aborted === true, 2000);
    assert.equal(sim.stats.aborted, 1);
    assert.equal(sim.stats.completed, 0);
  });

  test('malformed answers 200 with a body that is not JSON', async () => {
    const res = await chat({ fault: 'malformed' });
    assert.equal(res.statusCode, 200);
    const text = await res.body.text();
    assert.throws(() => JSON.parse(text), SyntaxError);
  });

  test('reset-mid-stream delivers three chunks then cuts the connection', async () => {
    const res = await chat({ fault: 'reset-mid-stream' }, { stream: true });
    assert.equal(res.statusCode, 200);
    let received = '';
    await assert.rejects(async () => {
      for await (const chunk of res.body) received += chunk.toString();
    });
    const frames = parseSse(received);
    assert.equal(frames.length, 3);
    assert.ok(!received.includes('[DONE]'));
    assert.equal(sim.requests[0].aborted, false);
    assert.equal(sim.stats.faults, 1);
  });

  test('reset-mid-stream on a JSON request cuts the body short', async () => {
    const res = await chat({ fault: 'reset-mid-stream' });
    assert.equal(res.statusCode, 200);
    await assert.rejects(res.body.text());
  });

  test('malformed-chunk inserts one invalid data line after two chunks and carries on', async () => {
    const res = await chat({ fault: 'malformed-chunk' }, { stream: true });
    const frames = parseSse(await res.body.text());
    const bad = frames.flatMap((f, i) => {
      try {
        if (f.data !== '[DONE]') JSON.parse(f.data);
        return [];
      } catch {
        return [i];
      }
    });
    assert.deepEqual(bad, [2]);
    assert.equal(frames[frames.length - 1].data, '[DONE]');
  });

  test('faultRate 0 never applies the fault', async () => {
    const res = await chat({ fault: 'reset', faultRate: 0 });
    assert.equal(res.statusCode, 200);
    await res.body.text();
  });
});

describe('injected errors', () => {
  test('failFirst answers 503 N times, then succeeds; reset() re-arms it', async () => {
    sim.setBehavior('gpt-4o-mini', { failFirst: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await chat();
      statuses.push(res.statusCode);
      await res.body.text();
    }
    assert.deepEqual(statuses, [503, 503, 200]);
    const first = await chat();
    assert.equal(first.statusCode, 200);
    await first.body.text();
    sim.reset();
    const again = await chat();
    assert.equal(again.statusCode, 503);
    const e = (await again.body.json()) as { error: { type: string } };
    assert.equal(e.error.type, 'server_error');
    sim.setBehavior('gpt-4o-mini', undefined);
  });

  test('429 carries Retry-After and retry-after-ms in the OpenAI rate-limit format', async () => {
    const res = await chat({ failFirst: 1, errorStatus: 429, retryAfterSeconds: 2 });
    assert.equal(res.statusCode, 429);
    assert.equal(res.headers['retry-after'], '2');
    assert.equal(res.headers['retry-after-ms'], '2000');
    const e = (await res.body.json()) as { error: Record<string, unknown> };
    assert.equal(e.error.type, 'requests');
    assert.equal(e.error.code, 'rate_limit_exceeded');
    assert.equal(sim.stats.errors, 1);
  });

  test('errorRate draws are reproducible under a seed', async () => {
    const run = async () => {
      const s = await startSimulator({ quiet: true, seed: 42, behavior: { errorRate: 0.5, errorStatus: 500 } });
      const out: number[] = [];
      try {
        for (let i = 0; i < 20; i++) {
          const res = await request(`${s.url}/v1/chat/completions`, { method: 'POST', body: chatBody() });
          out.push(res.statusCode);
          await res.body.text();
        }
      } finally {
        await s.close();
      }
      return out;
    };
    const a = await run();
    assert.deepEqual(await run(), a);
    assert.ok(a.includes(500) && a.includes(200), `expected a mix, got ${a}`);
  });

  test('behaviour precedence: header over model over default', async () => {
    const s = await startSimulator({
      quiet: true,
      behavior: { outputTokens: 5 },
      models: { special: { outputTokens: 7 } },
    });
    const tokens = async (model: string, header?: SimBehavior) => {
      const headers: Record<string, string> = {};
      if (header) headers['x-sim-behavior'] = JSON.stringify(header);
      const res = await request(`${s.url}/v1/chat/completions`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ model, messages: [{ role: 'user', content: 'a' }] }),
      });
      return ((await res.body.json()) as { usage: { completion_tokens: number } }).usage.completion_tokens;
    };
    try {
      assert.equal(await tokens('plain'), 5);
      assert.equal(await tokens('special'), 7);
      assert.equal(await tokens('special', { outputTokens: 9 }), 9);
      s.setBehavior('*', { outputTokens: 6 });
      assert.equal(await tokens('plain'), 6);
      s.setBehavior('special', undefined);
      assert.equal(await tokens('special'), 6);
    } finally {
      await s.close();
    }
  });

  test('a bad x-sim-behavior header is a 400', async () => {
    const res = await request(`${sim.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'x-sim-behavior': 'not json' },
      body: chatBody(),
    });
    assert.equal(res.statusCode, 400);
    await res.body.text();
  });
});

describe('api key and observation', () => {
  test('apiKey: Bearer on OpenAI paths, x-api-key or Bearer on /v1/messages, 401 in each format', async () => {
    const s = await startSimulator({ quiet: true, apiKey: 'sk-sim' });
    const call = async (path: string, headers: Record<string, string>, body: unknown) => {
      const res = await request(s.url + path, { method: 'POST', headers, body: JSON.stringify(body) });
      return {
        status: res.statusCode,
        json: (await res.body.json()) as { type?: string; error: { type: string; code?: string | null } },
      };
    };
    const oa = { model: 'm', messages: [{ role: 'user', content: 'x' }] };
    const an = { ...oa, max_tokens: 10 };
    try {
      const none = await call('/v1/chat/completions', {}, oa);
      assert.equal(none.status, 401);
      assert.equal(none.json.error.type, 'invalid_request_error');
      const wrong = await call('/v1/chat/completions', { authorization: 'Bearer nope' }, oa);
      assert.equal(wrong.status, 401);
      assert.equal(wrong.json.error.code, 'invalid_api_key');
      assert.equal((await call('/v1/chat/completions', { authorization: 'Bearer sk-sim' }, oa)).status, 200);
      const anNone = await call('/v1/messages', {}, an);
      assert.equal(anNone.status, 401);
      assert.deepEqual(anNone.json.type, 'error');
      assert.equal(anNone.json.error.type, 'authentication_error');
      assert.equal((await call('/v1/messages', { 'x-api-key': 'wrong' }, an)).status, 401);
      assert.equal((await call('/v1/messages', { 'x-api-key': 'sk-sim' }, an)).status, 200);
      assert.equal((await call('/v1/messages', { authorization: 'Bearer sk-sim' }, an)).status, 200);
    } finally {
      await s.close();
    }
  });

  test('requests are recorded with model, body, headers and stream flag; events fire', async () => {
    const seen: string[] = [];
    sim.on('request', (r) => seen.push(`request:${r.id}`));
    sim.on('complete', (r) => seen.push(`complete:${r.id}`));
    const res = await chat(undefined, { stream: true });
    await res.body.text();
    await sim.waitFor((s) => s.stats.completed === 1);
    const r = sim.requests[0];
    assert.equal(r.method, 'POST');
    assert.equal(r.path, '/v1/chat/completions');
    assert.equal(r.model, 'gpt-4o-mini');
    assert.equal(r.stream, true);
    assert.equal(r.completed, true);
    assert.equal(r.aborted, false);
    assert.equal(r.headers['content-type'], 'application/json');
    assert.deepEqual((r.body as { messages: unknown }).messages, [{ role: 'user', content: 'hello' }]);
    assert.deepEqual(seen, [`request:${r.id}`, `complete:${r.id}`]);
    assert.equal(sim.stats.received, 1);
  });

  test('keepRequests bounds the record; 0 disables it', async () => {
    const s = await startSimulator({ quiet: true, keepRequests: 2 });
    const off = await startSimulator({ quiet: true, keepRequests: 0 });
    try {
      for (let i = 0; i < 3; i++) {
        for (const target of [s, off]) {
          const res = await request(`${target.url}/v1/chat/completions`, { method: 'POST', body: chatBody() });
          await res.body.text();
        }
      }
      assert.deepEqual(
        s.requests.map((r) => r.id),
        [2, 3],
      );
      assert.equal(off.requests.length, 0);
      assert.equal(off.stats.received, 3);
    } finally {
      await Promise.all([s.close(), off.close()]);
    }
  });

  test('a throwing listener fails that request with a 500, not the process', async () => {
    const s = await startSimulator({ quiet: true });
    s.on('request', () => {
      throw new Error('listener bug');
    });
    try {
      const res = await request(`${s.url}/v1/chat/completions`, { method: 'POST', body: chatBody() });
      assert.equal(res.statusCode, 500);
      assert.match(((await res.body.json()) as { error: { message: string } }).error.message, /listener bug/);
    } finally {
      await s.close();
    }
  });

  test('waitFor rejects on timeout', async () => {
    await assert.rejects(
      sim.waitFor(() => false, 30),
      /timed out/,
    );
  });
});

// ONNX versions served by Lintel: a tiny model built in the test (no downloads), predict through the real server,
// 400s naming the input for a wrong shape, type or a missing input, and micro-batching under concurrency.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import OpenAI from 'openai';
import type { Harness } from '../../testing/harness.ts';
import { type Admin, adminClient, startLifecycleHarness } from '../testing/fixture.ts';
import { linearModel } from './tiny-model.ts';

let h: Harness;
let admin: Admin;
const W = [
  [1, 0],
  [0, 1],
  [1, 1],
];
const B = [0.5, -0.5];

async function predict(model: string, body: unknown, key?: string) {
  const res = await fetch(`${h.url}/v1/predict/${model}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key ?? h.key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  // biome-ignore lint/suspicious/noExplicitAny: loosely typed JSON answers
  return { status: res.status, headers: res.headers, json: (await res.json()) as any };
}

before(async () => {
  h = await startLifecycleHarness();
  admin = adminClient(h);
  await admin('POST', '/admin/models', { name: 'scorer' });
  const onnx = Buffer.from(linearModel(W, B)).toString('base64');
  const v = await admin('POST', '/admin/models/scorer/versions', {
    spec: { kind: 'onnx', onnx_base64: onnx, max_batch_delay_ms: 20, max_batch_size: 64 },
    card: { intended_use: 'test classifier', risk_level: 'low' },
  });
  assert.equal(v.status, 201, v.text);
  assert.equal((await admin('PUT', '/admin/models/scorer/aliases/champion', { version: 1 })).status, 200);
});
after(() => h.close());

test('predict with a valid input returns X·W + B', async () => {
  const r = await predict('scorer', { inputs: { X: [[1, 2, 3]] } });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.deepEqual(r.json.outputs.Y, [[4.5, 4.5]]);
  assert.equal(r.headers.get('x-lintel-model-version'), 'scorer/1');
  const pinned = await predict('scorer%2F1', {
    inputs: {
      X: [
        [0, 0, 0],
        [1, 0, 0],
      ],
    },
  });
  assert.deepEqual(pinned.json.outputs.Y, [
    [0.5, -0.5],
    [1.5, -0.5],
  ]);
});

test('bad inputs are 400s naming the input; a bad key is 401; an unloadable model is refused at registration', async () => {
  const shape = await predict('scorer', { inputs: { X: [[1, 2]] } });
  assert.equal(shape.status, 400);
  assert.equal(shape.json.error.param, 'inputs.X');
  assert.match(shape.json.error.message, /shape \[1, 2\]; the model expects \[N, 3\]/);
  const type = await predict('scorer', { inputs: { X: [['a', 'b', 'c']] } });
  assert.equal(type.status, 400);
  assert.match(type.json.error.message, /rectangular nested array of numbers/);
  const missing = await predict('scorer', { inputs: {} });
  assert.equal(missing.status, 400);
  assert.equal(missing.json.error.message, 'Missing input "X".');
  const extra = await predict('scorer', { inputs: { X: [[1, 2, 3]], Z: [[1]] } });
  assert.equal(extra.json.error.param, 'inputs.Z');
  assert.equal((await predict('scorer', { inputs: { X: [[1, 2, 3]] } }, 'lk-wrong')).status, 401);
  assert.equal((await predict('nope', { inputs: { X: [[1, 2, 3]] } })).status, 404);
  const broken = await admin('POST', '/admin/models/scorer/versions', { spec: { kind: 'onnx', onnx_base64: 'AAAA' } });
  assert.equal(broken.status, 400);
  assert.equal(broken.json.error.param, 'spec.onnx_base64');
});

test('concurrent requests are micro-batched, each caller gets its own rows', async () => {
  const n = 24;
  const results = await Promise.all(
    Array.from({ length: n }, (_, i) => predict('scorer', { inputs: { X: [[i, 0, 0]] } })),
  );
  for (const [i, r] of results.entries()) assert.deepEqual(r.json.outputs.Y, [[i + 0.5, -0.5]]);
  const batchSizes = results.map((r) => Number(r.headers.get('x-lintel-batch-size')));
  assert.ok(Math.max(...batchSizes) > 1, `batch sizes ${batchSizes.join(',')}`);
});

/** An API key of a fresh tenant; `extra` adds limits or a model allow-list. */
async function newKey(name: string, extra: Record<string, unknown> = {}): Promise<{ id: string; key: string }> {
  const t = await admin('POST', '/admin/tenants', { name: `t-${name}` });
  assert.ok(t.status < 300, t.text);
  const k = await admin('POST', '/admin/keys', { name, tenant: `t-${name}`, ...extra });
  assert.equal(k.status, 201, k.text);
  return { id: k.json.id, key: k.json.key };
}

async function metric(name: string, labels: RegExp): Promise<number> {
  const text = await (await fetch(`${h.url}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n'))
    if (line.startsWith(name) && labels.test(line)) sum += Number(line.split(' ').pop());
  return sum;
}

test('predict calls are recorded with key, tenant, model version and latency, and counted in the metrics', async () => {
  const k = await newKey('rec');
  const before = await metric('lintel_requests_total', /route="scorer"/);
  const r = await predict('scorer', { inputs: { X: [[1, 1, 1]] } }, k.key);
  assert.equal(r.status, 200);
  const id = r.headers.get('x-request-id');
  let rec = h.records.find((x) => x.id === id);
  for (let i = 0; i < 250 && !rec; i++) {
    await new Promise((res) => setTimeout(res, 20));
    rec = h.records.find((x) => x.id === id);
  }
  assert.ok(rec, 'the call is in the request log');
  assert.equal(rec.endpoint, 'predict');
  assert.equal(rec.keyId, k.id);
  assert.equal(rec.tenant, 't-rec');
  assert.equal(rec.route, 'scorer');
  assert.equal(rec.modelServed, 'scorer/1');
  assert.equal(rec.tags['lintel.model_version'], 'scorer/1');
  assert.equal(rec.status, 200);
  assert.ok(rec.doneAt >= rec.receivedAt);
  assert.equal(r.headers.get('x-lintel-target'), 'lintel/scorer/1');
  // Refusals are recorded too, with the error code.
  const bad = await predict('scorer', { inputs: { X: [[1]] } }, k.key);
  assert.equal(bad.status, 400);
  let badRec = h.records.find((x) => x.id === bad.headers.get('x-request-id'));
  for (let i = 0; i < 250 && !badRec; i++) {
    await new Promise((res) => setTimeout(res, 20));
    badRec = h.records.find((x) => x.id === bad.headers.get('x-request-id'));
  }
  assert.equal(badRec?.errorType, 'invalid_request');
  let after = await metric('lintel_requests_total', /route="scorer"/);
  for (let i = 0; i < 100 && after < before + 2; i++) {
    await new Promise((res) => setTimeout(res, 20));
    after = await metric('lintel_requests_total', /route="scorer"/);
  }
  assert.equal(after, before + 2, 'both calls counted under the route of the model');
});

test('the key’s rate limit and model allow-list apply; errors are in the OpenAI format', async () => {
  const limited = await newKey('rpm', { limits: { rpm: 2 } });
  const ok1 = await predict('scorer', { inputs: { X: [[1, 2, 3]] } }, limited.key);
  const ok2 = await predict('scorer', { inputs: { X: [[1, 2, 3]] } }, limited.key);
  assert.deepEqual([ok1.status, ok2.status], [200, 200]);
  const third = await predict('scorer', { inputs: { X: [[1, 2, 3]] } }, limited.key);
  assert.equal(third.status, 429);
  assert.equal(third.json.error.code, 'rate_limit_exceeded');
  assert.ok(third.headers.get('retry-after'));
  const narrow = await newKey('narrow', { models: ['other*'] });
  const denied = await predict('scorer', { inputs: { X: [[1, 2, 3]] } }, narrow.key);
  assert.equal(denied.status, 403);
  assert.equal(denied.json.error.param, 'model');
  assert.match(denied.json.error.message, /does not allow the model "scorer"/);
  const allowed = await newKey('wide', { models: ['scor*'] });
  assert.equal((await predict('scorer', { inputs: { X: [[1, 2, 3]] } }, allowed.key)).status, 200);
});

test('POST /v1/predict takes the model in the body (OpenAI SDK), same answers and errors', async () => {
  const openai = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
  const r = (await openai.post('/predict', { body: { model: 'scorer@champion', inputs: { X: [[1, 2, 3]] } } })) as {
    object: string;
    model: string;
    outputs: { Y: number[][] };
  };
  assert.equal(r.object, 'prediction');
  assert.equal(r.model, 'scorer/1');
  assert.deepEqual(r.outputs.Y, [[4.5, 4.5]]);
  await assert.rejects(openai.post('/predict', { body: { inputs: { X: [[1, 2, 3]] } } }), (e: unknown) => {
    const err = e as { status: number; error: { param?: string; type?: string } };
    assert.equal(err.status, 400);
    assert.equal(err.error.param, 'model');
    assert.equal(err.error.type, 'invalid_request_error');
    return true;
  });
  await assert.rejects(openai.post('/predict', { body: { model: 'scorer', inputs: 'x' } }), (e: unknown) => {
    assert.equal((e as { status: number; error: { param?: string } }).error.param, 'inputs');
    return true;
  });
  const clash = await predict('scorer', { model: 'other', inputs: { X: [[1, 2, 3]] } });
  assert.equal(clash.status, 400);
  assert.equal(clash.json.error.param, 'model');
});

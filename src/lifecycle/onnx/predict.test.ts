// ONNX versions served by Lintel: a tiny model built in the test (no downloads), predict through the real server,
// 400s naming the input for a wrong shape, type or a missing input, and micro-batching under concurrency.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
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

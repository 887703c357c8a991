import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DenseIndex } from './dense.ts';
import { rrf, weightedFusion } from './fusion.ts';

const lexical = [
  { id: 'a', score: 12 },
  { id: 'b', score: 9 },
  { id: 'c', score: 1 },
];
const dense = [
  { id: 'c', score: 0.9 },
  { id: 'b', score: 0.8 },
  { id: 'd', score: 0.1 },
];

test('RRF: Σ 1/(k + rank); agreement beats one strong list', () => {
  const out = rrf([lexical, dense], 60);
  // b: 1/62 + 1/62 = 0.032258; c: 1/63 + 1/61 = 0.032266; a: 1/61; d: 1/63
  assert.deepEqual(
    out.map((r) => r.id),
    ['c', 'b', 'a', 'd'],
  );
  assert.ok(Math.abs((out[0]?.score ?? 0) - (1 / 63 + 1 / 61)) < 1e-12);
});

test('weighted fusion normalises each list before weighting', () => {
  // normalised lexical: a 1, b 0.727, c 0; dense: c 1, b 0.875, d 0
  // 0.9/0.1: a 0.9, b 0.742, c 0.1, d 0;  0.2/0.8: b 0.845, c 0.8, a 0.2, d 0
  assert.deepEqual(
    weightedFusion([lexical, dense], [0.9, 0.1]).map((r) => r.id),
    ['a', 'b', 'c', 'd'],
  );
  assert.deepEqual(
    weightedFusion([lexical, dense], [0.2, 0.8]).map((r) => r.id),
    ['b', 'c', 'a', 'd'],
  );
  assert.throws(() => weightedFusion([lexical, dense], [1]), /one weight/);
});

test('exact cosine search ranks by angle and honours filters', () => {
  const idx = new DenseIndex([
    { id: 'x', vector: [1, 0, 0] },
    { id: 'y', vector: [0.7, 0.7, 0] },
    { id: 'z', vector: [0, 0, 1] },
  ]);
  assert.deepEqual(
    idx.search([1, 0.1, 0], 3).map((h) => h.id),
    ['x', 'y', 'z'],
  );
  assert.deepEqual(
    idx.search([1, 0.1, 0], 3, (id) => id !== 'x').map((h) => h.id),
    ['y', 'z'],
  );
  assert.throws(() => idx.search([1, 0], 1), /dimensions/);
});

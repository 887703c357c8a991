import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRng } from '../../util/prng.ts';
import { bootstrapMean, pairedBootstrap } from './stats.ts';

test('bootstrap CI of a Bernoulli mean covers p and has about the normal-approximation width', () => {
  const rng = createRng(7);
  const xs = Array.from({ length: 400 }, () => (rng() < 0.7 ? 1 : 0));
  const r = bootstrapMean(xs);
  assert.ok(r.ci95[0] < r.mean && r.mean < r.ci95[1]);
  const halfWidth = (r.ci95[1] - r.ci95[0]) / 2;
  const normal = 1.96 * Math.sqrt((r.mean * (1 - r.mean)) / xs.length);
  assert.ok(Math.abs(halfWidth - normal) < 0.25 * normal, `${halfWidth} vs ${normal}`);
  assert.ok(r.ci95[0] < 0.7 && 0.7 < r.ci95[1]);
});

test('paired bootstrap: a clearly worse b gives a CI below 0 and counts losses', () => {
  const a = Array.from({ length: 60 }, () => 1);
  const b = a.map((_, i) => (i % 2 === 0 ? 0 : 1));
  const c = pairedBootstrap(a, b);
  assert.equal(c.losses, 30);
  assert.equal(c.ties, 30);
  assert.equal(c.wins, 0);
  assert.ok(c.ci95[1] < 0, `upper bound ${c.ci95[1]}`);
});

test('empty input is insufficient data (NaN), not a pass', () => {
  const r = bootstrapMean([]);
  assert.ok(Number.isNaN(r.ci95[0]));
  assert.throws(() => pairedBootstrap([1], [1, 0]));
});

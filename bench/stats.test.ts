import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linearRegression, percentile, Samples, summarize } from './stats.ts';

test('percentile uses the nearest rank', () => {
  const v = Float64Array.from({ length: 100 }, (_, i) => i + 1);
  assert.equal(percentile(v, 50), 50);
  assert.equal(percentile(v, 90), 90);
  assert.equal(percentile(v, 99), 99);
  assert.equal(percentile(v, 100), 100);
  assert.ok(Number.isNaN(percentile(new Float64Array(0), 50)));
});

test('summarize sorts and keeps fractions', () => {
  const s = summarize([0.3, 0.1, 0.2, 0.4]);
  assert.equal(s.count, 4);
  assert.equal(s.p50, 0.2);
  assert.equal(s.max, 0.4);
  assert.ok(Math.abs(s.mean - 0.25) < 1e-12);
});

test('linearRegression recovers a known slope', () => {
  const xs = [0, 1, 2, 3, 4];
  const r = linearRegression(
    xs,
    xs.map((x) => 3 * x + 7),
  );
  assert.ok(Math.abs(r.slope - 3) < 1e-12);
  assert.ok(Math.abs(r.intercept - 7) < 1e-12);
  assert.equal(r.r2, 1);
  const flat = linearRegression(xs, [5, 5, 5, 5, 5]);
  assert.equal(flat.slope, 0);
  assert.ok(Number.isNaN(linearRegression([1], [1]).slope));
});

test('Samples grows past its first buffer', () => {
  const s = new Samples();
  for (let i = 0; i < 10_000; i++) s.push(i);
  assert.equal(s.length, 10_000);
  assert.equal(s.values()[9_999], 9_999);
});

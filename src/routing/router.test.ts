import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConfigText } from '../config/load.ts';
import { Router } from './router.ts';

const cfg = (strategy: string) =>
  parseConfigText(`
providers:
  a: { kind: openai, base_url: "http://127.0.0.1:1/v1" }
  b: { kind: anthropic, base_url: "http://127.0.0.1:2" }
routes:
  - model: m
    strategy: ${strategy}
    targets:
      - { provider: a, model: x, weight: 1 }
      - { provider: b, model: y, weight: 3 }
`).config;

test('priority keeps config order', () => {
  const r = new Router(cfg('priority'));
  assert.deepEqual(
    r.plan(r.resolve('m')!).map((s) => s.target.id),
    ['a/x', 'b/y'],
  );
});

test('weighted picks in proportion to weight and falls back to the rest', () => {
  const r = new Router(cfg('weighted'));
  const route = r.resolve('m')!;
  let firstB = 0;
  for (let i = 0; i < 4000; i++) {
    const plan = r.plan(route);
    assert.equal(plan.length, 2);
    if (plan[0].target.id === 'b/y') firstB++;
  }
  assert.ok(Math.abs(firstB / 4000 - 0.75) < 0.04, `b first ${firstB / 4000}`);
});

test('least-latency prefers unmeasured, then the lowest EWMA', () => {
  const r = new Router(cfg('least-latency'));
  const route = r.resolve('m')!;
  route.targets[0].latencyEwma = 50;
  assert.equal(r.plan(route)[0].target.id, 'b/y');
  route.targets[1].latencyEwma = 80;
  assert.equal(r.plan(route)[0].target.id, 'a/x');
});

test('breaker and latency state survive a config reload', () => {
  const r1 = new Router(cfg('priority'));
  r1.resolve('m')!.targets[0].latencyEwma = 12;
  const r2 = new Router(cfg('priority'), r1);
  assert.equal(r2.resolve('m')!.targets[0].latencyEwma, 12);
  assert.equal(r2.resolve('m')!.targets[0].breaker, r1.resolve('m')!.targets[0].breaker);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CircuitBreaker } from './circuit-breaker.ts';

const cfg = {
  enabled: true,
  consecutive_failures: 3,
  failure_ratio: 0.5,
  min_requests: 10,
  window_ms: 10_000,
  cooldown_ms: 1_000,
};

test('opens after N consecutive failures, half-opens after the cool-down with one probe', () => {
  let now = 0;
  const b = new CircuitBreaker(cfg, () => now);
  for (let i = 0; i < 3; i++) {
    assert.ok(b.tryAcquire());
    b.onFailure();
  }
  assert.equal(b.current(), 'open');
  assert.equal(b.tryAcquire(), false);
  now = 1_000;
  assert.equal(b.current(), 'half-open');
  assert.equal(b.tryAcquire(), true, 'one probe');
  assert.equal(b.tryAcquire(), false, 'only one probe at a time');
  b.onFailure();
  assert.equal(b.current(), 'open', 'failed probe re-opens');
  now = 2_000;
  assert.ok(b.tryAcquire());
  b.onSuccess();
  assert.equal(b.current(), 'closed');
  assert.ok(b.tryAcquire());
});

test('opens on failure ratio over the window even without consecutive failures', () => {
  let now = 0;
  const b = new CircuitBreaker(cfg, () => now);
  for (let i = 0; i < 10; i++) {
    now += 10;
    if (i % 2 === 1) b.onFailure();
    else b.onSuccess();
  }
  assert.equal(b.current(), 'open');
  assert.match(b.lastReason, /failure ratio 0\.50 over 10 calls/);
});

test('old outcomes leave the window', () => {
  let now = 0;
  const b = new CircuitBreaker({ ...cfg, consecutive_failures: 100 }, () => now);
  for (let i = 0; i < 9; i++) b.onFailure();
  now = 20_000;
  b.onSuccess();
  b.onFailure();
  assert.equal(b.current(), 'closed');
});

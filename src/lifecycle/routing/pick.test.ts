// The registry's picker builds version targets per request: their circuit breakers must follow the serving route's
// settings — also for calls by explicit version (shadow and eval calls), which run under the route that serves the
// model. A CI run once lost every shadow call to a 50 %-failing candidate because a default breaker opened.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConfigText } from '../../config/load.ts';
import { RequestContext } from '../../gateway/context.ts';
import { Router } from '../../routing/router.ts';
import type { VersionRow } from '../registry/types.ts';
import type { LifecycleState } from '../state.ts';
import { createPicker } from './pick.ts';

const config = (breaker: string) =>
  parseConfigText(`
providers:
  sim: { kind: openai, base_url: "http://127.0.0.1:1/v1" }
routes:
  - model: support
    registry: support@champion
    ${breaker}
`).config;

function stateWithOneVersion(): LifecycleState {
  const v = {
    model: 'support',
    version: 1,
    spec: { kind: 'upstream', provider: 'sim', model: 'flaky', params: {} },
  } as unknown as VersionRow;
  const aliases = new Map([['support', new Map([['champion', { model: 'support', alias: 'champion', version: 1 }]])]]);
  return {
    versions: new Map([['support/1', v]]),
    aliases,
    deployments: new Map(),
    version: (m: string, n: number) => (m === 'support' && n === 1 ? v : undefined),
  } as unknown as LifecycleState;
}

/** Picks `model` (through the route `support`, or by explicit version), fails its target 10 times, asks again. */
function openAfterTenFailures(breaker: string, model: 'support' | 'registry:support/1'): boolean {
  const cfg = config(breaker);
  const router = new Router(cfg);
  const picker = createPicker({ state: stateWithOneVersion(), router: () => router, config: () => cfg });
  const ctx = new RequestContext('r1', 'chat', 'openai');
  const route = model === 'support' ? router.resolve('support') : undefined;
  const pick = picker.pickVersion(ctx, model, route, { model, messages: [] });
  assert.ok(pick);
  const target = pick.plan[0].target;
  assert.equal(target.id, 'sim/flaky');
  for (let i = 0; i < 10; i++) target.breaker.onFailure();
  return !target.breaker.tryAcquire();
}

test('a route with circuit_breaker disabled never opens the breaker of the version it serves', () => {
  assert.equal(openAfterTenFailures('circuit_breaker: { enabled: false }', 'support'), false);
  assert.equal(openAfterTenFailures('circuit_breaker: { enabled: true }', 'support'), true, 'control: enabled opens');
});

test('a call by explicit version (registry:NAME/VERSION) runs under the serving route’s breaker settings', () => {
  assert.equal(openAfterTenFailures('circuit_breaker: { enabled: false }', 'registry:support/1'), false);
  assert.equal(openAfterTenFailures('circuit_breaker: { consecutive_failures: 20 }', 'registry:support/1'), false);
  assert.equal(openAfterTenFailures('circuit_breaker: { consecutive_failures: 3 }', 'registry:support/1'), true);
});

// The waiter hands in-process callers (evaluations, shadow calls) the record of a model call they made; searches'
// records are not kept (nobody waits for them, and keeping them cost every search a map insert and an eviction).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { syntheticRecord } from '../recording/synthetic.ts';
import { RequestWaiter } from './request-waiter.ts';

const synth = { start: Date.UTC(2026, 0, 1), spanMs: 60_000, total: 10, idPrefix: 'wait' };
// The waiter's timers do not keep a process alive; the test's own does, while it waits.
let alive: NodeJS.Timeout;
before(() => {
  alive = setInterval(() => {}, 1000);
});
after(() => clearInterval(alive));

test('a model call offered before or after the wait is handed over once', async () => {
  const w = new RequestWaiter();
  const early = syntheticRecord(0, synth);
  w.offer(early);
  assert.equal(await w.wait(early.id, 50), early);
  assert.equal(await w.wait(early.id, 20), null, 'handed over once');
  const late = syntheticRecord(1, synth);
  const waiting = w.wait(late.id, 1000);
  w.offer(late);
  assert.equal(await waiting, late);
});

test("a search's record is not kept: nothing waits for it", async () => {
  const w = new RequestWaiter();
  const search = { ...syntheticRecord(2, synth), endpoint: 'retrieve' as const };
  w.offer(search);
  assert.equal(await w.wait(search.id, 20), null);
});

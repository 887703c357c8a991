// Tick claims on the embedded store (SQLite): a tick is evaluated once however often it is asked for; the next
// tick is evaluated again; a tick another node claimed is not evaluated here.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { mustCall } from '../../access/testing/client.ts';
import { simProviders } from '../../testing/harness.ts';
import { MINUTE_MS } from '../clock.ts';
import { type MonitoringNode, startMonitoringNode } from '../testing/node.ts';
import { claimTick } from './ticks.ts';

let n: MonitoringNode;
before(async () => {
  n = await startMonitoringNode(
    (u) => `${simProviders(u)}routes:\n  - model: m\n    targets: [{ provider: sim, model: sim-a }]\n`,
  );
});
after(() => n.h.close());

describe('evaluation ticks (embedded)', () => {
  it('evaluates each tick once and records who did', async () => {
    n.clock.advance(30_000); // mid-minute: still the same tick
    const first = await n.svc.tick();
    assert.ok(first, 'the first call claims and evaluates the tick');
    assert.equal(await n.svc.tick(), null, 'asked again within the tick: not evaluated twice');
    n.clock.advance(MINUTE_MS);
    assert.ok(await n.svc.tick(), 'the next tick is evaluated');
    const ticks = (await mustCall(n.h.url, 'GET', '/admin/monitors/ticks', n.h.key)).data as {
      tick: number;
      node: string;
    }[];
    assert.deepEqual(
      ticks.map((t) => t.tick),
      [Date.UTC(2026, 0, 1) + MINUTE_MS, Date.UTC(2026, 0, 1)],
    );
    assert.ok(ticks.every((t) => t.node === n.svc.node));
    // Another node's claim of a tick is final for this one too.
    n.clock.advance(MINUTE_MS);
    assert.equal(await claimTick(n.svc.ctx.database, Date.UTC(2026, 0, 1) + 2 * MINUTE_MS, 'other-node', 0), true);
    assert.equal(await n.svc.tick(), null);
  });
});

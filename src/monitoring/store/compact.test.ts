// Rollup compaction through a real node: minute rows of old hours become one row per hour and group, and a
// signal monitor whose window spans hour rows and minute rows, a drift monitor whose reference is compacted,
// and the signals API answer exactly as before; the compaction job on the runner compacts what is older than
// `compactAfterDays` and deletes what is older than `retentionDays`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, mustCall } from '../../access/testing/client.ts';
import { simProviders } from '../../testing/harness.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../clock.ts';
import { COMPACT_QUEUE } from '../service.ts';
import { type MonitoringNode, startMonitoringNode } from '../testing/node.ts';
import { compactRollups } from './compact.ts';

const H0 = Date.UTC(2026, 0, 1);
const H2 = H0 + 2 * HOUR_MS;
let n: MonitoringNode;

const rowCounts = async () => {
  const rows = await n.svc.ctx.database.db
    .selectFrom('monitor_rollups')
    .select(['span', (eb) => eb.fn.countAll().as('c')])
    .groupBy('span')
    .execute();
  return Object.fromEntries(rows.map((r) => [String(r.span), Number(r.c)]));
};

before(async () => {
  n = await startMonitoringNode(
    (u) =>
      `${simProviders(u)}routes:\n  - model: m\n    targets: [{ provider: sim, model: sim-a }]\n    retry: { attempts: 1 }\n    circuit_breaker: { enabled: false }\n`,
    { start: H0 },
  );
  // Traffic every 7th minute from H0 to H2 + 30 min: latency, answer length and errors vary by minute.
  for (let m = 0; m <= 150; m += 7) {
    n.clock.set(H0 + m * MINUTE_MS);
    n.h.sim.setBehavior('*', {
      latencyMs: 5 + (m % 23),
      outputTokens: 10 + (m % 31),
      errorRate: m % 3 === 0 ? 0.25 : 0,
      errorStatus: 503,
    });
    for (let i = 0; i < 4; i++) {
      await call(n.h.url, 'POST', '/v1/chat/completions', n.h.key, {
        model: 'm',
        messages: [{ role: 'user', content: `question ${m} ${i}` }],
      });
    }
    await n.svc.flush(true);
  }
  const put = (p: string, b: unknown) => mustCall(n.h.url, 'PUT', p, n.h.key, b);
  // Ends at H2 + 40 min and starts at H0: two compacted hours, then minute rows.
  await put('/admin/monitors/spanning', {
    kind: 'signal',
    metric: 'latency_ms.p90',
    threshold: 1,
    window_minutes: 160,
    min_requests: 1,
  });
  await put('/admin/monitors/length-drift', {
    kind: 'drift',
    feature: 'answer_chars',
    method: 'ks',
    reference: { type: 'period', from: H0, to: H2 },
    window_minutes: 40,
    min_requests: 1,
  });
});
after(() => n.h.close());

async function answers() {
  n.clock.set(H2 + 40 * MINUTE_MS);
  const strip = (s: { instances: unknown[] }) => s.instances;
  return {
    spanning: strip(await mustCall(n.h.url, 'GET', '/admin/monitors/spanning/status', n.h.key)),
    drift: strip(await mustCall(n.h.url, 'GET', '/admin/monitors/length-drift/status', n.h.key)),
    signals: (await mustCall(n.h.url, 'GET', `/admin/monitors/signals?from=${H0}&to=${H2 + 40 * MINUTE_MS}`, n.h.key))
      .data,
  };
}

describe('rollup compaction and retention', () => {
  it('answers monitors over mixed hour and minute rows exactly as before compaction', async () => {
    const beforeCompaction = await answers();
    const sig = beforeCompaction.signals[0].signals;
    assert.equal(sig.requests, 22 * 4);
    assert.ok(sig.failure_rate > 0 && sig.latency_ms.p90 > sig.latency_ms.p50, JSON.stringify(sig));
    const minuteRows = (await rowCounts())['1'];

    const r = await compactRollups(n.svc.ctx.database, { compactBefore: H2 });
    assert.equal(r.hours, 2);
    assert.ok(r.rowsOut < r.rowsIn / 4, JSON.stringify(r)); // one row per hour and group (route, model, arm, tenant)
    assert.deepEqual(await rowCounts(), { '1': minuteRows - r.rowsIn, '60': r.rowsOut });
    console.log(`compaction: ${r.rowsIn} minute rows of 2 hours → ${r.rowsOut} hour rows`);
    assert.deepEqual(await answers(), beforeCompaction);
    // Idempotent: nothing left to compact before H2.
    assert.equal((await compactRollups(n.svc.ctx.database, { compactBefore: H2 })).hours, 0);
  });

  it('runs as a job: compacts after compactAfterDays and deletes after retentionDays', async () => {
    const beforeJob = await answers();
    const hourRows = (await rowCounts())['60'];
    n.clock.set(H2 + HOUR_MS + n.svc.compactAfterDays * DAY_MS);
    const queued = await call(n.h.url, 'POST', '/admin/monitors/compact', n.h.key);
    assert.equal(queued.status, 202);
    assert.equal(queued.json.compact_after_days, 7);
    const job = await n.svc.ctx.jobs.wait(queued.json.job, { timeoutMs: 30_000 });
    assert.equal(job.queue, COMPACT_QUEUE);
    assert.equal(job.state, 'completed', job.error ?? '');
    const result = job.result as { hours: number; rowsOut: number };
    assert.equal(result.hours, 1);
    assert.deepEqual(await rowCounts(), { '60': hourRows + result.rowsOut });
    assert.deepEqual(await answers(), beforeJob, 'the last hour compacted: same answers');

    n.clock.set(H0 + HOUR_MS + n.svc.retentionDays * DAY_MS); // past retention for H0 only
    const id2 = await n.svc.ctx.jobs.enqueue(COMPACT_QUEUE, {});
    const job2 = await n.svc.ctx.jobs.wait(id2, { timeoutMs: 30_000 });
    const deleted = (job2.result as { deleted: number }).deleted;
    assert.ok(deleted > 0);
    assert.deepEqual(await rowCounts(), { '60': hourRows + result.rowsOut - deleted });
    const left = await n.svc.ctx.database.db
      .selectFrom('monitor_rollups')
      .select((eb) => eb.fn.min('minute').as('m'))
      .executeTakeFirst();
    assert.equal(Number(left?.m), H0 + HOUR_MS, 'only the hour past retention went');
  });
});

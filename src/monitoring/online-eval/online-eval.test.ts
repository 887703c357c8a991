// Online evaluation through a real node: every answer of a weighted route is judged after its response by
// an LLM judge called through a route of the node (a local judge that rates long answers 5 and short ones 1);
// when one deployment arm starts answering tersely, its judge-score monitor fires for that arm only and
// resolves after recovery. The judge budget caps calls per hour.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, mustCall } from '../../access/testing/client.ts';
import { simProviders } from '../../testing/harness.ts';
import { MINUTE_MS } from '../clock.ts';
import {
  armJudgeDefinitions,
  type Judge,
  judgeProvider,
  judgeRoute,
  onlineEvalsDone,
  startJudge,
} from '../testing/judge.ts';
import { startMonitoringNode, type MonitoringNode } from '../testing/node.ts';

let n: MonitoringNode;
let judge: Judge;

before(async () => {
  judge = await startJudge();
  n = await startMonitoringNode(
    (u) => `${simProviders(u)}${judgeProvider(judge.url)}routes:
  - model: m
    strategy: weighted
    targets: [{ provider: sim, model: arm-a }, { provider: sim, model: arm-b }]
${judgeRoute}`,
  );
  n.h.sim.setBehavior('*', { outputTokens: 60 });
  const defs = armJudgeDefinitions('m');
  await mustCall(n.h.url, 'PUT', '/admin/monitors/online-evals/quality', n.h.key, defs.onlineEval);
  await mustCall(n.h.url, 'PUT', '/admin/monitors/arm-quality', n.h.key, defs.monitor);
});
after(async () => {
  await n.h.close();
  await judge.close();
});

/** One window: 24 requests, their judge jobs done, then the clock moves on and monitors are evaluated. */
async function window(): Promise<{ rule: string; labels: Record<string, string> }[]> {
  await Promise.all(
    Array.from({ length: 24 }, (_, i) =>
      call(n.h.url, 'POST', '/v1/chat/completions', n.h.key, {
        model: 'm',
        messages: [{ role: 'user', content: `question ${i}` }],
      }),
    ),
  );
  await onlineEvalsDone(n);
  n.clock.advance(MINUTE_MS);
  await n.svc.evaluate();
  return (await mustCall(n.h.url, 'GET', '/admin/alerts?state=firing', n.h.key)).data;
}

describe('online evaluation', () => {
  it('fires the judge-score alert for the arm that got worse, and only for it, then resolves', async () => {
    for (let w = 0; w < 4; w++) assert.deepEqual(await window(), [], 'stable arms raise nothing');
    const calls = judge.calls();
    assert.ok(calls >= 90, `every answer judged (${calls})`);
    n.h.sim.setBehavior('arm-b', { outputTokens: 8 });
    let fired: { rule: string; labels: Record<string, string> }[] = [];
    for (let w = 0; w < 4 && fired.length === 0; w++) fired = await window();
    assert.equal(fired.length, 1, JSON.stringify(fired));
    assert.equal(fired[0].rule, 'arm-quality');
    assert.equal(fired[0].labels.arm, 'sim/arm-b');
    const sig = await mustCall(n.h.url, 'GET', '/admin/monitors/signals?route=m&minutes=2&group_by=arm', n.h.key);
    const byArm = Object.fromEntries(
      sig.data.map((g: { group: string; signals: { scores: Record<string, { mean: number }> } }) => [
        g.group,
        g.signals.scores.helpfulness.mean,
      ]),
    );
    assert.equal(byArm['sim/arm-a'], 1);
    assert.ok(byArm['sim/arm-b'] < 0.2, JSON.stringify(byArm));
    // The judge's scores are stored like feedback, next to each request.
    const fb = await mustCall(n.h.url, 'GET', '/admin/feedback?name=helpfulness&limit=5', n.h.key);
    assert.equal(fb.data[0].source, 'system');
    n.h.sim.setBehavior('arm-b', undefined);
    let still = fired;
    for (let w = 0; w < 5 && still.length > 0; w++) still = await window();
    assert.deepEqual(still, [], 'resolved after recovery');
  });

  it('spends at most max_judge_calls_per_hour judge calls', async () => {
    await mustCall(n.h.url, 'PUT', '/admin/monitors/online-evals/quality', n.h.key, {
      route: 'm',
      sampling_rate: 1,
      max_judge_calls_per_hour: 5,
      scorers: [
        { type: 'judge', name: 'helpfulness', judge_route: 'judge-route', criteria: 'Complete, detailed answers.' },
      ],
    });
    n.clock.advance(60 * MINUTE_MS); // a fresh hour
    const before = judge.calls();
    await window();
    assert.equal(judge.calls() - before, 5);
  });
});

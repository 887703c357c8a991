// The monitoring admin API: every route in /admin/openapi.json, node-wide resources refused to tenant-confined
// keys, definitions validated (400 naming the field), drift reports and the Prometheus rules export.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { call, mustCall } from '../../access/testing/client.ts';
import { simProviders } from '../../testing/harness.ts';
import { MINUTE_MS } from '../clock.ts';
import { startMonitoringNode, type MonitoringNode } from '../testing/node.ts';
import { RESOURCES } from './definition-routes.ts';

let n: MonitoringNode;
let tenantAdmin = '';

before(async () => {
  n = await startMonitoringNode(
    (u) => `${simProviders(u)}routes:\n  - model: m\n    targets: [{ provider: sim, model: gpt-4o-mini }]\n`,
  );
  await mustCall(n.h.url, 'POST', '/admin/tenants', n.h.key, { name: 'acme' });
  await mustCall(n.h.url, 'POST', '/admin/tenants/acme/teams', n.h.key, { name: 'core' });
  tenantAdmin = (
    await mustCall(n.h.url, 'POST', '/admin/keys', n.h.key, { name: 'ta', tenant: 'acme', team: 'core', role: 'admin' })
  ).key;
});
after(() => n.h.close());

describe('monitoring admin API', () => {
  it('documents every route in the OpenAPI document', async () => {
    const doc = (await call(n.h.url, 'GET', '/admin/openapi.json', null)).json;
    const expected: [string, string][] = [
      ['/v1/feedback', 'post'],
      ['/admin/feedback', 'get'],
      ['/admin/requests/{id}/feedback', 'get'],
      ['/admin/monitors', 'get'],
      ['/admin/monitors/signals', 'get'],
      ['/admin/monitors/drift', 'post'],
      ['/admin/monitors/references/{name}', 'put'],
      ['/admin/monitors/{name}/status', 'get'],
      ['/admin/monitors/evaluate', 'post'],
      ['/admin/monitors/compact', 'post'],
      ['/admin/monitors/ticks', 'get'],
      ['/admin/monitors/prometheus-rules', 'get'],
      ['/admin/alerts', 'get'],
      ['/admin/alerts/{fingerprint}', 'get'],
      ['/admin/slos', 'get'],
      ['/admin/slos/{name}/status', 'get'],
      ...RESOURCES.flatMap((r) => ['get', 'put', 'delete'].map((m): [string, string] => [`${r.path}/{name}`, m])),
    ];
    for (const [path, method] of expected) assert.ok(doc.paths[path]?.[method], `${method} ${path} documented`);
  });

  it('keeps node-wide monitors from tenant-confined keys and validates definitions', async () => {
    const denied = await call(n.h.url, 'GET', '/admin/monitors', tenantAdmin);
    assert.equal(denied.status, 403);
    const bad = await call(n.h.url, 'PUT', '/admin/monitors/x', n.h.key, { kind: 'signal', metric: 'latency_ms.p95' });
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.param, 'threshold');
    const unknownMetric = await call(n.h.url, 'PUT', '/admin/monitors/x', n.h.key, {
      kind: 'signal',
      metric: 'vibes',
      threshold: 1,
    });
    assert.equal(unknownMetric.json.error.param, 'metric');
    const badSlo = await call(n.h.url, 'PUT', '/admin/slos/s', n.h.key, { sli: 'availability', objective: 1.5 });
    assert.equal(badSlo.json.error.param, 'objective');
    assert.equal(
      (await call(n.h.url, 'GET', '/admin/monitors/signals?group_by=colour', n.h.key)).json.error.param,
      'group_by',
    );
    assert.equal((await call(n.h.url, 'GET', '/admin/monitors/nope/status', n.h.key)).status, 404);
  });

  it('reports drift between periods and exports Prometheus rules', async () => {
    const start = n.clock.now();
    n.h.sim.setBehavior('*', { outputTokens: 60 });
    for (let i = 0; i < 40; i++) {
      await call(n.h.url, 'POST', '/v1/chat/completions', n.h.key, {
        model: 'm',
        messages: [{ role: 'user', content: `What is the plan number ${i} for the team?` }],
      });
    }
    n.clock.advance(MINUTE_MS);
    n.h.sim.setBehavior('*', { outputTokens: 20 });
    for (let i = 0; i < 40; i++) {
      await call(n.h.url, 'POST', '/v1/chat/completions', n.h.key, {
        model: 'm',
        messages: [{ role: 'user', content: `What is the plan number ${i} for the team?` }],
      });
    }
    n.clock.advance(MINUTE_MS);
    const report = await mustCall(n.h.url, 'POST', '/admin/monitors/drift', n.h.key, {
      current: { from: start + MINUTE_MS, to: start + 2 * MINUTE_MS },
      reference: { from: start, to: start + MINUTE_MS },
      features: ['answer_chars', 'language'],
    });
    const chars = report.results.find((r: { feature: string }) => r.feature === 'answer_chars');
    assert.equal(chars.method, 'ks');
    assert.equal(chars.drifted, true);
    assert.ok(chars.pValue < 1e-6);
    assert.equal(chars.top[0].name, 'mean');
    const lang = report.results.find((r: { feature: string }) => r.feature === 'language');
    assert.equal(lang.status, 'insufficient_data', 'language is voted on every 4th answer: 10 < 30');
    assert.equal(report.dataset.evaluated, 1);

    await mustCall(n.h.url, 'PUT', '/admin/monitors/errors', n.h.key, {
      kind: 'signal',
      metric: 'error_rate',
      threshold: 0.05,
      filter: { route: 'm' },
      for_minutes: 5,
    });
    await mustCall(n.h.url, 'PUT', '/admin/slos/avail', n.h.key, {
      sli: 'availability',
      objective: 0.999,
      filter: { route: 'm' },
    });
    const yaml = (await call(n.h.url, 'GET', '/admin/monitors/prometheus-rules', n.h.key)).text;
    const rules = parse(yaml).groups.flatMap((g: { rules: unknown[] }) => g.rules);
    const errors = rules.find((r: { alert: string }) => r.alert === 'errors');
    assert.equal(errors.for, '5m');
    assert.match(errors.expr, /lintel_requests_total\{status_class=~"4xx\|5xx",route="m"\}\[5m\]/);
    const page = rules.find((r: { alert: string }) => r.alert === 'SLO_avail_page');
    assert.match(page.expr, /\[60m\].*> \(14\.4 \* 0\.001\) and .*\[5m\]/);
    // The same traffic as a time series: one point per minute with its own volume and answer sizes.
    const signals = await mustCall(
      n.h.url,
      'GET',
      `/admin/monitors/signals?from=${start}&to=${start + 2 * MINUTE_MS}&step_minutes=1&route=m`,
      n.h.key,
    );
    assert.equal(signals.step_ms, MINUTE_MS);
    assert.deepEqual(
      signals.series.map((p: { at: number; requests: number }) => [p.at - start, p.requests]),
      [
        [0, 40],
        [MINUTE_MS, 40],
      ],
    );
    assert.ok(signals.series[0].tokens_out > signals.series[1].tokens_out, '60-token answers, then 20-token ones');
    assert.equal(signals.data[0].signals.requests, 80, 'the whole window beside the series');
    const tooMany = await call(n.h.url, 'GET', '/admin/monitors/signals?minutes=43200&step_minutes=1', n.h.key);
    assert.equal(tooMany.status, 400);
    assert.equal(tooMany.json.error.param, 'step_minutes');
    const slos = await mustCall(n.h.url, 'GET', '/admin/slos', n.h.key);
    assert.equal(slos.data[0].period.total, 80);
    assert.equal(slos.data[0].error_budget_remaining, 1);
  });
});

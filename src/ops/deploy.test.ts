// The deployment artifacts are checked, not just written: the Helm chart renders to objects valid against the
// Kubernetes schemas, the Dockerfile lints clean, the configs they ship pass Lintel's own validation, and every
// alert rule and dashboard query parses as PromQL and names only metrics a running node exports.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parser } from '@prometheus-io/lezer-promql';
import { validate as lintDockerfile } from 'dockerfile-utils';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Secret, Service } from 'kubernetes-models/v1';
import { request } from 'undici';
import { parse } from 'yaml';
import { parseConfigText } from '../config/load.ts';
import { repoRoot } from '../guardrails/data-path.ts';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';
import { ALERT_RULES } from './alert-rules.ts';
import { dashboardExpressions } from './dashboard.ts';
import { GENERATED } from './render.ts';
import { renderChart } from './render-chart.ts';

const root = repoRoot();
const chart = join(root, 'deploy/helm/lintel');
const MODELS: Record<string, new (o: never) => { validate(): void }> = {
  Deployment: Deployment as never,
  Service: Service as never,
  ConfigMap: ConfigMap as never,
  Secret: Secret as never,
  HorizontalPodAutoscaler: HorizontalPodAutoscaler as never,
  PodDisruptionBudget: PodDisruptionBudget as never,
  Job: Job as never,
};

describe('Helm chart', () => {
  test('renders objects that validate against the Kubernetes schemas', () => {
    const objects = renderChart(chart, { values: { serviceMonitor: { enabled: true } } });
    const kinds = objects.map((o) => o.kind);
    for (const k of [
      'Deployment',
      'Service',
      'ConfigMap',
      'Secret',
      'HorizontalPodAutoscaler',
      'PodDisruptionBudget',
      'Job',
      'ServiceMonitor',
    ]) {
      assert.ok(kinds.includes(k), `renders a ${k}`);
    }
    for (const o of objects) {
      const Model = MODELS[o.kind as string];
      if (Model) new Model(o as never).validate(); // throws with the failing path
    }
    // A typo'd field is caught: the validation is real.
    const broken = structuredClone(objects.find((o) => o.kind === 'Deployment')) as { spec: { replicas: unknown } };
    broken.spec.replicas = 'three';
    assert.throws(() => new Deployment(broken as never).validate());
  });

  test('probes, drain and security settings are what a rolling restart needs', () => {
    const objects = renderChart(chart);
    const dep = objects.find((o) => o.kind === 'Deployment') as never as {
      spec: { strategy: { rollingUpdate: { maxUnavailable: number } }; template: { spec: Record<string, never> } };
    };
    const pod = dep.spec.template.spec as unknown as {
      terminationGracePeriodSeconds: number;
      containers: {
        readinessProbe: { httpGet: { path: string } };
        livenessProbe: { httpGet: { path: string } };
        startupProbe: unknown;
        lifecycle: { preStop: { exec: { command: string[] } } };
        securityContext: { readOnlyRootFilesystem: boolean };
      }[];
    };
    const c = pod.containers[0];
    assert.ok(c);
    assert.equal(c.readinessProbe.httpGet.path, '/readyz');
    assert.equal(c.livenessProbe.httpGet.path, '/healthz');
    assert.ok(c.startupProbe);
    assert.equal(c.securityContext.readOnlyRootFilesystem, true);
    assert.equal(dep.spec.strategy.rollingUpdate.maxUnavailable, 0);
    const cm = objects.find((o) => o.kind === 'ConfigMap') as { data: { 'lintel.yaml': string } };
    const loaded = parseConfigText(cm.data['lintel.yaml'], 'configmap', { OPENAI_API_KEY: 'sk-test' });
    const preStop = Number(c.lifecycle.preStop.exec.command.at(-1));
    const drainSeconds = (loaded.config.server.drain_delay_ms + loaded.config.server.shutdown_timeout_ms) / 1000;
    assert.ok(
      pod.terminationGracePeriodSeconds > preStop + drainSeconds,
      `terminationGracePeriodSeconds ${pod.terminationGracePeriodSeconds} > preStop ${preStop} + drain ${drainSeconds}`,
    );
    assert.equal(loaded.config.server.host, '0.0.0.0', 'the pod listens beyond loopback');
  });

  test('switches work: no Secret when createSecret is false, no HPA or PDB when disabled', () => {
    const kinds = renderChart(chart, {
      values: { createSecret: false, autoscaling: { enabled: false }, podDisruptionBudget: { enabled: false } },
    }).map((o) => o.kind);
    assert.ok(
      !kinds.includes('Secret') && !kinds.includes('HorizontalPodAutoscaler') && !kinds.includes('PodDisruptionBudget'),
    );
  });
});

test('Dockerfile: lints clean, runs as non-root under an init, has a HEALTHCHECK', () => {
  const text = readFileSync(join(root, 'Dockerfile'), 'utf8');
  const problems = lintDockerfile(text).filter((d) => d.severity === 1);
  assert.deepEqual(problems, [], 'no lint errors');
  assert.match(text, /^USER node$/m);
  assert.match(text, /^HEALTHCHECK /m);
  assert.match(text, /ENTRYPOINT \["\/usr\/bin\/tini", "--"/);
  assert.match(text, /^FROM .* AS build$/m, 'multi-stage');
});

test('compose: the stack parses and its Lintel config passes validation', () => {
  const compose = parse(readFileSync(join(root, 'deploy/compose/compose.yaml'), 'utf8'));
  for (const s of ['postgres', 'redis', 'lintel-1', 'lintel-2', 'haproxy', 'prometheus', 'grafana', 'otel-collector']) {
    assert.ok(compose.services[s], `service ${s}`);
  }
  parseConfigText(readFileSync(join(root, 'deploy/compose/lintel.yaml'), 'utf8'), 'compose', { OPENAI_API_KEY: 'x' });
});

describe('alert rules and dashboard', () => {
  let h: Harness;
  let exported: Set<string>;
  before(async () => {
    h = await startHarness(
      (u) => `${simProviders(u)}\nroutes:\n  - model: demo\n    targets: [{ provider: sim, model: demo }]\n`,
    );
    // Traffic first, so labelled series exist.
    await request(`${h.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'demo', messages: [{ role: 'user', content: 'hi' }] }),
    }).then((r) => r.body.text());
    const text = await (await request(`${h.url}/metrics`)).body.text();
    exported = new Set([...text.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1] as string));
  });
  after(() => h?.close());

  test('the committed files are what the code renders', () => {
    for (const [file, render] of Object.entries(GENERATED)) {
      assert.equal(readFileSync(join(root, file), 'utf8'), render(), `${file} is stale: run npm run ops:render`);
    }
  });

  const expressions = () => [...ALERT_RULES.map((r) => r.expr), ...dashboardExpressions()];

  test('every expression parses as PromQL', () => {
    for (const expr of expressions()) {
      const tree = parser.parse(expr.replaceAll('$__rate_interval', '5m'));
      let error = false;
      tree.iterate({
        enter: (n) => {
          if (n.type.isError) error = true;
        },
      });
      assert.equal(error, false, `PromQL syntax error in: ${expr}`);
    }
    assert.equal(
      (() => {
        let e = false;
        parser.parse('sum(rate(x[5m]').iterate({
          enter: (n) => {
            if (n.type.isError) e = true;
          },
        });
        return e;
      })(),
      true,
      'the parser does report errors',
    );
  });

  test('every metric they name is exported by a running node', () => {
    for (const expr of expressions()) {
      for (const [name] of expr.matchAll(/\b(lintel_[a-z_]+|gen_ai_[a-z_]+)\b/g)) {
        const base = name.replace(/_(bucket|sum|count)$/, '');
        assert.ok(exported.has(base), `${name} (in ${expr.slice(0, 60)}…) is not exported`);
      }
    }
  });
});

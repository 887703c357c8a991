// `lintel monitor …` against a running node: apply a monitor from YAML, list it, export rules, and a refused
// definition exits 1 with the field named.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { simProviders } from '../testing/harness.ts';
import { spawnCli } from '../testing/cli-process.ts';
import { startMonitoringNode, type MonitoringNode } from './testing/node.ts';

let n: MonitoringNode;
let dir = '';
const run = async (args: string[]) => {
  const p = spawnCli(['monitor', ...args], { LINTEL_URL: n.h.url, LINTEL_ADMIN_KEY: n.h.key });
  const code = await new Promise<number | null>((r) => p.child.once('exit', r));
  return { code, out: p.output() };
};

before(async () => {
  n = await startMonitoringNode(
    (u) => `${simProviders(u)}routes:\n  - model: m\n    targets: [{ provider: sim, model: sim-a }]\n`,
  );
  dir = mkdtempSync(join(tmpdir(), 'lintel-monitor-cli-'));
});
after(async () => {
  await n.h.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('lintel monitor', () => {
  it('applies a monitor from YAML, lists it and exports Prometheus rules', async () => {
    const file = join(dir, 'latency.yaml');
    writeFileSync(
      file,
      'name: latency-p95\nkind: signal\nmetric: latency_ms.p95\nop: ">"\nthreshold: 2500\nfor_minutes: 3\nfilter: { route: m }\n',
    );
    const applied = await run(['apply', 'monitor', file]);
    assert.equal(applied.code, 0, applied.out);
    const list = await run(['list']);
    assert.equal(JSON.parse(list.out).data[0].name, 'latency-p95');
    const rules = await run(['rules']);
    assert.match(rules.out, /alert: latency_p95/);
    assert.match(rules.out, /histogram_quantile\(0\.95/);
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'name: bad\nkind: drift\n');
    const refused = await run(['apply', 'monitor', bad]);
    assert.equal(refused.code, 1);
    assert.match(refused.out, /400: .*\(feature\)/);
  });
});

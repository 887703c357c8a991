// Smoke run of the real harness (separate simulator, Lintel and load processes) for a few seconds on
// the embedded store: checks that it works and that its numbers are sane, not how fast anything is.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runBench } from './bench.ts';
import { type BenchOptions, DEFAULTS } from './options.ts';
import { TABLE_COLUMNS, toMarkdown, writeReport } from './report.ts';

test('the bench harness measures direct and through Lintel with sane numbers', { timeout: 180_000 }, async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'lintel-bench-test-'));
  const opts: BenchOptions = {
    ...DEFAULTS,
    durationS: 0.3,
    warmupS: 0.05,
    shapes: ['json', 'stream'],
    connections: [1, 8],
    stores: ['embedded'],
    pipelines: ['minimal'],
    workers: 0,
    outDir,
  };
  const lines: string[] = [];
  try {
    const report = await runBench(opts, 'bench.test.ts', (l) => lines.push(l));
    assert.equal(report.scenarios.length, 8, lines.join('\n'));
    for (const s of report.scenarios) {
      const what = `${s.label} ${s.shape} c=${s.connections}`;
      const l = s.load;
      assert.ok(l.requests > 0, `${what}: no responses`);
      assert.equal(l.errors, 0, `${what}: errors`);
      assert.equal(l.non2xx, 0, `${what}: non-2xx ${JSON.stringify(l.statuses)}`);
      assert.equal(l.ok, l.requests, what);
      assert.ok(l.rps > 0 && Number.isFinite(l.rps), what);
      assert.ok(l.latency.p50 > 0 && l.latency.p50 <= l.latency.p90 && l.latency.p90 <= l.latency.p99, what);
      if (s.shape === 'stream') assert.ok(l.ttft && l.ttft.p50 > 0 && l.ttft.p50 <= l.latency.p99, what);
      else assert.equal(l.ttft, null, what);
      if (s.target === 'direct') {
        assert.equal(s.gateway, null);
        continue;
      }
      const g = s.gateway;
      assert.ok(g, what);
      assert.ok(g.cpuMsPerRequest > 0 && Number.isFinite(g.cpuMsPerRequest), `${what}: CPU ${g.cpuMsPerRequest}`);
      assert.ok(g.peakRssBytes > 0, `${what}: RSS`);
      assert.ok(s.overhead && Number.isFinite(s.overhead.p50Ms) && s.overhead.rpsRatio > 0, what);
    }
    assert.deepEqual(
      report.scenarios.map((s) => s.label),
      [
        'simulator direct',
        'embedded/minimal',
        'simulator direct',
        'embedded/minimal',
        'simulator direct',
        'embedded/minimal',
        'simulator direct',
        'embedded/minimal',
      ],
    );
    assert.equal(report.gateways.length, 1);

    const md = toMarkdown(report);
    assert.ok(md.includes(`| ${TABLE_COLUMNS.join(' | ')} |`), md);
    for (const col of ['req/s', 'p50 ms', 'p99 ms', 'TTFT p50 ms', 'Lintel CPU ms/req', 'peak RSS MB', 'Δp50 ms']) {
      assert.ok(TABLE_COLUMNS.includes(col), col);
    }
    const rows = md
      .split('\n')
      .filter((r) => r.startsWith('| simulator direct |') || r.startsWith('| embedded/minimal |'));
    assert.equal(rows.length, 8);
    for (const r of rows) assert.equal(r.split('|').length - 2, TABLE_COLUMNS.length, r);

    const files = writeReport(report, outDir);
    assert.ok(existsSync(files.markdown));
    assert.equal(JSON.parse(readFileSync(files.json, 'utf8')).scenarios.length, 8);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});

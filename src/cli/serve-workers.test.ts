// `lintel serve --workers 2`: one port, two worker processes, requests served, clean shutdown.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { request } from 'undici';
import { startSimulator } from '../simulator/index.ts';
import { spawnCli } from '../testing/cli-process.ts';
import { simProviders, TEST_KEY } from '../testing/harness.ts';
import { cliArgv } from '../testing/cli-argv.ts';

test('serve --workers 2 without Redis refuses: limits would multiply by the number of workers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lintel-workers-'));
  const file = join(dir, 'lintel.yaml');
  writeFileSync(file, 'providers: {}\n');
  const env = { ...process.env, LINTEL_MASTER_KEY: TEST_KEY, LINTEL_DATA_DIR: dir, LINTEL_REDIS_URL: '' };
  try {
    execFileSync(process.execPath, [...cliArgv(), 'serve', '-c', file, '--workers', '2'], {
      env,
      stdio: 'pipe',
      encoding: 'utf8',
    });
    assert.fail('expected exit 2');
  } catch (err) {
    const e = err as { status: number; stderr: string };
    assert.equal(e.status, 2);
    assert.match(e.stderr, /needs shared limit state/);
  }
});

test('serve --workers 2 runs two workers on one port and drains on SIGTERM', async () => {
  const sim = await startSimulator({ port: 0, quiet: true });
  const dir = mkdtempSync(join(tmpdir(), 'lintel-workers-'));
  const file = join(dir, 'lintel.yaml');
  writeFileSync(
    file,
    `${simProviders(sim.url)}\nroutes:\n  - model: demo\n    targets: [{ provider: sim, model: m }]\n`,
  );
  const cli = spawnCli(['serve', '-c', file, '--port', '0', '--host', '127.0.0.1', '--workers', '2'], {
    LINTEL_MASTER_KEY: TEST_KEY,
    LINTEL_DATA_DIR: dir,
    LINTEL_LOG_LEVEL: 'silent',
    LINTEL_REDIS_URL: 'redis://127.0.0.1:6379',
  });
  const { child } = cli;
  const out = await cli.waitFor((o) => (o.match(/worker \d+ \(pid \d+\) listening/g) ?? []).length >= 2);
  const urls = [...out.matchAll(/listening on (http:\/\/[^\s]+)/g)].map((m) => m[1]);
  assert.equal(urls.length, 2, out);
  assert.equal(urls[0], urls[1], 'both workers share one port');
  const workerPids = execFileSync('ps', ['-o', 'pid=', '--ppid', String(child.pid)], { encoding: 'utf8' })
    .trim()
    .split(/\s+/);
  assert.equal(workerPids.length, 2);
  const statuses = await Promise.all(
    Array.from({ length: 20 }, async () => {
      const r = await request(`${urls[0]}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'demo', messages: [{ role: 'user', content: 'hi' }] }),
      });
      await r.body.text();
      return r.statusCode;
    }),
  );
  assert.deepEqual(new Set(statuses), new Set([200]));
  assert.equal(await cli.stop(), 0);
  await sim.close();
});

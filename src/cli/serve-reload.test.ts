// `lintel serve` re-reads its config file on SIGHUP: a route moves to another upstream model without a restart.
import assert from 'node:assert/strict';
import { spawnCli } from '../testing/cli-process.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { request } from 'undici';
import { startSimulator } from '../simulator/index.ts';
import { simProviders, TEST_KEY } from '../testing/harness.ts';

const route = (model: string) => `routes:\n  - model: chat\n    targets: [{ provider: sim, model: ${model} }]\n`;

test('SIGHUP reloads the config file; the route serves the new model', { timeout: 120_000 }, async () => {
  const sim = await startSimulator({ port: 0, quiet: true });
  const dir = mkdtempSync(join(tmpdir(), 'lintel-sighup-'));
  const file = join(dir, 'lintel.yaml');
  writeFileSync(file, `${simProviders(sim.url)}\n${route('model-a')}`);
  const cli = spawnCli(['serve', '-c', file, '--port', '0', '--host', '127.0.0.1'], {
    LINTEL_MASTER_KEY: TEST_KEY,
    LINTEL_DATA_DIR: dir,
    LINTEL_LOG_LEVEL: 'silent',
  });
  const served = async (url: string) => {
    const r = await request(`${url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'chat', messages: [{ role: 'user', content: 'hi' }] }),
    });
    assert.equal(r.statusCode, 200);
    return ((await r.body.json()) as { model: string }).model;
  };
  try {
    const url = /listening on (http:\/\/[^\s]+)/.exec(await cli.waitFor(/listening on http/))![1];
    assert.equal(await served(url), 'model-a');
    writeFileSync(file, `${simProviders(sim.url)}\n${route('model-b')}`);
    cli.child.kill('SIGHUP');
    await cli.waitFor(/SIGHUP: config \w+ → \w+; applied: routes/);
    assert.equal(await served(url), 'model-b');
  } finally {
    await cli.stop();
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

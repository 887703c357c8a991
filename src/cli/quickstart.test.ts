// `npm run quickstart`'s main job: a working gateway with a demo model, a printed key and curl line.
import assert from 'node:assert/strict';
import { spawnCli } from '../testing/cli-process.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { request } from 'undici';

test('quickstart serves the demo model and shuts down cleanly on SIGTERM', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lintel-qs-'));
  const cli = spawnCli(['quickstart'], {
    LINTEL_PORT: '0',
    LINTEL_DATA_DIR: dataDir,
    LINTEL_MASTER_KEY: '',
    OPENAI_API_KEY: '',
    ANTHROPIC_API_KEY: '',
    OLLAMA_HOST: '',
  });
  const out = await cli.waitFor(/curl /);
  const url = /Lintel is running at (http:\/\/[^\s]+)/.exec(out)?.[1];
  const key = /Master key[^:]*: (lk-master-[0-9a-f]+)/.exec(out)?.[1];
  assert.ok(url && key, `printed URL and generated key:\n${out}`);
  assert.match(out, /SIMULATOR/);
  assert.ok(out.includes(`Console: ${url}/ui/`), 'the console URL is printed');
  const res = await request(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'demo', messages: [{ role: 'user', content: 'Hello, Lintel!' }] }),
  });
  const body = JSON.parse(await res.body.text());
  assert.equal(res.statusCode, 200);
  assert.match(body.choices[0].message.content, /Hello, Lintel!/);
  const ready = await request(`${url}/readyz`);
  assert.equal(ready.statusCode, 200);
  await ready.body.text();
  assert.equal(await cli.stop(), 0);
});

// Config reload through a running node: a route moves to another upstream and a new route appears without a
// restart (admin API and SIGHUP-equivalent runtime call); an invalid file changes nothing; sections that are
// wired at start are reported as needing a restart; the new version is recorded and audited.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import OpenAI from 'openai';
import { loadConfigFile, parseConfigText } from '../config/load.ts';
import { type Simulator, startSimulator } from '../simulator/index.ts';
import { TEST_KEY, TEST_SECRET } from '../testing/harness.ts';
import { configChanges } from './config-reload.ts';
import { type LintelRuntime, startRuntime } from './runtime.ts';

const config = (simUrl: string, route: string, extra = '', port = 4000) => `server:
  port: ${port}
providers:
  sim:
    kind: openai-compatible
    base_url: ${simUrl}/v1
routes:
  - model: chat
    targets: [{ provider: sim, model: ${route} }]
${extra}`;

let sim: Simulator;
let lintel: LintelRuntime;
let dir: string;
let file: string;

before(async () => {
  sim = await startSimulator({ port: 0, quiet: true });
  dir = mkdtempSync(join(tmpdir(), 'lintel-reload-'));
  file = join(dir, 'lintel.yaml');
  writeFileSync(file, config(sim.url, 'model-a'));
  lintel = await startRuntime(loadConfigFile(file), {
    port: 0,
    host: '127.0.0.1',
    masterKey: TEST_KEY,
    secretKey: TEST_SECRET,
    dataDir: dir,
  });
});

after(async () => {
  await lintel.close();
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

const client = () => new OpenAI({ baseURL: `${lintel.url}/v1`, apiKey: TEST_KEY, maxRetries: 0 });
const admin = async (method: string, path: string) => {
  const res = await fetch(`${lintel.url}${path}`, { method, headers: { authorization: `Bearer ${TEST_KEY}` } });
  return { status: res.status, body: JSON.parse(await res.text()) };
};

test('what a reload applies and what needs a restart', () => {
  const a = parseConfigText(config('http://x', 'm1'), 'a.yaml').config;
  assert.deepEqual(configChanges(a, a), { applied: [], restartRequired: [] });
  const b = parseConfigText(config('http://x', 'm2', 'guardrails:\n  apply: [default]\n', 4100), 'b.yaml').config;
  assert.deepEqual(configChanges(a, b), { applied: ['routes', 'guardrails.apply'], restartRequired: ['server'] });
});

test('POST /admin/config/reload moves a route and adds one without a restart; the version is recorded and audited', async () => {
  const first = await client().chat.completions.create({ model: 'chat', messages: [{ role: 'user', content: 'hi' }] });
  assert.equal(first.model, 'model-a');
  const before = lintel.configVersion;

  writeFileSync(
    file,
    config(sim.url, 'model-b', '  - model: extra\n    targets: [{ provider: sim, model: model-c }]\n', 4100),
  );
  const r = await admin('POST', '/admin/config/reload');
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.equal(r.body.changed, true);
  assert.equal(r.body.previous_version, before);
  assert.deepEqual(r.body.applied, ['routes']);
  assert.deepEqual(r.body.restart_required, ['server'], 'the port is bound at start');
  assert.equal(lintel.configVersion, r.body.version);

  const moved = await client().chat.completions.create({ model: 'chat', messages: [{ role: 'user', content: 'hi' }] });
  assert.equal(moved.model, 'model-b');
  const added = await client().chat.completions.create({ model: 'extra', messages: [{ role: 'user', content: 'hi' }] });
  assert.equal(added.model, 'model-c');
  const models = await client().models.list();
  assert.deepEqual(models.data.map((m) => m.id).sort(), ['chat', 'extra']);

  const again = await admin('POST', '/admin/config/reload');
  assert.equal(again.body.changed, false, 'the same file twice is no change');

  const versions = await admin('GET', '/admin/config/versions');
  assert.ok(versions.body.data.some((v: { version: string }) => v.version === r.body.version));
  const audit = await sql<{ action: string; resource: string }>`SELECT action, resource FROM audit_events
    WHERE action = 'config.reload'`.execute(lintel.database.db);
  assert.deepEqual(audit.rows, [{ action: 'config.reload', resource: `config:${r.body.version}` }]);
  // Records name the version that served them.
  await lintel.recorder!.flush();
  const rec = await sql<{ config_version: string }>`SELECT config_version FROM requests
    WHERE model_requested = 'extra'`.execute(lintel.database.db);
  assert.equal(rec.rows[0]?.config_version, r.body.version);
});

test('an invalid file or an unloaded guard set changes nothing and says why', async () => {
  const version = lintel.configVersion;
  writeFileSync(file, config(sim.url, 'model-d').replace('kind: openai-compatible', 'kind: telepathy'));
  const bad = await admin('POST', '/admin/config/reload');
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.code, 'invalid_config');
  assert.match(bad.body.error.message, /providers\.sim\.kind/);

  writeFileSync(
    file,
    config(
      sim.url,
      'model-d',
      'guardrails:\n  sets:\n    mine:\n      - { name: n, detector: pii, action: flag }\n  apply: [mine]\n',
    ),
  );
  const unloaded = await admin('POST', '/admin/config/reload');
  assert.equal(unloaded.status, 400, JSON.stringify(unloaded.body));
  assert.match(unloaded.body.error.message, /mine are not loaded in this process/);

  assert.equal(lintel.configVersion, version);
  const still = await client().chat.completions.create({ model: 'chat', messages: [{ role: 'user', content: 'hi' }] });
  assert.equal(still.model, 'model-b');
});

test('reloading needs an operator or admin key', async () => {
  const res = await fetch(`${lintel.url}/admin/config/reload`, {
    method: 'POST',
    headers: { authorization: 'Bearer nope' },
  });
  assert.equal(res.status, 401);
});

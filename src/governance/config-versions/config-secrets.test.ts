// Stored config versions through the real server: every secret of the running config is masked, only global
// admin/operator/auditor keys may read them, and the SQLite files are owner-only.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { call, mustCall } from '../../access/testing/client.ts';
import { type Harness, startHarness } from '../../testing/harness.ts';

let h: Harness;
const keys: Record<string, string> = {};
const SECRETS = ['sk-flow-secret', 'url-pass', 'hdr-secret-value', 'alert-signing-secret-0123', 'T0/B0/slacktoken'];

before(async () => {
  h = await startHarness(
    (u) => `providers:
  sim: { kind: openai-compatible, base_url: "${u}/v1", api_key: sk-flow-secret, headers: { x-api-token: hdr-secret-value } }
  unused:
    kind: openai
    base_url: https://svc:url-pass@unused.example/v1
routes:
  - model: m
    targets: [{ provider: sim, model: gpt-4o-mini }]
access:
  budget_alerts: { webhook_url: "https://hooks.slack.example/services/T0/B0/slacktoken", webhook_secret: alert-signing-secret-0123 }
`,
  );
  await mustCall(h.url, 'POST', '/admin/tenants', h.key, { name: 'acme' });
  for (const role of ['admin', 'operator', 'auditor', 'developer']) {
    keys[`global-${role}`] = (await mustCall(h.url, 'POST', '/admin/keys', h.key, { name: `g-${role}`, role })).key;
    keys[`acme-${role}`] = (
      await mustCall(h.url, 'POST', '/admin/keys', h.key, { name: `a-${role}`, role, tenant: 'acme' })
    ).key;
  }
});
after(() => h.close());

test('global admin, operator and auditor read the stored version with every secret masked', async () => {
  const version = h.lintel.configVersion;
  for (const role of ['admin', 'operator', 'auditor']) {
    const r = await call(h.url, 'GET', `/admin/config/versions/${version}`, keys[`global-${role}`]);
    assert.equal(r.status, 200, `${role}: ${r.text}`);
    for (const s of SECRETS) assert.ok(!r.text.includes(s), `${role} saw ${s}`);
    assert.match(r.json.content, /api_key: "\*\*\*"/);
    assert.match(r.json.content, /base_url: https:\/\/svc:\*\*\*@unused\.example\/v1/);
  }
});

test('tenant-bound keys of every role are refused, and developers everywhere', async () => {
  for (const role of ['admin', 'operator', 'auditor', 'developer']) {
    for (const path of ['/admin/config/versions', `/admin/config/versions/${h.lintel.configVersion}`]) {
      const r = await call(h.url, 'GET', path, keys[`acme-${role}`]);
      assert.equal(r.status, 403, `acme ${role} ${path}`);
      assert.equal(r.json.error.code, 'permission_denied');
    }
  }
  const dev = await call(h.url, 'GET', '/admin/config/versions', keys['global-developer']);
  assert.equal(dev.status, 403);
});

test('the SQLite database and its WAL are created owner-only (0600)', () => {
  const file = h.lintel.database.describe.replace(/^sqlite:/, '');
  for (const f of [file, `${file}-wal`]) {
    assert.equal((statSync(f).mode & 0o777).toString(8), '600', f);
  }
});

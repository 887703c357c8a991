// The lifecycle, monitoring and retrieval pages in Chromium with real data through the real server: register a
// model version and run evaluations on the simulator, compare them, see a promotion refused with its gate report
// and overridden with a reason, roll a canary back, upload a dataset (a bad line refused) and start a canary from
// the form; traffic through the OpenAI SDK shows in the signals, an SLO and an alert rule created in the UI fire,
// a silence is created and expired, a receiver, a drift monitor and an online evaluation are created, edited and
// deleted; a directory is ingested, searched and explained, learned keys committed and rolled back, the live
// search evaluated on judged queries. Then a global auditor sees none of the mutation buttons, and the API refuses
// the same calls when the page forces them.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import OpenAI from 'openai';
import { call } from '../access/testing/client.ts';
import { adminClient, codeWordDataset, startLifecycleHarness, upstream } from '../lifecycle/testing/fixture.ts';
import { createMonitoringArea } from '../monitoring/area.ts';
import { MINUTE_MS, ManualClock } from '../monitoring/clock.ts';
import { AREAS } from '../server/areas.ts';
import type { Harness } from '../testing/harness.ts';
import { type BrowserSession, chromiumMissing, openBrowser } from './testing/browser.ts';
import { uiDir } from './static.ts';

const missing = chromiumMissing() || (uiDir() ? false : 'the console is not built (node scripts/ensure-ui.mjs)');
let h: Harness;
let b: BrowserSession;
let admin: ReturnType<typeof adminClient>;
const clock = new ManualClock(Date.now());
const corpus = mkdtempSync(join(tmpdir(), 'lintel-console-corpus-'));

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function goto(title: string) {
  await b.page.getByRole('link', { name: title, exact: true }).click();
  await b.page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function signIn(key: string) {
  await b.context.clearCookies();
  await b.page.goto(`${h.url}/ui/`);
  await b.page.getByLabel(/Lintel key/).fill(key);
  await b.page.getByRole('button', { name: 'Sign in' }).click();
  await b.page.getByRole('button', { name: 'Sign out' }).waitFor();
}

async function noSeriousAxe(where: string) {
  const v = await b.axe();
  assert.deepEqual(v, [], `${where}: ${JSON.stringify(v)}`);
}

before(async () => {
  if (missing) return;
  process.env.LINTEL_SECRET_KEY ??= 'console-areas-secret-0123456789';
  // Monitoring on a clock the test moves: rollups count whole minutes, so the SLO sees the traffic once the
  // test steps past its minute (no waiting for the wall clock).
  const areas = AREAS.map((a) =>
    a.name === 'monitoring' ? createMonitoringArea({ clock, evaluateIntervalMs: 0 }) : a,
  );
  h = await startLifecycleHarness({ areas });
  admin = adminClient(h);
  // The registry starts with a good v1 behind @champion and a measurably worse v2; a promotion policy guards
  // @champion with the lower CI bound of the code-word dataset.
  assert.equal((await admin('POST', '/admin/models', { name: 'support', description: 'support answers' })).status, 201);
  await admin('POST', '/admin/models/support/versions', upstream('sum-good'));
  await admin('POST', '/admin/models/support/versions', upstream('sum-bad'));
  await admin('PUT', '/admin/models/support/aliases/champion', { version: 1 });
  assert.equal((await admin('POST', '/admin/datasets', { name: 'codewords', jsonl: codeWordDataset(12) })).status, 201);
  const policy = { requirements: [{ dataset: 'codewords', scorers: [{ type: 'contains' }], min_ci_lower: 0.8 }] };
  assert.equal((await admin('PUT', '/admin/models/support/policy', { policy })).status, 200);
  mkdirSync(corpus, { recursive: true });
  writeFileSync(join(corpus, 'refunds.md'), '# Refunds\nCustomers get a refund within 30 days of purchase.\n');
  writeFileSync(join(corpus, 'shipping.md'), '# Shipping\nParcels leave the warehouse within two business days.\n');
  b = await openBrowser('areas');
});
after(async () => {
  await b?.close();
  await h?.close();
  rmSync(corpus, { recursive: true, force: true });
});

test('models: register a version, evaluate, compare, gated promotion, canary rollback', { skip: missing }, async () => {
  await b.step('models-open', async () => {
    await signIn(h.key);
    await goto('Models & lifecycle');
    await b.page.getByRole('region', { name: 'Model support' }).waitFor();
    await b.page.getByLabel('Auto-refresh').selectOption('30');
    assert.match(b.page.url(), /refresh=30/);
    await b.page.getByLabel('Auto-refresh').selectOption('0');
    await noSeriousAxe('models');
  });
  await b.step('models-register-version', async () => {
    const form = b.page.getByRole('form', { name: 'Register a version' });
    await form.getByLabel('Provider').fill('sim');
    await form.getByLabel('Upstream model').fill('sum-good2');
    await form.getByLabel('Intended use').fill('answers support questions');
    await form.getByRole('button', { name: 'Register version' }).click();
    const card = b.page.getByRole('region', { name: 'Model card v3' });
    await card.getByText('sim/sum-good2').waitFor();
    await card.getByText('answers support questions').waitFor();
    assert.match(b.page.url(), /version=3/);
  });
  await b.step('models-evaluate', async () => {
    const form = b.page.getByRole('form', { name: 'Run an evaluation' });
    for (const v of ['1', '2']) {
      await form.getByLabel('Version').selectOption(v);
      await form.getByRole('button', { name: 'Run evaluation' }).click();
      await form.getByText(/started/).waitFor();
    }
    const runs = b.page.getByRole('table', { name: 'Runs' });
    await until('both runs completed', async () => (await runs.getByRole('cell', { name: 'completed' }).count()) === 2);
    // v1 answers every code word: mean 1 with a degenerate CI; v2 is worse with a real interval.
    const v1 = runs.getByRole('row').filter({ has: b.page.getByRole('cell', { name: 'v1', exact: true }) });
    await v1.getByRole('cell', { name: '1.000', exact: true }).waitFor();
    await v1.getByRole('cell', { name: '[1.000, 1.000]' }).waitFor();
    const v2 = runs.getByRole('row').filter({ has: b.page.getByRole('cell', { name: 'v2', exact: true }) });
    const v2mean = Number(await v2.locator('td').nth(5).textContent());
    assert.ok(v2mean < 0.8, `v2 mean ${v2mean}`);
    for (const box of await runs.getByRole('checkbox').all()) await box.check();
    await b.page.getByRole('button', { name: 'Compare selected runs' }).click();
    const diff = await b.page.getByTestId('compare-difference').textContent();
    assert.match(diff ?? '', /^-0\.\d{3} \(95 % CI \[-\d\.\d{3}, -?\d\.\d{3}\]\) over 12 paired items$/);
    assert.match(b.page.url(), /a=run_.*b=run_/);
  });
  await b.step('models-promotion-refused', async () => {
    const form = b.page.getByRole('form', { name: 'Promote a version' });
    await form.getByLabel('Version').selectOption('2');
    await form.getByRole('button', { name: 'Promote' }).click();
    await form
      .getByRole('alert')
      .getByText(/refused: min_ci_lower on codewords/)
      .waitFor();
    const report = form.getByRole('region', { name: 'Gate report' });
    await report.getByRole('cell', { name: 'min_ci_lower' }).waitFor();
    await report.getByText(/^fail: /).waitFor();
    const model = await admin('GET', '/admin/models/support');
    assert.equal(model.json.aliases.find((a: { alias: string }) => a.alias === 'champion').version, 1);
  });
  await b.step('models-promotion-override', async () => {
    const form = b.page.getByRole('form', { name: 'Promote a version' });
    await form.getByLabel(/Override reason/).fill('accepted for the holiday rush');
    await form.getByRole('button', { name: 'Promote' }).click();
    await form.getByText('Alias moved.').waitFor();
    await b.page.getByRole('list', { name: 'Aliases' }).getByText('@champion → v2').waitFor();
    const audit = await admin('GET', '/admin/audit/events?action=model.promotion.override');
    assert.equal(audit.status, 200, audit.text);
    assert.equal(audit.json.data.length, 1, 'the override is an audit event');
  });
  await b.step('models-canary-rollback', async () => {
    const dep = await admin('POST', '/admin/deployments', {
      route: 'support',
      strategy: 'canary',
      candidate: 3,
      weight: 0.5,
    });
    assert.equal(dep.status, 201, dep.text);
    const sdk = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
    for (let i = 0; i < 8; i++) {
      await sdk.chat.completions
        .create({ model: 'support', messages: [{ role: 'user', content: `canary ${i}` }] })
        .catch(() => undefined);
    }
    await b.page.reload();
    await b.page.getByRole('button', { name: dep.json.id }).click();
    const detail = b.page.getByRole('region', { name: `Deployment ${dep.json.id}` });
    assert.equal(await detail.getByTestId('deployment-state').textContent(), 'active');
    const arms = detail.getByRole('table', { name: 'Arms' });
    await arms.getByRole('cell', { name: 'candidate' }).waitFor();
    await noSeriousAxe('models with a deployment');
    // A canary is not stepped automatically: the analysis reports the arms and decides nothing.
    await detail.getByRole('button', { name: 'Analyze now' }).click();
    await detail.getByText(/^Analysis: none — \{"baseline":\{"requests":\d+/).waitFor();
    await detail.getByRole('button', { name: 'Roll back' }).click();
    const dialog = b.page.getByRole('dialog');
    await dialog.getByLabel(/Reason/).fill('latency regression');
    await dialog.getByRole('button', { name: 'Roll back' }).click();
    await until(
      'rolled back',
      async () => (await detail.getByTestId('deployment-state').textContent()) === 'rolled_back',
    );
    const status = await admin('GET', `/admin/deployments/${dep.json.id}`);
    assert.equal(status.json.deployment.state, 'rolled_back');
    assert.ok(JSON.stringify(status.json.history).includes('latency regression'));
  });
});

test('models: upload an evaluation dataset and start a deployment in the UI', { skip: missing }, async () => {
  const form = (name: string) => b.page.getByRole('form', { name });
  await b.step('models-dataset-upload', async () => {
    await b.page.goto(`${h.url}/ui/#/models`);
    const upload = form('Upload a dataset');
    await upload.getByLabel('Dataset name').fill('faq');
    await upload.getByLabel('Description').fill('frequent questions');
    // A bad line: the API names it and stores nothing.
    const bad = `${JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] })}\n{"reference": "no prompt"}\n`;
    await upload.getByLabel('JSONL file').setInputFiles({
      name: 'faq.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(bad),
    });
    await upload.getByRole('button', { name: 'Upload dataset' }).click();
    await upload
      .getByRole('alert')
      .getByText(/1 bad line\(s\): line 2: an item needs exactly one of "messages" or "vars"/)
      .waitFor();
    assert.equal((await admin('GET', '/admin/datasets/faq')).status, 404, 'nothing stored');
    await upload.getByLabel('JSONL file').setInputFiles({
      name: 'faq.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(codeWordDataset(3)),
    });
    await upload.getByRole('button', { name: 'Upload dataset' }).click();
    await upload.getByText(/^Stored: faq@[0-9a-f]{12} · 3 items\.$/).waitFor();
    const row = b.page.getByRole('table', { name: 'Dataset versions' }).getByRole('row', { name: /faq/ });
    await row.getByRole('cell', { name: 'frequent questions' }).waitFor();
    await row.getByRole('cell', { name: '3', exact: true }).waitFor();
    const stored = await admin('GET', '/admin/datasets/faq');
    assert.equal(stored.status, 200, stored.text);
    assert.equal(stored.json.items, 3);
    assert.equal(stored.json.sample[0].reference, 'kiwi3');
    // The new dataset is offered to evaluation runs at once.
    await form('Run an evaluation').getByLabel('Dataset').selectOption('faq');
    await noSeriousAxe('models with the dataset upload');
  });
  await b.step('models-deployment-create', async () => {
    const start = form('Start a deployment');
    await start.getByLabel(/^Route/).fill('support');
    await start.getByLabel('Strategy').selectOption('canary');
    await start.getByLabel('Candidate version').selectOption('3');
    await start.getByLabel('Traffic to the candidate (%)').fill('25');
    await start.getByLabel('Sticky arm').selectOption('key');
    await start.getByLabel('Minimum requests per arm').fill('5');
    await start.getByLabel('Max error-rate increase (percentage points)').fill('10');
    await start.getByLabel('Quality: feedback name (optional)').fill('helpful');
    await start.getByRole('button', { name: 'Start deployment' }).click();
    await until('a deployment in the URL', async () => /dep=dep_/.test(b.page.url()));
    const id = decodeURIComponent(/dep=([^&]+)/.exec(b.page.url())?.[1] ?? '');
    const detail = b.page.getByRole('region', { name: `Deployment ${id}` });
    await until('active', async () => (await detail.getByTestId('deployment-state').textContent()) === 'active');
    await b.page.getByRole('table', { name: 'Deployment list' }).getByRole('button', { name: id }).waitFor();
    const listed = await admin('GET', '/admin/deployments?route=support');
    const dep = listed.json.data.find((d: { id: string }) => d.id === id);
    assert.equal(dep.state, 'active');
    assert.equal(dep.strategy, 'canary');
    assert.equal(dep.candidate, 3);
    assert.equal(dep.weight, 0.25);
    assert.equal(dep.config.sticky, 'key');
    assert.deepEqual(
      [
        dep.config.analysis.min_requests,
        dep.config.analysis.max_error_rate_increase,
        dep.config.analysis.quality.feedback,
      ],
      [5, 0.1, 'helpful'],
    );
    // A second one on the same route: the API's refusal is shown as it comes.
    await start.getByLabel('Strategy').selectOption('shadow');
    await start.getByLabel('Shadow sample (% of requests)').fill('50');
    await start.getByRole('button', { name: 'Start deployment' }).click();
    await start
      .getByRole('alert')
      .getByText(/Route "support" has an active deployment; promote or roll it back first\./)
      .waitFor();
    await noSeriousAxe('models with a new deployment');
    // Rolled back from the UI, so the route is free again.
    await detail.getByRole('button', { name: 'Roll back' }).click();
    await b.page
      .getByRole('dialog')
      .getByLabel(/Reason/)
      .fill('only a trial');
    await b.page.getByRole('dialog').getByRole('button', { name: 'Roll back' }).click();
    await until(
      'rolled back',
      async () => (await detail.getByTestId('deployment-state').textContent()) === 'rolled_back',
    );
    assert.equal((await admin('GET', `/admin/deployments/${id}`)).json.deployment.state, 'rolled_back');
  });
});

test(
  'monitoring: signals from SDK traffic, an SLO and an alert rule that fires, a silence',
  { skip: missing },
  async () => {
    const sdk = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
    for (let i = 0; i < 6; i++) {
      await sdk.chat.completions.create({ model: 'embed-sim', messages: [{ role: 'user', content: `hello ${i}` }] });
    }
    clock.advance(MINUTE_MS);
    await b.step('monitoring-signals', async () => {
      await goto('Monitoring');
      const table = b.page.getByRole('table', { name: 'Signals by route' });
      const row = table.getByRole('row').filter({ has: b.page.getByRole('cell', { name: 'embed-sim', exact: true }) });
      await until('6 requests on embed-sim', async () => (await row.locator('td').nth(1).textContent()) === '6');
      await b.page.locator('.chart canvas').first().waitFor();
      // Filtered to one route (in the URL): only that route's row.
      const filters = b.page.getByRole('form', { name: 'Signal filters' });
      await filters.getByLabel('Route', { exact: true }).fill('embed-sim');
      await filters.getByRole('button', { name: 'Apply' }).click();
      await until('one row', async () => (await table.locator('tbody tr').count()) === 1);
      assert.match(b.page.url(), /route=embed-sim/);
      await noSeriousAxe('monitoring');
    });
    await b.step('monitoring-slo', async () => {
      const form = b.page.getByRole('form', { name: 'Create an SLO' });
      await form.getByLabel('Name').fill('embed-availability');
      await form.getByLabel('Objective (%)').fill('99.5');
      await form.getByLabel('Route (empty = all)').fill('embed-sim');
      await form.getByRole('button', { name: 'Save SLO' }).click();
      const row = b.page.getByRole('table', { name: 'SLO list' }).getByRole('row', { name: /embed-availability/ });
      await row.getByText('6 / 6 good').waitFor();
      await row.getByText(/page: 0(\.00)?×/).waitFor();
    });
    await b.step('monitoring-alert', async () => {
      const form = b.page.getByRole('form', { name: 'Create a signal monitor' });
      await form.getByLabel('Name').fill('busy-embed');
      await form.getByLabel('Metric').selectOption('tokens_in.mean');
      await form.getByLabel('Comparison').selectOption('>=');
      await form.getByLabel('Threshold').fill('0');
      await form.getByLabel('Minimum requests').fill('1');
      await form.getByLabel('Route (empty = all)').fill('embed-sim');
      await form.getByRole('button', { name: 'Save signal monitor' }).click();
      await b.page.getByRole('list', { name: 'Alert rules' }).getByText('busy-embed').waitFor();
      await b.page.getByRole('button', { name: 'Evaluate rules now' }).click();
      const alerts = b.page.getByRole('table', { name: 'Alert list' });
      const row = alerts.getByRole('row', { name: /busy-embed/ });
      await row.getByRole('cell', { name: 'firing', exact: true }).waitFor();
      await b.page.getByRole('region', { name: 'Alerts' }).getByLabel('State').selectOption('resolved');
      await until('no resolved alert', async () => (await alerts.count()) === 0);
      await b.page.getByRole('region', { name: 'Alerts' }).getByLabel('State').selectOption('firing');
      await row.waitFor();
    });
    await b.step('monitoring-silence', async () => {
      const form = b.page.getByRole('form', { name: 'Create a silence' });
      await form.getByLabel('Name').fill('quiet-embed');
      await form.getByLabel(/Matchers/).fill('rule=busy-embed');
      await form.getByRole('button', { name: 'Silence' }).click();
      const row = b.page.getByRole('table', { name: 'Silence list' }).getByRole('row', { name: /quiet-embed/ });
      await row.getByText('(active)').waitFor();
      await row.getByRole('button', { name: 'Expire silence quiet-embed' }).click();
      await row.getByText('(expired)').waitFor();
      const stored = await admin('GET', '/admin/alerts/silences/quiet-embed');
      assert.ok(stored.json.spec.ends_at <= Date.now());
    });
    await b.step('monitoring-drift', async () => {
      await b.page.getByRole('button', { name: 'Compute drift' }).click();
      const table = b.page.getByRole('table', { name: 'Drift results' });
      await table.getByRole('cell', { name: 'latency_ms', exact: true }).waitFor();
      // No traffic in the period before: every feature reports it has too little reference data.
      await table.getByRole('cell', { name: 'insufficient_data' }).first().waitFor();
    });
  },
);

test(
  'monitoring: a receiver, a drift monitor and an online evaluation created, edited and deleted',
  { skip: missing },
  async () => {
    const form = (name: string) => b.page.getByRole('form', { name });
    const list = (name: string) => b.page.getByRole('table', { name });
    await b.step('monitoring-receiver', async () => {
      await goto('Monitoring');
      const create = form('Create a receiver');
      await create.getByLabel('Name', { exact: true }).fill('ops-hook');
      await create.getByLabel('Type').selectOption('webhook');
      await create.getByLabel('URL').fill('http://127.0.0.1:9/lintel-alerts');
      await create.getByLabel(/HMAC secret/).fill('too-short');
      await create.getByRole('button', { name: 'Save receiver' }).click();
      await create
        .getByRole('alert')
        .getByText(/^secret: /)
        .waitFor();
      assert.equal((await admin('GET', '/admin/alerts/receivers/ops-hook')).status, 404);
      await create.getByLabel(/HMAC secret/).fill('a-long-enough-hmac-secret');
      await create.getByRole('button', { name: 'Save receiver' }).click();
      const row = list('Alert receivers list').getByRole('row', { name: /ops-hook/ });
      await row.getByText('http://127.0.0.1:9/…').waitFor();
      const stored = await admin('GET', '/admin/alerts/receivers/ops-hook');
      assert.equal(stored.status, 200, stored.text);
      assert.deepEqual(stored.json.spec, {
        name: 'ops-hook',
        type: 'webhook',
        url: 'http://127.0.0.1:9/…',
        secret: '(set)',
      });
    });
    await b.step('monitoring-drift-monitor', async () => {
      const create = form('Create a drift monitor');
      await create.getByLabel('Name', { exact: true }).fill('latency-drift');
      await create.getByLabel(/^Feature/).selectOption('latency_ms');
      await create.getByLabel(/^Method/).selectOption('ks');
      await create.getByLabel(/^Drift threshold/).fill('0.05');
      await create.getByLabel(/^Reference/).selectOption('trailing');
      await create.getByLabel('Trailing baseline (min)').fill('120');
      await create.getByLabel('Route (empty = all)').fill('embed-sim');
      await create.getByLabel(/^Receivers/).fill('ops-hook');
      await create.getByRole('button', { name: 'Save drift monitor' }).click();
      const row = list('Drift monitors list').getByRole('row', { name: /latency-drift/ });
      await row.getByRole('cell', { name: 'trailing 120 min' }).waitFor();
      await b.page
        .getByRole('list', { name: 'Alert rules' })
        .getByText(/drift of latency_ms/)
        .waitFor();
      await row.getByRole('button', { name: 'Edit drift monitor latency-drift' }).click();
      const edit = form('Edit drift monitor latency-drift');
      assert.equal(await edit.getByLabel('Name', { exact: true }).inputValue(), 'latency-drift');
      assert.equal(await edit.getByLabel('Trailing baseline (min)').inputValue(), '120');
      await edit.getByLabel('Severity').selectOption('page');
      await noSeriousAxe('monitoring with a definition being edited');
      await edit.getByRole('button', { name: 'Save drift monitor' }).click();
      await row.getByRole('cell', { name: 'page', exact: true }).waitFor();
      const stored = await admin('GET', '/admin/monitors/latency-drift');
      assert.equal(stored.status, 200, stored.text);
      const { kind, feature, method, drift_threshold, reference, severity, receivers, filter } = stored.json.spec;
      assert.deepEqual(
        { kind, feature, method, drift_threshold, reference, severity, receivers, filter },
        {
          kind: 'drift',
          feature: 'latency_ms',
          method: 'ks',
          drift_threshold: 0.05,
          reference: { type: 'trailing', minutes: 120 },
          severity: 'page',
          receivers: ['ops-hook'],
          filter: { route: 'embed-sim' },
        },
      );
    });
    await b.step('monitoring-online-eval', async () => {
      const create = form('Create an online evaluation');
      await create.getByLabel('Name', { exact: true }).fill('says-hello');
      await create.getByLabel('Route', { exact: true }).fill('embed-sim');
      await create.getByLabel('Sampling (% of answers)').fill('50');
      await create.getByRole('combobox', { name: /^Scorer/ }).selectOption('rule');
      await create.getByLabel(/^Scorer name/).fill('mentions-hello');
      await create.getByLabel('Must contain (comma-separated)').fill('hello');
      await create.getByRole('button', { name: 'Save online evaluation' }).click();
      const row = list('Online evaluations list').getByRole('row', { name: /says-hello/ });
      await row.getByRole('cell', { name: 'mentions-hello (rule)' }).waitFor();
      const stored = await admin('GET', '/admin/monitors/online-evals/says-hello');
      assert.equal(stored.status, 200, stored.text);
      assert.equal(stored.json.spec.sampling_rate, 0.5);
      assert.deepEqual(stored.json.spec.scorers, [{ type: 'rule', name: 'mentions-hello', contains: ['hello'] }]);
      await row.getByRole('button', { name: 'Edit online evaluation says-hello' }).click();
      const edit = form('Edit online evaluation says-hello');
      assert.equal(await edit.getByLabel('Must contain (comma-separated)').inputValue(), 'hello');
      await edit.getByLabel('Sampling (% of answers)').fill('25');
      await edit.getByRole('button', { name: 'Save online evaluation' }).click();
      await until(
        '25 %',
        async () => (await admin('GET', '/admin/monitors/online-evals/says-hello')).json.spec.sampling_rate === 0.25,
      );
      await row.getByRole('button', { name: 'Delete online evaluation says-hello' }).click();
      await b.page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
      await until('deleted', async () => (await list('Online evaluations list').count()) === 0);
      assert.equal((await admin('GET', '/admin/monitors/online-evals/says-hello')).status, 404);
    });
  },
);

test(
  'monitoring: a signal monitor and an SLO edited and deleted, unshown fields kept, the API refusal shown',
  { skip: missing },
  async () => {
    const form = (name: string) => b.page.getByRole('form', { name });
    const list = (name: string) => b.page.getByRole('table', { name });
    // Stored with fields the forms do not show (labels, receivers, a model filter): an edit keeps them.
    const monitor = await admin('PUT', '/admin/monitors/slow-embed', {
      kind: 'signal',
      metric: 'latency_ms.p95',
      threshold: 2000,
      filter: { route: 'embed-sim', model: 'sim/embed' },
      labels: { team: 'search' },
    });
    assert.equal(monitor.status, 201, monitor.text);
    const slo = await admin('PUT', '/admin/slos/embed-latency', {
      sli: 'latency',
      objective: 0.99,
      latency_threshold_ms: 500,
      description: 'embeddings answer fast',
      labels: { team: 'search' },
    });
    assert.equal(slo.status, 201, slo.text);
    await b.step('monitoring-signal-monitor-edit', async () => {
      // Away and back: the lists load afresh with the definitions stored through the API.
      await goto('Overview');
      await goto('Monitoring');
      const row = list('Signal monitors list').getByRole('row', { name: /slow-embed/ });
      await row.getByRole('cell', { name: 'latency_ms.p95 > 2000' }).waitFor();
      await row.getByRole('button', { name: 'Edit signal monitor slow-embed' }).click();
      const edit = form('Edit signal monitor slow-embed');
      assert.equal(await edit.getByLabel('Name', { exact: true }).inputValue(), 'slow-embed');
      assert.equal(await edit.getByLabel('Threshold').inputValue(), '2000');
      assert.equal(await edit.getByLabel('Route (empty = all)').inputValue(), 'embed-sim');
      await edit.getByLabel('Threshold').fill('1500');
      await edit.getByLabel('Severity').selectOption('page');
      await noSeriousAxe('monitoring with a signal monitor being edited');
      await edit.getByRole('button', { name: 'Save signal monitor' }).click();
      await row.getByRole('cell', { name: 'latency_ms.p95 > 1500' }).waitFor();
      const stored = await admin('GET', '/admin/monitors/slow-embed');
      const { threshold, severity, filter, labels } = stored.json.spec;
      assert.deepEqual(
        { threshold, severity, filter, labels },
        {
          threshold: 1500,
          severity: 'page',
          filter: { route: 'embed-sim', model: 'sim/embed' },
          labels: { team: 'search' },
        },
      );
    });
    await b.step('monitoring-slo-edit', async () => {
      const row = list('SLO list').getByRole('row', { name: /embed-latency/ });
      await row.getByRole('button', { name: 'Edit SLO embed-latency' }).click();
      const edit = form('Edit SLO embed-latency');
      assert.equal(await edit.getByLabel('Objective (%)').inputValue(), '99');
      // An emptied threshold: the API's refusal shows under the form and nothing changes.
      await edit.getByLabel(/^Latency threshold/).fill('');
      await edit.getByRole('button', { name: 'Save SLO' }).click();
      await edit
        .getByRole('alert')
        .getByText(/latency_threshold_ms/)
        .waitFor();
      assert.equal((await admin('GET', '/admin/slos/embed-latency')).json.spec.latency_threshold_ms, 500);
      await edit.getByLabel(/^Latency threshold/).fill('800');
      await edit.getByLabel('Objective (%)').fill('99.5');
      await edit.getByRole('button', { name: 'Save SLO' }).click();
      await row.getByRole('cell', { name: /^99\.5\s%$/ }).waitFor();
      const stored = (await admin('GET', '/admin/slos/embed-latency')).json.spec;
      assert.deepEqual(
        [stored.objective, stored.latency_threshold_ms, stored.description, stored.labels],
        [0.995, 800, 'embeddings answer fast', { team: 'search' }],
      );
    });
    await b.step('monitoring-delete', async () => {
      for (const [what, name, path, table] of [
        ['signal monitor', 'slow-embed', '/admin/monitors/slow-embed', 'Signal monitors list'],
        ['SLO', 'embed-latency', '/admin/slos/embed-latency', 'SLO list'],
      ]) {
        const row = list(table).getByRole('row', { name: new RegExp(name) });
        await row.getByRole('button', { name: `Delete ${what} ${name}` }).click();
        const dialog = b.page.getByRole('dialog', { name: `Delete the ${what} ${name}?` });
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        assert.equal((await admin('GET', path)).status, 200, `${name} kept after Cancel`);
        await row.getByRole('button', { name: `Delete ${what} ${name}` }).click();
        await dialog.getByRole('button', { name: 'Delete' }).click();
        await until(`${name} gone from the list`, async () => (await row.count()) === 0);
        assert.equal((await admin('GET', path)).status, 404, `${name} deleted`);
      }
      await list('SLO list')
        .getByRole('row', { name: /embed-availability/ })
        .waitFor();
    });
  },
);

test('requests: filter by route, guard outcome, tags and request id (server-side)', { skip: missing }, async () => {
  const tagged = new OpenAI({
    baseURL: `${h.url}/v1`,
    apiKey: h.key,
    maxRetries: 0,
    defaultHeaders: { 'x-lintel-tags': 'campaign=spring' },
  });
  for (let i = 0; i < 2; i++) {
    await tagged.chat.completions.create({ model: 'embed-sim', messages: [{ role: 'user', content: `tagged ${i}` }] });
  }
  await h.lintel.recorder?.flush();
  const rows = () => b.page.getByRole('table', { name: 'Requests' }).locator('tbody tr');
  const filters = () => b.page.getByRole('form', { name: 'Request filters' });
  await b.step('requests-route-tag', async () => {
    await goto('Requests');
    await filters().getByLabel('Route', { exact: true }).fill('embed-sim');
    await filters().getByRole('button', { name: 'Apply' }).click();
    await until('8 embed-sim requests', async () => (await rows().count()) === 8);
    for (const cell of await rows().locator('td:nth-child(4)').allTextContents()) assert.equal(cell, 'embed-sim');
    await filters().getByLabel(/^Tags/).fill('campaign=spring');
    await filters().getByRole('button', { name: 'Apply' }).click();
    await until('2 tagged requests', async () => (await rows().count()) === 2);
    assert.match(b.page.url(), /route=embed-sim/);
    assert.match(b.page.url(), /tag=campaign%3Dspring/);
    await noSeriousAxe('requests with filters');
  });
  await b.step('requests-guard-search', async () => {
    await filters().getByLabel('Guardrail outcome').selectOption('block');
    await filters().getByRole('button', { name: 'Apply' }).click();
    await b.page.getByText('Nothing here for this time range and filters yet.').waitFor();
    await filters().getByLabel('Guardrail outcome').selectOption('none');
    await filters().getByRole('button', { name: 'Apply' }).click();
    await until('2 rows again', async () => (await rows().count()) === 2);
    const id = (await rows().first().getByRole('button').textContent()) ?? '';
    await b.page.goto(`${h.url}/ui/#/requests?q=${encodeURIComponent(id.slice(4, 14))}`);
    await until('one row for the id fragment', async () => (await rows().count()) === 1);
    assert.equal(await rows().first().getByRole('button').textContent(), id);
    // The API's own refusal for a bad filter value is shown as it comes.
    await b.page.goto(`${h.url}/ui/#/requests?guard=blocked`);
    await b.page
      .getByRole('alert')
      .getByText(/guard: expected one of block, redact, flag, log, any, none/)
      .waitFor();
  });
});

test(
  'retrieval: create a collection, ingest a directory, search with explain, key versions',
  { skip: missing },
  async () => {
    await b.step('retrieval-ingest', async () => {
      await goto('Retrieval');
      const create = b.page.getByRole('form', { name: 'Create a collection' });
      await create.getByLabel('New collection').fill('handbook');
      await create.getByRole('button', { name: 'Create collection' }).click();
      await until(
        'the new collection shown',
        async () => (await b.page.getByTestId('collection-documents').textContent()) === '0',
      );
      const ingest = b.page.getByRole('form', { name: 'Ingest documents' });
      // A global key may read the node's own files, so the form offers both sources.
      assert.deepEqual(await ingest.getByLabel('Source').locator('option').allTextContents(), [
        'directory or file on the node',
        'URL',
      ]);
      await ingest.getByLabel('Path or URL').fill(corpus);
      await ingest.getByRole('button', { name: 'Start ingestion' }).click();
      // The run's panel appears once the API accepted the run; if it does not, say what the API answered.
      await b.page
        .getByRole('region', { name: 'Ingestion run' })
        .waitFor({ timeout: 30_000 })
        .catch((err) => {
          const answers = b.responses.filter((r) => r.url.includes('/admin/retrieval/'));
          throw new Error(`no ingestion run shown; retrieval API answers: ${JSON.stringify(answers.slice(-6))}`, {
            cause: err,
          });
        });
      await until(
        'ingestion completed',
        async () => (await b.page.getByTestId('job-state').textContent()) === 'completed',
      );
      await b.page.getByText(/2 added, 0 changed, 0 removed, 2 chunks/).waitFor();
      await until('2 documents', async () => (await b.page.getByTestId('collection-documents').textContent()) === '2');
      await b.page
        .getByRole('table', { name: 'Document list' })
        .getByRole('cell', { name: 'Refunds', exact: true })
        .waitFor();
      await noSeriousAxe('retrieval');
    });
    await b.step('retrieval-search', async () => {
      const search = b.page.getByRole('search', { name: 'Search the collection' });
      await search.getByLabel('Query').fill('refund');
      await search.getByRole('button', { name: 'Search' }).click();
      const results = b.page.getByRole('list', { name: 'Results' });
      await results.getByText('Refunds', { exact: true }).waitFor();
      assert.equal(await results.locator(':scope > li').count(), 1, 'only the refunds document matches');
      await results.getByText('Why this result').click();
      await results
        .getByRole('table', { name: 'Explanation' })
        .getByRole('cell', { name: 'refund', exact: true })
        .waitFor();
      assert.match(b.page.url(), /q=refund/);
    });
    await b.step('retrieval-keys', async () => {
      const memory = b.page.getByRole('region', { name: 'Learned keys (ERM memory)' });
      await memory.getByRole('button', { name: 'Commit current keys as a version' }).click();
      await memory.getByRole('cell', { name: 'v1 (active)' }).waitFor();
      await memory.getByRole('button', { name: 'Roll back to v0' }).click();
      await b.page.getByRole('dialog').getByRole('button', { name: 'Roll back' }).click();
      await memory.getByText('Rolled back from v1 to v0.').waitFor();
      await memory.getByRole('cell', { name: 'v0 (active)' }).waitFor();
    });
    await b.step('retrieval-eval', async () => {
      const form = b.page.getByRole('form', { name: 'Evaluate the search' });
      await form
        .getByLabel(/Judged queries/)
        .fill(
          [
            JSON.stringify({ query: 'refund purchase', relevant: ['refunds.md'] }),
            JSON.stringify({ query: 'warehouse', relevant: { 'shipping.md': 2 } }),
            JSON.stringify({ query: 'warehouse', relevant: ['refunds.md'] }),
          ].join('\n'),
        );
      await form.getByRole('button', { name: 'Evaluate' }).click();
      const summary = b.page.getByTestId('eval-summary');
      await summary.waitFor();
      assert.match(
        (await summary.textContent()) ?? '',
        /^3 queries · nDCG@10 0\.667 · recall@100 0\.667 · MRR@10 0\.667/,
      );
      const rows = b.page.getByRole('table', { name: 'Evaluation per query' }).locator('tbody tr');
      assert.deepEqual(await rows.nth(2).locator('td').allTextContents(), [
        'warehouse',
        '0.000',
        '0.000',
        '0.000',
        'shipping.md',
      ]);
      await noSeriousAxe('retrieval with an evaluation');
    });
  },
);

test('access: tenant and team limits and budgets edited in the UI', { skip: missing }, async () => {
  await b.step('access-tenant', async () => {
    await goto('Access');
    const tenants = b.page.getByRole('region', { name: 'Tenants' });
    await tenants.getByLabel('New tenant').fill('acme');
    await tenants.getByRole('button', { name: 'Create tenant' }).click();
    await tenants.getByRole('button', { name: 'Edit tenant acme' }).click();
    const form = b.page.getByRole('form', { name: 'Edit tenant acme' });
    await form.getByLabel('Budget (USD)').fill('50');
    await form.getByLabel('Requests per minute').fill('100');
    await form.getByRole('button', { name: 'Save' }).click();
    const row = b.page.getByRole('table', { name: 'Tenant list' }).getByRole('row', { name: /acme/ });
    await row.getByText(/\$50\.00 \/ month · 100 rpm/).waitFor();
    const stored = await admin('GET', '/admin/tenants/acme');
    assert.deepEqual(stored.json.budget, { usd: 50, period: 'month' });
    assert.equal(stored.json.limits.rpm, 100);
  });
  await b.step('access-team', async () => {
    await b.page.getByRole('button', { name: 'Teams of acme' }).click();
    const teams = b.page.getByRole('region', { name: 'Teams of acme' });
    const create = teams.getByRole('form', { name: 'Create a team in acme' });
    await create.getByLabel('Team name').fill('core');
    await create.getByLabel('Tokens per minute').fill('5000');
    await create.getByRole('button', { name: 'Create team' }).click();
    const row = teams.getByRole('table', { name: 'Team list of acme' }).getByRole('row', { name: /core/ });
    await row.getByText(/no budget · 5000 tpm/).waitFor();
    await row.getByRole('button', { name: 'Edit team core' }).click();
    const edit = teams.getByRole('form', { name: 'Edit team core' });
    await edit.getByLabel('Budget (USD)').fill('10');
    await edit.getByLabel('Budget period').selectOption('day');
    await edit.getByLabel('Tokens per minute').fill('');
    await edit.getByLabel(/Budget alerts at/).fill('40, 90%');
    await edit.getByRole('button', { name: 'Save' }).click();
    await row.getByText(/\$10\.00 \/ day$/).waitFor();
    assert.match(b.page.url(), /tenant=acme/);
    const stored = await admin('GET', '/admin/tenants/acme/teams/core');
    assert.deepEqual(stored.json.budget, { usd: 10, period: 'day', alert_thresholds: [0.4, 0.9] });
    assert.equal(stored.json.limits.tpm, null, 'an emptied field removes the limit');
    // The form shows the stored thresholds; thresholds the API refuses keep the form open with its error.
    await row.getByRole('button', { name: 'Edit team core' }).click();
    const again = teams.getByRole('form', { name: 'Edit team core' });
    assert.equal(await again.getByLabel(/Budget alerts at/).inputValue(), '40, 90');
    await again.getByLabel(/Budget alerts at/).fill('90, 40');
    await again.getByRole('button', { name: 'Save' }).click();
    await again.getByText(/alert_thresholds/).waitFor();
    await again.getByRole('button', { name: 'Cancel' }).click();
    const unchanged = await admin('GET', '/admin/tenants/acme/teams/core');
    assert.deepEqual(unchanged.json.budget.alert_thresholds, [0.4, 0.9]);
    await noSeriousAxe('access with tenants and teams');
  });
});

test(
  'a global auditor sees the new pages without mutation buttons; the API refuses forced calls',
  { skip: missing },
  async () => {
    const auditor = await admin('POST', '/admin/keys', { name: 'reviewer', role: 'auditor' });
    assert.equal(auditor.status, 201, auditor.text);
    await signIn(auditor.json.key);
    const mutations = [
      'Register model',
      'Register version',
      'Promote',
      'Check gate',
      'Run evaluation',
      'Edit card',
      'Roll back',
      'Save SLO',
      'Save signal monitor',
      'Evaluate rules now',
      'Silence',
      'Create collection',
      'Start ingestion',
      'Commit current keys as a version',
      'Analyze now',
      'Promote candidate',
      'Upload dataset',
      'Start deployment',
      'Save drift monitor',
      'Save receiver',
      'Save online evaluation',
    ];
    // An active deployment, open in the URL: its promote / analyze / roll back buttons are what to hide.
    const live = await admin('POST', '/admin/deployments', {
      route: 'support',
      strategy: 'canary',
      candidate: 3,
      weight: 0.1,
    });
    assert.equal(live.status, 201, live.text);
    const pages: [string, () => Promise<void>][] = [
      [
        'Models & lifecycle',
        async () => {
          await b.page.goto(`${h.url}/ui/#/models?dep=${live.json.id}`);
          await b.page.getByRole('table', { name: 'Runs' }).waitFor();
          const detail = b.page.getByRole('region', { name: `Deployment ${live.json.id}` });
          assert.equal(await detail.getByTestId('deployment-state').textContent(), 'active');
        },
      ],
      ['Monitoring', () => b.page.getByRole('table', { name: 'SLO list' }).waitFor()],
      ['Retrieval', () => b.page.getByRole('table', { name: 'Memory versions' }).waitFor()],
    ];
    for (const [title, loaded] of pages) {
      await b.step(`auditor-${title}`, async () => {
        await goto(title);
        await loaded();
        for (const name of mutations) {
          assert.equal(await b.page.getByRole('button', { name, exact: true }).count(), 0, `${title}: no "${name}"`);
        }
        assert.equal(await b.page.getByRole('button', { name: /^Expire silence/ }).count(), 0);
        assert.equal(await b.page.getByRole('button', { name: /^Roll back to/ }).count(), 0);
        const edits = /^(Edit|Delete) (drift monitor|receiver|signal monitor|SLO) /;
        assert.equal(await b.page.getByRole('button', { name: edits }).count(), 0);
      });
    }
    // The same calls forced from the page (with the session's CSRF token) are refused by the API.
    const forced = (await b.page.evaluate(`(async () => {
    const s = await (await fetch('/console/api/session')).json();
    const call = async (method, path, body) => {
      const r = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': s.csrf_token },
        body: JSON.stringify(body),
      });
      return [path, r.status, (await r.json()).error?.code ?? null];
    };
    return [
      await call('POST', '/admin/models', { name: 'forced' }),
      await call('PUT', '/admin/models/support/aliases/champion', { version: 1 }),
      await call('POST', '/admin/evals', { model: 'support', version: 1, dataset: 'codewords', scorers: [{ type: 'contains' }] }),
      await call('PUT', '/admin/slos/forced', { sli: 'availability', objective: 0.9 }),
      await call('PUT', '/admin/alerts/silences/quiet-embed', { matchers: { rule: 'x' }, ends_at: 1 }),
      await call('POST', '/admin/retrieval/collections', { name: 'forced' }),
      await call('POST', '/admin/retrieval/collections/handbook/keys/rollback', { version: 1 }),
      await call('POST', '/admin/datasets', { name: 'forced', jsonl: '{"vars": {"a": 1}}' }),
      await call('POST', '/admin/deployments', { route: 'support', strategy: 'canary', candidate: 3, weight: 0.5 }),
      await call('PUT', '/admin/alerts/receivers/forced', { type: 'webhook', url: 'http://127.0.0.1:9/x' }),
      await call('DELETE', '/admin/monitors/latency-drift'),
      await call('DELETE', '/admin/slos/embed-availability'),
    ];
  })()`)) as [string, number, string | null][];
    for (const [path, status, code] of forced) {
      assert.equal(status, 403, `${path} refused`);
      assert.equal(code, 'permission_denied', path);
    }
    assert.equal((await admin('GET', '/admin/models')).json.data.length, 1, 'nothing was created');
    assert.equal((await admin('GET', '/admin/monitors/latency-drift')).status, 200, 'nothing was deleted');
    assert.equal((await admin('GET', '/admin/slos/embed-availability')).status, 200, 'nothing was deleted');
  },
);

test(
  "a tenant's admin is offered URL sources only (node files are for global keys; the API says 403)",
  { skip: missing },
  async () => {
    assert.equal((await admin('POST', '/admin/tenants', { name: 'shop' })).status, 201);
    const key = await admin('POST', '/admin/keys', { name: 'shop-admin', tenant: 'shop', role: 'admin' });
    assert.equal(key.status, 201, key.text);
    const created = await call(h.url, 'POST', '/admin/retrieval/collections', key.json.key, { name: 'manuals' });
    assert.equal(created.status, 201, created.text);
    await signIn(key.json.key);
    await goto('Retrieval');
    const ingest = b.page.getByRole('form', { name: 'Ingest documents' });
    await ingest.waitFor();
    assert.deepEqual(await ingest.getByLabel('Source').locator('option').allTextContents(), ['URL']);
    await ingest.getByLabel('URL', { exact: true }).waitFor();
    const refused = await call(h.url, 'POST', '/admin/retrieval/collections/manuals/ingest', key.json.key, {
      sources: [{ kind: 'files', path: corpus }],
    });
    assert.equal(refused.status, 403, refused.text);
  },
);

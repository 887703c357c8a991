// The console end to end in Chromium, as a global admin: sign in; the overview fills with traffic sent by the
// OpenAI SDK; a request and its explanation; a key created in the UI works from the SDK; a budget's burn-down
// moves; the kill switch turns SDK calls into 503 and back; guard "try it"; audit Verify passes, then fails
// naming the tampered sequence; security (cookie flags, CSRF, CSP, sign-out, no key in the page); axe-core.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import OpenAI from 'openai';
import { request } from 'undici';
import { createMonitoringArea } from '../monitoring/area.ts';
import { AREAS } from '../server/areas.ts';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';
import { type BrowserSession, chromiumMissing, openBrowser } from './testing/browser.ts';
import { disableAuditTriggers } from '../governance/testing.ts';
import { uiDir } from './static.ts';

const missing = chromiumMissing() || (uiDir() ? false : 'the console is not built (node scripts/ensure-ui.mjs)');
let h: Harness;
let b: BrowserSession;
let sdk: OpenAI;
let createdKey = '';
let createdKeyId = '';
// Monitoring flushed by the test (its rollups feed the overview percentiles and the guardrail hits).
const monitoring = createMonitoringArea({ flushIntervalMs: 0, evaluateIntervalMs: 0 });

const chat = (client: OpenAI, content = 'hello there') =>
  client.chat.completions.create({ model: 'demo', messages: [{ role: 'user', content }] });

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function goto(page: string) {
  await b.page.getByRole('link', { name: page, exact: true }).click();
  await b.page.getByRole('heading', { level: 1, name: page }).waitFor();
}

async function noSeriousAxe(where: string) {
  const v = await b.axe();
  assert.deepEqual(v, [], `${where}: ${JSON.stringify(v)}`);
}

before(async () => {
  if (missing) return;
  h = await startHarness(
    (u) => `${simProviders(u)}
recording: { flush_interval_ms: 20, bodies: true }
audit: { checkpoint_every: 5 }
cost:
  prices:
    - { model: m, effectiveFrom: '2020-01-01', inputPerMTok: 100, outputPerMTok: 100 }
routes:
  - model: demo
    guardrails: [default]
    targets: [{ provider: sim, model: m }]
`,
    { runtime: { areas: AREAS.map((a) => (a.name === 'monitoring' ? monitoring : a)) } },
  );
  sdk = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: h.key, maxRetries: 0 });
  for (let i = 0; i < 6; i++) await chat(sdk);
  await until('6 records', async () => h.records.length >= 6);
  await h.lintel.recorder?.flush();
  await monitoring.service?.flush(true);
  b = await openBrowser('console');
});
after(async () => {
  await b?.close();
  await h?.close();
});

test('sign in with the master key; the overview shows the SDK traffic', { skip: missing }, async () => {
  await b.step('signin', async () => {
    await b.page.goto(`${h.url}/ui/`);
    await b.page.getByLabel(/Lintel key/).fill(h.key);
    await b.page.getByRole('button', { name: 'Sign in' }).click();
    await b.page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  });
  await b.step('overview', async () => {
    const requests = b.page.locator('.stat', { hasText: 'Requests' }).locator('.stat-value');
    await until('6 requests on the overview', async () => (await requests.textContent()) === '6');
    // Percentiles from the merged monitoring sketches of all 6 requests.
    assert.match((await b.page.getByText(/Latency percentiles over all 6 requests/).textContent()) ?? '', /sketches/);
    const p50 = b.page.locator('.stat', { hasText: 'p50 latency' }).locator('.stat-value');
    assert.match((await p50.textContent()) ?? '', /^\d[\d,]* ms$/);
    await b.page.getByRole('region', { name: 'Top models' }).getByRole('cell', { name: 'm', exact: true }).waitFor();
    await b.page.locator('.chart canvas').first().waitFor();
    await noSeriousAxe('overview');
  });
});

test('open a request and its explanation (deep link in the URL)', { skip: missing }, async () => {
  await b.step('request-drawer', async () => {
    await goto('Requests');
    const first = b.page.getByRole('table', { name: 'Requests' }).locator('tbody tr').first().getByRole('button');
    const id = (await first.textContent()) ?? '';
    await first.click();
    const drawer = b.page.getByRole('complementary', { name: `Request ${id}` });
    await drawer.waitFor();
    assert.match(b.page.url(), new RegExp(`id=${id}`));
    await drawer.getByText('"steps"').waitFor();
    await drawer.getByText('sim/m').first().waitFor();
    await noSeriousAxe('requests with drawer');
    // The same view from its link alone.
    await b.page.goto(b.page.url());
    await b.page.getByRole('complementary', { name: `Request ${id}` }).waitFor();
    await b.page.getByRole('button', { name: 'Close request details' }).click();
  });
});

test('create a key in the UI (shown once) and use it from the SDK', { skip: missing }, async () => {
  await b.step('create-key', async () => {
    await goto('Access');
    const form = b.page.getByRole('form', { name: 'Create a key' });
    await form.getByLabel('Name').fill('sdk-key');
    await form.getByRole('button', { name: 'Create key' }).click();
    createdKey = (await b.page.getByTestId('new-key').textContent()) ?? '';
    assert.match(createdKey, /^lk-/);
    await noSeriousAxe('access');
    const row = b.page.getByRole('row', { name: /sdk-key/ });
    createdKeyId = (await row.locator('code').first().textContent()) ?? '';
    await b.page.getByRole('button', { name: 'Done' }).click();
    assert.equal(await b.page.getByTestId('new-key').count(), 0, 'the key is not shown again');
  });
  const client = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: createdKey, maxRetries: 0 });
  const r = await chat(client);
  assert.ok(r.choices[0].message.content);
});

test('set a budget on the key and see its burn-down move with traffic', { skip: missing }, async () => {
  await b.step('budget', async () => {
    await b.page.getByRole('button', { name: 'Edit sdk-key' }).click();
    const form = b.page.getByRole('form', { name: 'Edit key sdk-key' });
    await form.getByLabel('Budget (USD)').fill('1');
    await form.getByLabel('Budget period').selectOption('day');
    await form.getByRole('button', { name: 'Save' }).click();
    await b.page.getByRole('cell', { name: /\$1\.00 \/ day/ }).waitFor();
    await goto('Cost & budgets');
    const burn = b.page.getByTestId(`burn-${createdKeyId}`);
    await burn.waitFor();
    const before = (await burn.textContent()) ?? '';
    assert.match(before, /\$0\.00 of \$1\.00/);
    const client = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: createdKey, maxRetries: 0 });
    for (let i = 0; i < 3; i++) await chat(client, 'a somewhat longer prompt so the spend is visible '.repeat(20));
    await until('the burn-down to move', async () => {
      const now = (await burn.textContent()) ?? '';
      return now !== before && !/\$0\.00 of/.test(now);
    });
  });
  await b.step('budget-tenant-team', async () => {
    // A tenant and a team with budgets: their burn-downs move with the traffic of a key in the team, and the
    // marks are the thresholds the server alerts at (the team's its own, the tenant's the default).
    const admin = (method: string, path: string, body: unknown) =>
      request(`${h.url}${path}`, {
        method: method as 'POST',
        headers: { authorization: `Bearer ${h.key}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.statusCode, json: (await r.body.json()) as { key?: string } }));
    assert.equal(
      (await admin('POST', '/admin/tenants', { name: 'burnco', budget: { usd: 2, period: 'month' } })).status,
      201,
    );
    const team = await admin('POST', '/admin/tenants/burnco/teams', {
      name: 'web',
      budget: { usd: 1, period: 'day', alert_thresholds: [0.25, 0.9] },
    });
    assert.equal(team.status, 201);
    const key = await admin('POST', '/admin/keys', { name: 'burn-web', tenant: 'burnco', team: 'web' });
    await goto('Cost & budgets');
    const tenantBurn = b.page.getByTestId('burn-tenant-burnco');
    const teamBurn = b.page.getByTestId('burn-team-burnco-web');
    await tenantBurn.waitFor();
    await teamBurn.waitFor();
    assert.match((await tenantBurn.textContent()) ?? '', /\$0\.00 of \$2\.00 per month/);
    assert.equal(await tenantBurn.locator('.tick').count(), 3);
    assert.deepEqual(await teamBurn.locator('.tick').evaluateAll((ts) => ts.map((t) => t.getAttribute('data-t'))), [
      '0.25',
      '0.9',
    ]);
    assert.match((await teamBurn.textContent()) ?? '', /alerts at 25.*90/);
    assert.match((await tenantBurn.textContent()) ?? '', /alerts at 50.*80.*100/);
    const client = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: String(key.json.key), maxRetries: 0 });
    for (let i = 0; i < 3; i++) await chat(client, 'a somewhat longer prompt so the spend is visible '.repeat(20));
    await until('the tenant and team burn-downs to move', async () => {
      const t = (await tenantBurn.textContent()) ?? '';
      const w = (await teamBurn.textContent()) ?? '';
      return !/\$0\.00 of/.test(t) && !/\$0\.00 of/.test(w);
    });
    await noSeriousAxe('cost-budgets');
  });
});

test(
  'kill switch: stop the route with a reason and confirmation, the SDK gets 503, resume unblocks',
  { skip: missing },
  async () => {
    await b.step('kill-switch', async () => {
      await goto('Routes & models');
      await b.page.getByRole('cell', { name: 'sim/m' }).waitFor();
      const form = b.page.getByRole('form', { name: 'Stop traffic' });
      await form.getByLabel('Target').fill('demo');
      await form.getByLabel('Reason (required)').fill('incident 42');
      await form.getByRole('button', { name: 'Stop traffic…' }).click();
      const dialog = b.page.getByRole('dialog', { name: /Stop all traffic to route “demo”/ });
      await dialog.waitFor();
      await noSeriousAxe('kill switch dialog');
      await dialog.getByRole('button', { name: 'Stop traffic' }).click();
      await b.page.getByRole('table', { name: 'Active stops' }).getByRole('cell', { name: 'incident 42' }).waitFor();
    });
    await until('the SDK to get 503', async () => {
      try {
        await chat(sdk);
        return false;
      } catch (err) {
        return (err as { status?: number }).status === 503;
      }
    });
    await b.step('resume', async () => {
      await b.page.getByRole('button', { name: 'Resume route demo' }).click();
      await b.page.getByText('Nothing is stopped.').waitFor();
    });
    await until('the SDK to succeed again', async () => {
      try {
        await chat(sdk);
        return true;
      } catch {
        return false;
      }
    });
  },
);

test('guardrails "try it" highlights a detection', { skip: missing }, async () => {
  await b.step('guard-try-it', async () => {
    await goto('Guardrails');
    const box = b.page.getByRole('region', { name: 'Try it' });
    await box.getByLabel('Text').fill('Please write to bob@example.com today');
    await box.getByRole('button', { name: 'Scan' }).click();
    const result = b.page.getByTestId('scan-result');
    await result.getByText(/Flagged|Blocked/).waitFor();
    assert.equal(await result.locator('mark').first().textContent(), 'bob@example.com');
    await noSeriousAxe('guardrails');
  });
  await b.step('guardrail-hits', async () => {
    // A flag (an e-mail address) and a redaction (a secret) through the guarded route: charted by action.
    const since = h.records.length;
    await chat(sdk, 'please mail bob@example.com the summary');
    await chat(sdk, 'my key is AKIAIOSFODNN7EXAMPLE, keep it safe');
    await until('2 more records', async () => h.records.length >= since + 2);
    await h.lintel.recorder?.flush();
    await monitoring.service?.flush(true);
    await b.page.reload();
    const table = b.page.getByRole('region', { name: 'Hits by guard and action' });
    await table.getByRole('cell', { name: 'flag', exact: true }).first().waitFor();
    await table.getByRole('cell', { name: 'redact', exact: true }).first().waitFor();
    await b.page.locator('.chart canvas').first().waitFor();
    const samples = b.page.getByRole('region', { name: 'Sample requests with hits' });
    const text = (await samples.textContent()) ?? '';
    assert.match(text, /pii:flag/);
    assert.ok(!text.includes('bob@example.com') && !text.includes('AKIAIOSFODNN7EXAMPLE'), 'values masked');
    await noSeriousAxe('guardrails with hits');
  });
});

test(
  'audit: Verify passes, then fails naming the sequence after the database is tampered with',
  { skip: missing },
  async () => {
    await b.step('audit-verify-ok', async () => {
      await goto('Audit');
      await b.page.getByRole('table', { name: 'Audit events' }).waitFor();
      await b.page.getByRole('button', { name: 'Verify audit log' }).click();
      await b.page.getByTestId('verify-result').getByText('Verified: the log is intact.').waitFor();
      await noSeriousAxe('audit');
    });
    // The table refuses updates through triggers: a tamperer with database access drops them, then rewrites an event.
    await disableAuditTriggers(h.lintel.database);
    await sql`UPDATE audit_events SET actor = 'mallory' WHERE seq = 3`.execute(h.lintel.database.db);
    await b.step('audit-verify-tampered', async () => {
      await b.page.getByRole('button', { name: 'Verify audit log' }).click();
      await b.page.getByTestId('verify-result').getByText('Verification FAILED at sequence 3').waitFor();
    });
  },
);

test(
  'playground: a prompt streams live through the gateway, then tokens, cost and decisions',
  { skip: missing },
  async () => {
    await b.step('playground', async () => {
      await goto('Playground');
      const form = b.page.getByRole('form', { name: 'Prompt' });
      await form.getByLabel('Model').selectOption('demo');
      await form.getByLabel('Prompt').fill('Hello from the playground');
      await form.getByRole('button', { name: 'Send' }).click();
      const details = b.page.getByRole('region', { name: 'Call details' });
      await details.waitFor();
      assert.match((await b.page.getByTestId('playground-output').textContent()) ?? '', /Hello from the playground/);
      assert.match((await details.textContent()) ?? '', /\$0\.\d+/);
      await noSeriousAxe('playground');
    });
    await b.step('narrow-window', async () => {
      await b.page.setViewportSize({ width: 420, height: 800 });
      await goto('Overview');
      await b.page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Requests' }).waitFor();
      await noSeriousAxe('overview, narrow');
      await b.page.setViewportSize({ width: 1280, height: 800 });
    });
  },
);

test(
  'security: cookie flags, CSP, CSRF refusal, no key in the page, sign-out ends the session server-side',
  { skip: missing },
  async () => {
    const cookies = await b.context.cookies(h.url);
    const session = cookies.find((c) => c.name === 'lintel_session');
    assert.ok(session);
    assert.equal(session.httpOnly, true);
    assert.equal(session.sameSite, 'Strict');
    assert.ok(session.expires > Date.now() / 1000 + 3600, 'the cookie has an expiry');
    assert.equal(session.secure, false, 'plain HTTP here; Secure is set over TLS');

    const index = await request(`${h.url}/ui/`);
    const csp = String(index.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(index.headers['cache-control'], 'no-cache');
    const html = await index.body.text();
    const scripts = [...html.matchAll(/src="(\/ui\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    assert.ok(scripts.length > 0);
    assert.doesNotMatch(html, /<script>(?!<\/script>)|<script(?![^>]*\bsrc=)[^>]*>/, 'no inline scripts');
    const asset = await request(`${h.url}${scripts[0]}`);
    assert.match(String(asset.headers['cache-control']), /max-age=31536000, immutable/);
    const js = await asset.body.text();

    // Refused without the CSRF token, from the signed-in page itself.
    const status = await b.page.evaluate(async () => {
      const r = await fetch('/admin/keys', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"name":"x"}',
      });
      return r.status;
    });
    assert.equal(status, 403);

    // Evaluated in the page (a string: this file is compiled without the DOM types).
    const storage = String(
      await b.page.evaluate('JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })'),
    );
    const dom = await b.page.content();
    for (const secret of [h.key, createdKey]) {
      assert.ok(!storage.includes(secret), 'no key in web storage');
      assert.ok(!dom.includes(secret), 'no key in the page');
      assert.ok(!js.includes(secret), 'no key in the JS');
      assert.ok(!html.includes(secret), 'no key in the HTML');
    }

    await b.step('sign-out', async () => {
      await b.page.getByRole('button', { name: 'Sign out' }).click();
      await b.page.getByRole('button', { name: 'Sign in' }).waitFor();
    });
    const copied = await request(`${h.url}/admin/whoami`, { headers: { cookie: `lintel_session=${session.value}` } });
    await copied.body.dump();
    assert.equal(copied.statusCode, 401, 'the old cookie no longer works anywhere');
    await noSeriousAxe('sign-in page');
  },
);

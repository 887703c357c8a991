// Roles and tenants in the browser: a tenant auditor sees logs and audit but no key management; a developer
// sees only its own keys and usage; another tenant's data never reaches the page (checked on every API
// response the page received, not only on what is rendered); single sign-on through a real OpenID Connect
// provider maps a user's claims to a tenant auditor who sees only that tenant.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import OpenAI from 'openai';
import { request } from 'undici';
import { type Harness, simProviders, startHarness } from '../testing/harness.ts';
import { type BrowserSession, chromiumMissing, openBrowser } from './testing/browser.ts';
import { startIdp, type TestIdp } from './testing/oidc-provider.ts';
import { uiDir } from './static.ts';

const missing = chromiumMissing() || (uiDir() ? false : 'the console is not built (node scripts/ensure-ui.mjs)');
let h: Harness;
let idp: TestIdp;
let b: BrowserSession;
const keys: Record<string, { id: string; key: string }> = {};
/** Strings that identify the other tenant's or the other developer's data. */
let foreign: string[] = [];

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

async function admin(method: string, path: string, body?: unknown) {
  const r = await request(`${h.url}${path}`, {
    method: method as 'POST',
    headers: { authorization: `Bearer ${h.key}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await r.body.json()) as { id: string; key: string };
}

async function signInWithKey(key: string) {
  await b.context.clearCookies();
  await b.page.goto(`${h.url}/ui/`);
  await b.page.getByLabel(/Lintel key/).fill(key);
  await b.page.getByRole('button', { name: 'Sign in' }).click();
  await b.page.getByRole('button', { name: 'Sign out' }).waitFor();
}

function assertNoForeignData(who: string, allow: string[] = []) {
  assert.ok(b.responses.length > 0, 'the page made API calls');
  for (const r of b.responses) {
    for (const f of foreign.filter((x) => !allow.includes(x))) {
      assert.ok(!r.body.includes(f), `${who}: ${r.url} returned foreign data (${f})`);
    }
  }
}

const navLinks = async () =>
  (await b.page.getByRole('navigation', { name: 'Pages' }).getByRole('link').allTextContents()).sort();

before(async () => {
  if (missing) return;
  const port = await freePort();
  const redirect = `http://127.0.0.1:${port}/console/oidc/callback`;
  idp = await startIdp({
    clientId: 'lintel-console',
    clientSecret: 'console-secret-0123456789',
    redirectUri: redirect,
    users: {
      ann: { email: 'ann@acme.test', groups: ['staff', 'acme-auditors'], lintel_tenant: 'acme' },
      dan: { email: 'dan@acme.test', groups: ['acme-devs'], lintel_tenant: 'acme' },
    },
  });
  h = await startHarness(
    (u) => `${simProviders(u)}
recording: { flush_interval_ms: 20 }
console:
  oidc:
    issuer: ${idp.issuer}
    client_id: lintel-console
    client_secret: console-secret-0123456789
    redirect_uri: ${redirect}
    role_map: { acme-auditors: auditor, acme-devs: developer }
routes:
  - model: demo
    targets: [{ provider: sim, model: m }]
`,
    { runtime: { port } },
  );
  for (const t of ['acme', 'globex']) await admin('POST', '/admin/tenants', { name: t });
  for (const [name, tenant, role] of [
    ['acme-auditor', 'acme', 'auditor'],
    ['acme-dev', 'acme', 'developer'],
    ['acme-dev2', 'acme', 'developer'],
    ['globex-dev', 'globex', 'developer'],
  ] as const) {
    keys[name] = await admin('POST', '/admin/keys', { name, tenant, role });
  }
  for (const name of ['acme-dev', 'acme-dev2', 'globex-dev']) {
    const sdk = new OpenAI({ baseURL: `${h.url}/v1`, apiKey: keys[name].key, maxRetries: 0 });
    for (let i = 0; i < 2; i++)
      await sdk.chat.completions.create({ model: 'demo', messages: [{ role: 'user', content: 'hi' }] });
  }
  await h.lintel.recorder?.flush();
  const globexRequests = h.records.filter((r) => r.tenant === 'globex').map((r) => r.id);
  assert.equal(globexRequests.length, 2);
  foreign = [keys['globex-dev'].id, ...globexRequests, '"tenant":"globex"'];
  b = await openBrowser('roles');
});
after(async () => {
  await b?.close();
  await h?.close();
  await idp?.close();
});

test('a tenant auditor: logs and audit, no key management, nothing of another tenant', { skip: missing }, async () => {
  await b.step('auditor', async () => {
    await signInWithKey(keys['acme-auditor'].key);
    assert.deepEqual(await navLinks(), [
      'Audit',
      'Cost & budgets',
      'Guardrails',
      'Overview',
      'Playground',
      'Requests',
      'Retrieval',
      'Routes & models',
    ]);
    await b.page.locator('.stat', { hasText: 'Requests' }).locator('.stat-value').getByText('4').waitFor();
    await b.page.getByRole('link', { name: 'Requests', exact: true }).click();
    await b.page.locator('table[aria-label="Requests"] tbody tr').nth(3).waitFor();
    assert.equal(await b.page.locator('table[aria-label="Requests"] tbody tr').count(), 4, 'acme only');
    await b.page.getByRole('link', { name: 'Audit', exact: true }).click();
    await b.page.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();
    assert.equal(await b.page.getByRole('button', { name: 'Verify audit log' }).count(), 0, 'verification is global');
    // A deep link to a page the role lacks falls back to one it has.
    await b.page.goto(`${h.url}/ui/#/access`);
    await b.page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    assert.equal(await b.page.getByText('Create a key').count(), 0);
  });
  assertNoForeignData('auditor');
  await b.step('auditor-refused', async () => {
    // Asking for the other tenant shows the API's own refusal.
    await b.page.goto(`${h.url}/ui/#/requests?tenant=globex`);
    await b.page.getByRole('alert').getByText('The calling key may not read tenant "globex".').waitFor();
  });
});

test('a developer: only its own keys and usage', { skip: missing }, async () => {
  b.responses.length = 0;
  await b.step('developer', async () => {
    await signInWithKey(keys['acme-dev'].key);
    assert.deepEqual(await navLinks(), ['Access', 'Cost & budgets', 'Overview', 'Playground', 'Requests']);
    await b.page.getByRole('link', { name: 'Access', exact: true }).click();
    const table = b.page.getByRole('region', { name: 'Keys' }).getByRole('table');
    await table.getByRole('cell', { name: 'acme-dev', exact: true }).waitFor();
    assert.equal(await table.locator('tbody tr').count(), 1, 'its own key only');
    await b.page.getByRole('link', { name: 'Requests', exact: true }).click();
    await b.page.locator('table[aria-label="Requests"] tbody tr').nth(1).waitFor();
    assert.equal(await b.page.locator('table[aria-label="Requests"] tbody tr').count(), 2);
  });
  foreign.push(keys['acme-dev2'].id);
  assertNoForeignData('developer');
});

test('single sign-on (OIDC, code + PKCE) as a tenant auditor sees only that tenant', { skip: missing }, async () => {
  b.responses.length = 0;
  await b.context.clearCookies();
  await b.step('oidc-login', async () => {
    await b.page.goto(`${h.url}/ui/`);
    await b.page.getByRole('link', { name: 'Single sign-on' }).click();
    await b.page.locator('input[name="login"]').fill('ann');
    await b.page.locator('input[name="password"]').fill('any');
    await b.page.getByRole('button', { name: 'Sign-in' }).click();
    await b.page.getByRole('button', { name: 'Continue' }).click();
    await b.page.getByRole('button', { name: 'Sign out' }).waitFor();
    await b.page.getByText('ann@acme.test').waitFor();
    await b.page.getByText('tenant acme').waitFor();
  });
  await b.step('oidc-overview', async () => {
    await b.page.locator('.stat', { hasText: 'Requests' }).locator('.stat-value').getByText('4').waitFor();
    const who = String(await b.page.evaluate("fetch('/admin/whoami').then((r) => r.text())"));
    assert.deepEqual((({ role, tenant, key_id }) => ({ role, tenant, key_id }))(JSON.parse(who)), {
      role: 'auditor',
      tenant: 'acme',
      key_id: 'sso:ann@acme.test',
    });
    assert.ok(!(await navLinks()).includes('Access'));
    assert.ok(!(await navLinks()).includes('Playground'), 'an SSO session holds no key to call the gateway with');
  });
  // The sign-in is an audit event naming the SSO user.
  const events = await request(`${h.url}/admin/audit/events?action=console.signin`, {
    headers: { authorization: `Bearer ${h.key}` },
  });
  const signins = ((await events.body.json()) as { data: { actor: string; tenant: string | null }[] }).data;
  assert.ok(signins.some((e) => e.actor === 'sso:ann@acme.test' && e.tenant === 'acme'));
  const session = (await b.context.cookies(h.url)).find((c) => c.name === 'lintel_session');
  assert.equal(session?.httpOnly, true);
  assert.equal(session?.sameSite, 'Strict');
  assertNoForeignData('sso auditor', [keys['acme-dev2'].id]); // same tenant: an auditor may see it
});

test(
  'single sign-on as a developer: a key of its own, the Playground through the gateway, tenant limits apply',
  { skip: missing },
  async () => {
    b.responses.length = 0;
    await b.context.clearCookies();
    const ssoSignIn = async (login: string) => {
      await b.page.goto(`${h.url}/ui/`);
      await b.page.getByRole('link', { name: 'Single sign-on' }).click();
      await b.page.locator('input[name="login"]').fill(login);
      await b.page.locator('input[name="password"]').fill('any');
      await b.page.getByRole('button', { name: 'Sign-in' }).click();
      await b.page.getByRole('button', { name: 'Continue' }).click();
      await b.page.getByRole('button', { name: 'Sign out' }).waitFor();
    };
    const whoami = async () =>
      JSON.parse(String(await b.page.evaluate("fetch('/admin/whoami').then((r) => r.text())"))) as {
        role: string;
        tenant: string;
        key_id: string;
      };
    let keyId = '';
    await b.step('oidc-developer-login', async () => {
      await ssoSignIn('dan');
      await b.page.getByText('dan@acme.test').waitFor();
      const who = await whoami();
      assert.equal(who.role, 'developer');
      assert.equal(who.tenant, 'acme');
      assert.match(who.key_id, /^key_/, 'the SSO developer acts as a developer key of its own');
      keyId = who.key_id;
      assert.ok((await navLinks()).includes('Playground'));
    });
    const form = b.page.getByRole('form', { name: 'Prompt' });
    const send = async (prompt: string) => {
      await form.getByLabel('Prompt').fill(prompt);
      await form.getByRole('button', { name: 'Send' }).click();
    };
    await b.step('oidc-developer-playground', async () => {
      await b.page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Playground' }).click();
      await form.getByLabel('Model').selectOption('demo');
      await send('Hello from single sign-on');
      await b.page.getByRole('region', { name: 'Call details' }).waitFor();
      assert.match((await b.page.getByTestId('playground-output').textContent()) ?? '', /Hello from single sign-on/);
    });
    // The call went through the gateway as that key, in the user's tenant, under a key named for the user.
    let record = h.records.find((r) => r.keyId === keyId);
    for (let i = 0; !record && i < 200; i++) {
      await new Promise((r) => setTimeout(r, 25));
      record = h.records.find((r) => r.keyId === keyId);
    }
    assert.equal(record?.tenant, 'acme');
    const own = (await admin('GET', `/admin/keys/${keyId}`)) as unknown as {
      name: string;
      role: string;
      tenant: string;
    };
    assert.deepEqual([own.name, own.role, own.tenant], ['sso:dan@acme.test', 'developer', 'acme']);
    await b.step('oidc-developer-tenant-limit', async () => {
      // The tenant's limits apply to the SSO developer as to any key of the tenant: one request a minute.
      await admin('PATCH', '/admin/tenants/acme', { limits: { rpm: 1 } });
      await send('one more');
      await send('and another');
      const refused = b.page.getByRole('alert').filter({ hasText: 'The gateway refused' });
      await refused.waitFor();
      assert.match((await refused.textContent()) ?? '', /429|rate|limit/i);
      await admin('PATCH', '/admin/tenants/acme', { limits: { rpm: null } });
    });
    // Signing in again keeps the same key (its keys and usage stay the user's); only the secret is new.
    await b.step('oidc-developer-again', async () => {
      await b.page.getByRole('button', { name: 'Sign out' }).click();
      await b.context.clearCookies();
      await ssoSignIn('dan');
      assert.equal((await whoami()).key_id, keyId);
    });
    const events = await request(`${h.url}/admin/audit/events?action=console.sso_key`, {
      headers: { authorization: `Bearer ${h.key}` },
    });
    const made = ((await events.body.json()) as { data: { actor: string; resource: string }[] }).data;
    assert.equal(made.filter((e) => e.actor === 'sso:dan@acme.test' && e.resource === `key:${keyId}`).length, 2);
    assertNoForeignData('sso developer');
  },
);

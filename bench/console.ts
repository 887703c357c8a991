// Console server-time benchmark: loads N synthetic records (default 1,000,000) into a fresh embedded store
// through the recorder's SQL sink, then times what the console's two busiest pages ask the server for —
// the overview aggregates (global, one tenant, one developer) and the first page of the request list
// (unfiltered, by tenant, by model, by status class, by route / guard outcome / tag / id search) — median of 5 runs each. Bound: < 300 ms server-side.
// Then (with Chromium present) starts a node on that store and times, in the browser, sign-in → overview
// numbers shown and → request table shown (the bound: render under 1 s).
//   node --import tsx bench/console.ts [records]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { overview } from '../src/console/overview.ts';
import { listRequests } from '../src/recording/queries.ts';
import { SqlRecordSink } from '../src/recording/sql-sink.ts';
import { syntheticRecords } from '../src/recording/synthetic.ts';
import type { AdminActor } from '../src/server/admin-authz.ts';
import { allMigrations } from '../src/server/runtime.ts';
import { openDatabase, runMigrations } from '../src/storage/database.ts';
import { parseConfigText } from '../src/config/load.ts';
import { startRuntime } from '../src/server/runtime.ts';
import { chromiumMissing, openBrowser } from '../src/console/testing/browser.ts';

/** Sign in, then time page → data rendered; the clock is the browser's own (navigation start → visible). */
async function browserTimes(dataDir: string): Promise<string> {
  const key = 'lk-bench-master-key-0123456789';
  const loaded = parseConfigText('providers: {}\nrecording: { enabled: false }\n', 'bench.yaml');
  const node = await startRuntime(loaded, { port: 0, host: '127.0.0.1', masterKey: key, dataDir });
  const b = await openBrowser('bench');
  try {
    const page = b.page;
    await page.goto(`${node.url}/ui/`);
    await page.getByLabel(/Lintel key/).fill(key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const out: string[] = ['| page (Chromium, signed in, cold load) | until data shown |', '|---|---:|'];
    const pages = [
      ['Overview (7 days, charts drawn)', 'Overview', '#/overview?range=7d', '.chart canvas'],
      ['Requests (7 days, first page)', 'Requests', '#/requests?range=7d', 'table[aria-label="Requests"] tbody tr'],
    ] as const;
    out[0] = '| page (Chromium, signed in) | cold load → data shown | in-app navigation → data shown |';
    out[1] = '|---|---:|---:|';
    for (const [name, link, hash, ready] of pages) {
      const cold: number[] = [];
      const nav: number[] = [];
      for (let i = 0; i < 3; i++) {
        await page.goto('about:blank'); // a full load: document, scripts (HTTP cache), session, data
        let t = Date.now();
        await page.goto(`${node.url}/ui/${hash}`);
        await page.locator(ready).first().waitFor();
        cold.push(Date.now() - t);
        // Away to the other page, then back by its link (what a user does): the app and chunks are loaded.
        await page.getByRole('link', { name: link === 'Overview' ? 'Audit' : 'Overview', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: link === 'Overview' ? 'Audit' : 'Overview' }).waitFor();
        t = Date.now();
        await page.getByRole('link', { name: link, exact: true }).click();
        await page.locator(ready).first().waitFor();
        nav.push(Date.now() - t);
      }
      const med = (xs: number[]) => xs.sort((x, y) => x - y)[1];
      out.push(`| ${name} | ${med(cold)} ms | ${med(nav)} ms |`);
    }
    return out.join('\n');
  } finally {
    await b.close();
    await node.close();
  }
}

const n = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'lintel-console-bench-'));
const database = await openDatabase({ dataDir: dir });
try {
  await runMigrations(database, allMigrations());
  // The last 7 days up to now, so the pages' default views have data to draw.
  const start = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 7 * 86_400_000;
  const spanMs = 7 * 86_400_000;
  const sink = new SqlRecordSink(database);
  const t0 = performance.now();
  for (let i = 0; i < n; i += 5000) {
    const records = syntheticRecords(i, Math.min(n, i + 5000), { start, spanMs, total: n, keys: 20, idPrefix: 'b' });
    await sink.writeBatch(records.map((record) => ({ record })));
  }
  const loadS = (performance.now() - t0) / 1000;

  const time = async (fn: () => Promise<unknown>) => {
    const ms: number[] = [];
    for (let r = 0; r < 5; r++) {
      const t = performance.now();
      await fn();
      ms.push(performance.now() - t);
    }
    return ms.sort((a, b) => a - b)[2];
  };
  const range = { from: start, to: start + spanMs };
  const actors: Record<string, AdminActor> = {
    global: { actor: 'master-key', role: 'admin', tenant: null, keyIds: null },
    tenant: { actor: 'k', role: 'auditor', tenant: 'tenant-1', keyIds: null },
    developer: { actor: 'key-5', role: 'developer', tenant: 'tenant-1', keyIds: ['key-5'] },
  };
  const rows: [string, number][] = [];
  for (const [name, actor] of Object.entries(actors)) {
    rows.push([`overview, 7 days (${name})`, await time(() => overview(database, actor, range))]);
  }
  const day = { from: String(start + 6 * 86_400_000), to: String(start + spanMs) };
  rows.push([
    'overview, last day (global)',
    await time(() => overview(database, actors.global, { from: +day.from, to: +day.to })),
  ]);
  rows.push(['request list, first page (all)', await time(() => listRequests(database, { limit: 50 }))]);
  rows.push(['request list, tenant', await time(() => listRequests(database, { tenant: 'tenant-1', limit: 50 }))]);
  rows.push(['request list, model', await time(() => listRequests(database, { model: 'gpt-4o', limit: 50 }))]);
  rows.push(['request list, status 5xx', await time(() => listRequests(database, { status: '5xx', limit: 50 }))]);
  rows.push([
    'request list, key + 1 day',
    await time(() => listRequests(database, { keyId: 'key-5', ...day, limit: 50 })),
  ]);
  // The filters on route, guardrail outcome (JSON), tags (JSON) and id search: matching and never-matching.
  const idPart = (await listRequests(database, { limit: 1 })).data[0]?.id.slice(2, 9) ?? 'x';
  const filters: [string, Parameters<typeof listRequests>[1]][] = [
    ['route', { route: 'gpt-4o' }],
    ['guard outcome redact (1 in 6)', { guard: 'redact' }],
    ['guard outcome block (none)', { guard: 'block' }],
    ['guard outcome block (none) + 1 day', { guard: 'block', ...day }],
    ['tag env=prod (1 in 2)', { tag: 'env=prod' }],
    ['tag env=staging (none)', { tag: 'env=staging' }],
    ['tag env=staging (none) + 1 day', { tag: 'env=staging', ...day }],
    ['id search (one match)', { q: idPart }],
    ['id search (one match) + 1 day', { q: idPart, ...day }],
    ['id search (none)', { q: 'zz-none' }],
    ['id search (none) + 1 day', { q: 'zz-none', ...day }],
    ['route + guard + tag', { route: 'gpt-4o', guard: 'redact', tag: 'env=prod' }],
  ];
  for (const [name, params] of filters) {
    rows.push([`request list, ${name}`, await time(() => listRequests(database, { ...params, limit: 50 }))]);
  }
  console.log(`records: ${n.toLocaleString('en')} (loaded in ${loadS.toFixed(1)} s, SQLite embedded)`);
  console.log('| query | median server time |\n|---|---:|');
  for (const [q, ms] of rows) console.log(`| ${q} | ${ms.toFixed(1)} ms |`);
  await database.close();
  if (!chromiumMissing()) console.log(await browserTimes(dir));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

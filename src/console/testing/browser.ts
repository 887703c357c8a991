// Browser tests drive Debian's Chromium (/usr/bin/chromium) through playwright-core: no browser download.
// Each test gets screenshots under .screenshots/ (git-ignored); a failing step keeps its screenshot and the
// browser console log. `pageerror` fails the run. axe-core checks accessibility in the page itself.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Response } from 'playwright-core';

export const CHROMIUM = process.env.LINTEL_CHROMIUM ?? '/usr/bin/chromium';
export const SHOTS_DIR = join(process.cwd(), '.screenshots');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Every JSON body the page received from /admin, /console and /v1 (to check what the API sent). */
  responses: { url: string; status: number; body: string }[];
  logs: string[];
  errors: Error[];
  /** Runs a named step: screenshot after it; on failure a -FAILED screenshot and the console log are kept. */
  step<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Serious and critical axe-core violations on the current page. */
  axe(): Promise<{ id: string; impact: string; help: string; nodes: number }[]>;
  close(): Promise<void>;
}

export function chromiumMissing(): string | false {
  return existsSync(CHROMIUM)
    ? false
    : `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium; scripts/ensure-services.mjs does this)`;
}

const axeSource = () => readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function openBrowser(suite: string): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'lintel-chromium-'));
  // A persistent context on a fresh, empty profile directory = Chromium's --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  const logs: string[] = [];
  const errors: Error[] = [];
  const responses: BrowserSession['responses'] = [];
  page.on('console', (m) => logs.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => {
    errors.push(e);
    logs.push(`[pageerror] ${e.message}`);
  });
  page.on('response', async (r: Response) => {
    const url = new URL(r.url());
    if (!/^\/(admin|console|v1)\//.test(url.pathname)) return;
    try {
      responses.push({ url: url.pathname + url.search, status: r.status(), body: await r.text() });
    } catch {}
  });
  mkdirSync(SHOTS_DIR, { recursive: true });
  for (const f of readdirSync(SHOTS_DIR)) if (f.startsWith(`${suite}-`)) rmSync(join(SHOTS_DIR, f)); // last run's
  let n = 0;
  const file = (name: string) =>
    join(SHOTS_DIR, `${suite}-${String(++n).padStart(2, '0')}-${name.replace(/[^a-z0-9-]+/gi, '-')}`);
  return {
    context,
    page,
    responses,
    logs,
    errors,
    async step(name, fn) {
      try {
        const out = await fn();
        if (errors.length) throw new Error(`page error: ${errors.map((e) => e.message).join('; ')}`);
        await page.screenshot({ path: `${file(name)}.png` }).catch(() => undefined);
        return out;
      } catch (err) {
        const base = `${file(name)}-FAILED`;
        await page.screenshot({ path: `${base}.png`, fullPage: true }).catch(() => undefined);
        writeFileSync(`${base}.log`, `${(err as Error).stack}\n\n${logs.join('\n')}\n`);
        throw err;
      }
    },
    async axe() {
      await page.evaluate(axeSource());
      const r = (await page.evaluate("window.axe.run(document, { resultTypes: ['violations'] })")) as {
        violations: { id: string; impact: string; help: string; nodes: unknown[] }[];
      };
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// The console's JavaScript stays small: every page is its own chunk, and even all chunks together (an upper
// bound on what the first page loads) stay under the 400 KB gzipped budget.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { uiDir } from './static.ts';

test('the built console is code-split and under 400 KB of gzipped JavaScript', () => {
  const dir = uiDir();
  assert.ok(dir, 'the console is built (npm test runs scripts/ensure-ui.mjs first)');
  const assets = join(dir, 'assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  for (const page of [
    'Overview',
    'Requests',
    'Access',
    'Routes',
    'Audit',
    'Playground',
    'Models',
    'Monitoring',
    'Retrieval',
  ]) {
    assert.ok(
      js.some((f) => f.startsWith(`${page}-`)),
      `${page} is its own chunk`,
    );
  }
  assert.ok(
    js.some((f) => f.startsWith('Chart-')),
    'the chart library loads only with a chart',
  );
  const gz = (f: string) => gzipSync(readFileSync(join(assets, f))).length;
  const entry = /src="\/ui\/assets\/([^"]+\.js)"/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))?.[1] ?? '';
  const total = js.reduce((sum, f) => sum + gz(f), 0);
  assert.ok(gz(entry) < 150_000, `entry chunk ${gz(entry)} B gzipped`);
  assert.ok(total < 400_000, `all JavaScript ${total} B gzipped`);
});

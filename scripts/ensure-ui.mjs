// Builds the web console (ui/ → dist/ui, served at /ui) when it is missing or older than a file under ui/, so
// a fresh clone's `npm test` and `npm run quickstart` always serve the console of the code in the checkout.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildUi, uiRoot } from './ui-build.mjs';

function newestMtime(dir) {
  let newest = 0;
  for (const name of ['index.html', 'vite.config.ts', 'tsconfig.json', 'src']) {
    const p = join(dir, name);
    if (!existsSync(p)) continue;
    newest = Math.max(newest, statSync(p).isDirectory() ? newestIn(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function newestIn(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestIn(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const root = uiRoot();
const stamp = join(root, 'dist', 'ui', '.built');
if (!existsSync(stamp) || statSync(stamp).mtimeMs < newestMtime(join(root, 'ui'))) {
  console.log('[lintel] building the web console (ui/ changed since the last build)…');
  await buildUi();
}

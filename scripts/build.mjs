// Compiles src/ and bench/ to dist/ (plain JavaScript, same layout) and copies the data files modules read
// next to themselves. `lintel serve` from dist starts faster and holds ~50 MB less than under tsx, which
// transforms every module at start and keeps a loader thread. Run by `npm run build`, and by
// scripts/ensure-build.mjs whenever a source is newer than the last build.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const ASSETS = /\.(json|jsonl)$/;

const started = Date.now();
// dist/ui is kept: the console is rebuilt only when ui/ changed (below), so a server or test reading it while
// the compiled sources are rebuilt never finds it missing.
mkdirSync(dist, { recursive: true });
for (const name of readdirSync(dist)) if (name !== 'ui') rmSync(join(dist, name), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });

function copyAssets(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) copyAssets(path);
    else if (ASSETS.test(name)) {
      const to = join(dist, relative(root, path));
      mkdirSync(dirname(to), { recursive: true });
      cpSync(path, to);
    }
  }
}
copyAssets(join(root, 'src'));
await import('./ensure-ui.mjs'); // the web console → dist/ui, when ui/ changed since its last build
writeFileSync(join(dist, '.built'), `${new Date().toISOString()}\n`);
console.log(`[lintel] built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// Builds dist/ when it is missing or older than a source file, so `npm run quickstart` and `npm run bench`
// always run the compiled CLI of the code in the checkout.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshDistMain } from './dist-fresh.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!freshDistMain(root)) {
  console.log('[lintel] compiling to dist/ (sources changed since the last build)…');
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
}

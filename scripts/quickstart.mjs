// `npm run quickstart`: installs and builds when needed (as child steps that finish first), then runs the CLI's
// `quickstart` in this process. package.json starts it with `exec`, so npm's shell is replaced and npm's signal
// forwarding reaches the server itself: Ctrl-C or SIGTERM drains and exits, leaving no process behind.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const step of ['ensure-install.mjs', 'ensure-build.mjs', 'ensure-ui.mjs']) {
  execFileSync(process.execPath, [join(root, 'scripts', step)], { stdio: 'inherit', cwd: root });
}
process.argv.splice(2, 0, 'quickstart');
await import(pathToFileURL(join(root, 'dist/src/cli/main.js')).href);

// Whether dist/ holds a build newer than every file under src/ and bench/ (see scripts/build.mjs).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'results' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Path of the compiled CLI when dist/ is up to date with the sources, else null. */
export function freshDistMain(root) {
  const stamp = join(root, 'dist', '.built');
  if (!existsSync(stamp)) return null;
  const built = statSync(stamp).mtimeMs;
  const inputs = ['src', 'bench', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((p) =>
    join(root, p),
  );
  for (const p of inputs) {
    if (!existsSync(p)) continue;
    const m = statSync(p).isDirectory() ? newestMtime(p) : statSync(p).mtimeMs;
    if (m > built) return null;
  }
  return join(root, 'dist', 'src', 'cli', 'main.js');
}

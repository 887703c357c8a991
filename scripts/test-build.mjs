// Type-checks and compiles src/ and bench/ (tests included) to plain JavaScript in .test-build/, a mirror of the
// checkout, in one tsc run (a separate `tsc --noEmit` would parse and bind everything a second time: ~20 s of
// CPU). Type errors are reported and fail the build, though tsc still writes the files. The mirror lets the test
// runner start each test file without tsx: under tsx every process transforms and resolves each
// module through a loader thread, ~1–2 s of CPU per file, and the suite runs ~290 files.
//
// The mirror holds, beside each emitted .js, a hard link to every other file of src/ and bench/ (the .ts
// sources, data files), and a symlink to every other top-level entry of the checkout (docs, ui, dist,
// node_modules, package.json …). So paths a test builds from import.meta.url — a data file beside it, a
// .ts child it spawns under tsx, the docs two levels up — resolve as they do in the checkout. Hard links, not
// symlinks, for the files: Node would resolve a symlinked module to its real path, and a script's
// `import.meta.url === argv[1]` main check would then fail.
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, lstatSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const out = join(root, '.test-build');
const TREES = ['src', 'bench'];

function linkTree(dir) {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'results') continue;
    const rel = join(dir, entry.name);
    if (entry.isDirectory()) {
      mkdirSync(join(out, rel), { recursive: true });
      linkTree(rel);
    } else if (!existsSync(join(out, rel))) linkSync(join(root, rel), join(out, rel));
  }
}

/** Builds the mirror; returns false (with tsc's report) when the sources have a type error. */
export function buildTestMirror() {
  const started = Date.now();
  rmSync(out, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.test-build.json')], {
      cwd: root,
      stdio: 'inherit',
    });
  } catch {
    return false;
  }
  for (const tree of TREES) linkTree(tree);
  for (const name of readdirSync(root)) {
    if (TREES.includes(name) || name === '.test-build' || existsSync(join(out, name))) continue;
    const target = join(root, name);
    symlinkSync(relative(out, target), join(out, name), lstatSync(target).isDirectory() ? 'dir' : 'file');
  }
  console.log(`[lintel] compiled the tests to .test-build/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

// Finds every *.test.ts beside the code and runs them with Node's test runner.
// Usage: node scripts/run-tests.mjs [filter-substring…]
//
// A full run type-checks and compiles src/ and bench/ first, in one tsc run (scripts/test-build.mjs, ~30 s):
// that is `npm test`'s type check of the server, so a type error fails the run. It then runs the compiled
// files without tsx: each test file is its own process, and under tsx each spends ~1–2 s of CPU transforming
// and resolving modules through a loader thread. A filtered run (a few files) runs the sources under tsx and
// checks no types; a full run with LINTEL_TEST_TSX=1 runs them under tsx after `tsc --noEmit`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildTestMirror } from './test-build.mjs';

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (entry.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const filters = process.argv.slice(2);
const files = ['src', 'bench']
  .flatMap((d) => walk(d, []))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();
if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
const compiled = filters.length === 0 && process.env.LINTEL_TEST_TSX !== '1';
if (compiled && !buildTestMirror()) process.exit(1);
if (!compiled && filters.length === 0) {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  if (spawnSync(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.json'], { stdio: 'inherit' }).status !== 0)
    process.exit(1);
}
const args = [
  // V8 first runs a regex in its bytecode interpreter and compiles it to machine code once it is hot. The
  // guardrail rules are thousands of large regexes that every test process runs from cold: interpreting them,
  // then compiling them anyway, cost ~1.4 s of CPU per guardrail test file (≈ 40 % of its CPU). Compiling on
  // first use is the same engine and the same matches, only sooner.
  '--no-regexp-tier-up',
  ...(compiled ? [] : ['--import', 'tsx']),
  '--test',
  '--test-concurrency=2',
  '--test-reporter=spec',
  ...(compiled ? files.map((f) => join('.test-build', f.replace(/\.ts$/, '.js'))) : files),
];
const r = spawnSync(process.execPath, args, {
  stdio: 'inherit',
  env: {
    ...process.env,
    LINTEL_LOG_LEVEL: process.env.LINTEL_LOG_LEVEL ?? 'silent',
    LINTEL_TOKENIZER_PRELOAD: process.env.LINTEL_TOKENIZER_PRELOAD ?? '0',
    LINTEL_GUARD_PRELOAD: process.env.LINTEL_GUARD_PRELOAD ?? '0',
  },
});
process.exit(r.status ?? 1);

// Finds every *.test.ts beside the code and runs them with Node's test runner (tsx loader).
// Usage: node scripts/run-tests.mjs [filter-substring…]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

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
const args = ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files];
const r = spawnSync(process.execPath, args, {
  stdio: 'inherit',
  env: {
    ...process.env,
    LINTEL_LOG_LEVEL: process.env.LINTEL_LOG_LEVEL ?? 'silent',
    LINTEL_TOKENIZER_PRELOAD: process.env.LINTEL_TOKENIZER_PRELOAD ?? '0',
  },
});
process.exit(r.status ?? 1);

#!/usr/bin/env node
// Runs the compiled CLI (dist/, `npm run build`) when it is up to date with the sources, else the TypeScript
// sources through tsx, so a checkout works with or without a build and never runs stale code.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshDistMain } from '../scripts/dist-fresh.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = freshDistMain(root);
const argv = dist ? [dist] : ['--import', 'tsx', join(root, 'src/cli/main.ts')];
const r = spawnSync(process.execPath, [...argv, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);

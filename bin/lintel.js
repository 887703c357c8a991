#!/usr/bin/env node
// Runs the compiled CLI (dist/, `npm run build`) when it is up to date with the sources, else the TypeScript
// sources through tsx, so a checkout works with or without a build and never runs stale code. The CLI runs in
// this very process: signals (SIGTERM, SIGINT, SIGHUP) reach the server directly, its exit code is ours, and
// no child can be left behind when this process is stopped.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freshDistMain } from '../scripts/dist-fresh.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = freshDistMain(root);
if (!dist) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(pathToFileURL(dist ?? join(root, 'src/cli/main.ts')).href);

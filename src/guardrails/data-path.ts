// Where the shared evaluation data lives: $LINTEL_SHARED_DATA, else ../shared/data next to the
// repository root. The data is read in place and never copied into the repo.

import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root: the nearest ancestor of this file holding package.json, followed to its real place (the
 * compiled test mirror, .test-build/, links the checkout's package.json).
 */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
  return dirname(realpathSync(join(dir, 'package.json')));
}

export function sharedDataDir(): string {
  return resolve(process.env.LINTEL_SHARED_DATA ?? join(repoRoot(), '..', 'shared', 'data'));
}

/** The guardrails data folder, or null when it is absent (tests skip with a message). */
export function guardrailsDataDir(override?: string): string | null {
  const dir = override ? resolve(override) : join(sharedDataDir(), 'guardrails');
  return existsSync(dir) ? dir : null;
}

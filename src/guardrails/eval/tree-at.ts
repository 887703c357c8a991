// The guardrail sources as they are at another commit, for the eval/*-compare.ts checks: the whole
// src/guardrails tree is extracted (`git archive`), so a module's imports resolve whatever files the
// commit has (copying a fixed list of files broke each time a module gained an import).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../data-path.ts';

/** Imports `path` (relative to src/guardrails) as it is at `ref`; `cleanup` removes the temporary tree. */
export async function importAt<T>(ref: string, path: string): Promise<{ mod: T; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'lintel-at-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    const tar = execFileSync('git', ['archive', ref, 'src/guardrails'], {
      cwd: repoRoot(),
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    return { mod: (await import(pathToFileURL(join(dir, 'src/guardrails', path)).href)) as T, cleanup };
  } catch (e) {
    cleanup();
    throw e;
  }
}

// Runs `lintel retrieval <command>` on SciFact's train claims against a freshly started node and simulator
// (bench/retrieval.ts): the shared part of the benches that measure the retrieval CLI end to end.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './processes.ts';
import { scifactDir, startRetrievalNode } from './retrieval.ts';

/** `--name value` from the bench's own command line. */
export function benchArg(name: string): string | undefined;
export function benchArg(name: string, def: string): string;
export function benchArg(name: string, def?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? def) : def;
}

export interface CliRun {
  stdout: string;
  stderr: string;
  ok: boolean;
  seconds: number;
}

/**
 * Starts a node, then for each entry of `runs` calls `lintel retrieval --url … --admin-key … <command> --corpus …
 * --queries … --qrels … <args>`; stops the node at the end. Exits quietly when SciFact is absent.
 */
export async function withScifactCli(
  runs: { command: string; args: string[]; report(r: CliRun): void }[],
): Promise<void> {
  const dir = scifactDir();
  if (!dir) {
    console.error('SciFact not found (../shared/data/retrieval/scifact); skipping');
    return;
  }
  const started = await startRetrievalNode();
  try {
    for (const run of runs) {
      const argv = [
        '--import',
        'tsx',
        join(REPO_ROOT, 'src/cli/main.ts'),
        'retrieval',
        '--url',
        started.node.url,
        '--admin-key',
        started.masterKey,
        run.command,
        '--corpus',
        join(dir, 'corpus.jsonl'),
        '--queries',
        join(dir, 'queries.train.jsonl'),
        '--qrels',
        join(dir, 'qrels', 'train.tsv'),
        ...run.args,
      ];
      const t0 = performance.now();
      const r = spawnSync(process.execPath, argv, { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
      run.report({
        stdout: r.stdout,
        stderr: r.stderr,
        ok: r.status === 0,
        seconds: (performance.now() - t0) / 1000,
      });
    }
  } finally {
    await started.stop();
  }
}

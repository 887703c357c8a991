// Starts N real `lintel serve` processes on one config (tests of shared state across nodes) and keeps every
// byte they print, so tests can also search the output for secrets.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliArgv } from '../../testing/cli-argv.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface LintelProcess {
  url: string;
  proc: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
}

export interface Cluster {
  nodes: LintelProcess[];
  /** All output of all nodes. */
  output(): string;
  close(): Promise<void>;
}

function startOne(configFile: string, env: Record<string, string>, timeoutMs: number): Promise<LintelProcess> {
  const proc = spawn(
    process.execPath,
    [...cliArgv(), 'serve', '--config', configFile, '--port', '0', '--host', '127.0.0.1'],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const chunks: string[] = [];
  const output = () => chunks.join('');
  return new Promise((resolveNode, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`lintel did not start within ${timeoutMs} ms:\n${output()}`));
    }, timeoutMs);
    const onData = (b: Buffer) => {
      chunks.push(b.toString('utf8'));
      const m = /listening on (http:\/\/\S+)/.exec(output());
      if (m) {
        clearTimeout(timer);
        proc.stdout?.off('data', onData);
        proc.stdout?.on('data', (x: Buffer) => chunks.push(x.toString('utf8')));
        resolveNode({ url: m[1], proc, output });
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', (b: Buffer) => chunks.push(b.toString('utf8')));
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`lintel exited with ${code} before listening:\n${output()}`));
    });
  });
}

export async function startCluster(
  n: number,
  configText: string,
  env: Record<string, string>,
  timeoutMs = 90_000,
): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'lintel-cluster-'));
  const file = join(dir, 'lintel.yaml');
  writeFileSync(file, configText);
  const started = await Promise.allSettled(
    Array.from({ length: n }, (_, i) => startOne(file, { LINTEL_DATA_DIR: join(dir, `node${i}`), ...env }, timeoutMs)),
  );
  const nodes = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const close = async () => {
    await Promise.all(
      nodes.map(
        (node) =>
          new Promise<void>((r) => {
            if (node.proc.exitCode !== null) return r();
            node.proc.once('exit', () => r());
            node.proc.kill('SIGTERM');
            setTimeout(() => node.proc.kill('SIGKILL'), 5000).unref();
          }),
      ),
    );
    rmSync(dir, { recursive: true, force: true });
  };
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await close();
    throw (failed as PromiseRejectedResult).reason;
  }
  return { nodes, output: () => nodes.map((x) => x.output()).join('\n'), close };
}

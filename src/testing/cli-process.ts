// A `lintel` CLI process for tests (compiled or through tsx: ./cli-argv.ts), with its stdout and stderr collected.
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { cliArgv } from './cli-argv.ts';

export interface CliProcess {
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** Everything printed so far, stdout and stderr interleaved. */
  output(): string;
  /** Resolves with the output once `until` holds; fails (with the output) on timeout or exit. */
  waitFor(until: RegExp | ((out: string) => boolean), timeoutMs?: number): Promise<string>;
  /** Sends the signal and resolves with the exit code once the process exited. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** `env` is added to the test's own environment. Start-up waits are generous: a loaded machine starts tsx slowly. */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv = {}): CliProcess {
  const child = spawn(process.execPath, [...cliArgv(), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    async waitFor(until, timeoutMs = 90_000) {
      const ok = typeof until === 'function' ? until : (s: string) => until.test(s);
      const deadline = Date.now() + timeoutMs;
      while (!ok(out)) {
        if (Date.now() > deadline || child.exitCode !== null) {
          throw new Error(`lintel ${args.join(' ')}: waited for ${until} in:\n${out}`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      return out;
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

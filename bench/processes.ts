// Starts the simulator and Lintel as their own processes (`lintel simulate`, `lintel serve`), waits
// until they answer, and stops them gracefully (SIGTERM; Lintel drains and writes its CPU profile).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { createServer, Socket } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshDistMain } from '../scripts/dist-fresh.mjs';
import { openFilesLimits } from './proc-stats.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAIN = join(REPO_ROOT, 'src/cli/main.ts');

/**
 * How services are started: the compiled CLI in dist/ when it is up to date with the sources (how Lintel runs
 * in production; `npm run bench` builds it first), else the TypeScript sources through tsx.
 */
export function cliArgv(): string[] {
  const dist = freshDistMain(REPO_ROOT);
  return dist ? [dist] : ['--import', 'tsx', MAIN];
}
const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 20_000;
const OUTPUT_KEEP = 16 * 1024;

export interface Service {
  name: string;
  pid: number;
  url: string;
  port: number;
  /** Date.now() when the process was spawned. */
  startedAt: number;
  /** The last output lines (stdout and stderr), for error messages. */
  output(): string;
  exited(): boolean;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

/** True when a TCP connection to host:port opens within the timeout. */
export function reachable(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((ok) => {
    const s = new Socket();
    const done = (v: boolean) => {
      s.destroy();
      ok(v);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.once('error', () => done(false));
    s.connect(port, host, () => done(true));
  });
}

function httpStatus(url: string): Promise<number> {
  return new Promise((ok) => {
    const req = request(url, { agent: false, timeout: 2000 }, (res) => {
      res.resume();
      ok(res.statusCode ?? 0);
    });
    req.once('timeout', () => req.destroy());
    req.once('error', () => ok(0));
    req.end();
  });
}

interface SpawnSpec {
  name: string;
  args: string[];
  nodeArgs?: string[];
  /** Merged over this process's environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  port: number;
  healthPath: string;
  /** Open-files soft limit to ask for (raised with `ulimit -n`, capped at the hard limit). */
  openFiles?: number;
  /** Another checkout to run the CLI of (its TypeScript sources through tsx), e.g. a baseline for comparison. */
  root?: string;
}

async function spawnService(spec: SpawnSpec): Promise<Service> {
  const cwd = spec.root ?? REPO_ROOT;
  const cli = spec.root ? ['--import', 'tsx', join(spec.root, 'src/cli/main.ts')] : cliArgv();
  const nodeArgv = [...(spec.nodeArgs ?? []), ...cli, ...spec.args];
  const startedAt = Date.now();
  let child: ChildProcess;
  const env: NodeJS.ProcessEnv = { ...process.env, LINTEL_LOG_LEVEL: process.env.LINTEL_LOG_LEVEL ?? 'warn' };
  for (const [k, v] of Object.entries(spec.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  if (spec.openFiles) {
    // `exec` keeps the pid: the shell becomes node, so /proc/<pid> is the service itself.
    const quoted = [process.execPath, ...nodeArgv].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const { soft, hard } = openFilesLimits('self');
    const want = Math.min(Math.max(spec.openFiles, Number.isFinite(soft) ? soft : 0), hard);
    child = spawn('sh', ['-c', `ulimit -n ${want}; exec ${quoted}`], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } else {
    child = spawn(process.execPath, nodeArgv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  }
  let out = '';
  const keep = (b: Buffer) => {
    out = (out + b.toString('utf8')).slice(-OUTPUT_KEEP);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  const exit = new Promise<void>((ok) => {
    child.once('exit', () => {
      exited = true;
      ok();
    });
  });
  const service: Service = {
    name: spec.name,
    pid: child.pid ?? 0,
    url: `http://127.0.0.1:${spec.port}`,
    port: spec.port,
    startedAt,
    output: () => out,
    exited: () => exited,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exit;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${spec.name} exited during start-up:\n${out.trim()}`);
    if (service.port === 0) {
      // Port 0: the service picked its own port and prints it ("listening on http://host:port"). Unlike a port
      // probed free beforehand, nothing else on the machine can have taken it in between.
      const m = /listening on http:\/\/[^\s:]+:(\d+)/.exec(out);
      if (m) {
        service.port = Number(m[1]);
        service.url = `http://127.0.0.1:${service.port}`;
      }
    }
    if (service.port !== 0 && (await httpStatus(service.url + spec.healthPath)) === 200) return service;
    await new Promise((r) => setTimeout(r, 100));
  }
  await service.stop();
  throw new Error(`${spec.name} did not answer ${spec.healthPath} within ${START_TIMEOUT_MS / 1000} s:\n${out.trim()}`);
}

export interface SimulatorSpec {
  /** Default: a free port. */
  port?: number;
  /** Extra `lintel simulate` options, e.g. ['--ttft-ms', '600000']. */
  args?: string[];
  openFiles?: number;
}

/** `lintel simulate` with no think time unless args say otherwise. */
export async function startSimulatorProcess(spec: SimulatorSpec = {}): Promise<Service> {
  const port = spec.port ?? 0;
  return spawnService({
    name: 'simulator',
    args: ['simulate', '--port', String(port), '--host', '127.0.0.1', ...(spec.args ?? [])],
    port,
    healthPath: '/health',
    openFiles: spec.openFiles,
  });
}

export interface LintelSpec {
  configPath: string;
  env: Record<string, string | undefined>;
  /** Forwarded as `lintel serve --workers N` when N > 0. */
  workers?: number;
  /** Node options for the Lintel process, e.g. ['--cpu-prof', '--cpu-prof-dir', dir]. */
  nodeArgs?: string[];
  openFiles?: number;
  /** Run another checkout's CLI (see SpawnSpec.root). */
  root?: string;
}

export async function startLintelProcess(spec: LintelSpec): Promise<Service> {
  const port = await freePort();
  const args = ['serve', '--config', spec.configPath, '--port', String(port), '--host', '127.0.0.1'];
  if (spec.workers && spec.workers > 0) args.push('--workers', String(spec.workers));
  return spawnService({
    name: 'lintel',
    args,
    nodeArgs: spec.nodeArgs,
    env: spec.env,
    port,
    healthPath: '/healthz',
    openFiles: spec.openFiles,
    root: spec.root,
  });
}

let workersSupport: boolean | null = null;

/** Whether this checkout's `lintel serve --help` lists `--workers`. */
export function serveSupportsWorkers(): boolean {
  if (workersSupport === null) {
    const r = spawnSync(process.execPath, [...cliArgv(), 'serve', '--help'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    workersSupport = /--workers\b/.test(`${r.stdout ?? ''}${r.stderr ?? ''}`);
  }
  return workersSupport;
}

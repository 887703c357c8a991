// Holds many idle SSE streams through one Lintel node: simulators that send the first event and then
// stay silent (one origin per 100 streams, all in one process), and a raw-socket client in its own
// process. Reports Lintel's RSS and CPU while holding.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { RunningGateway } from './gateway.ts';
import type { IdleFromClient, IdleToClient } from './load/idle-client.ts';
import type { SilentFromChild, SilentToChild } from './load/silent-upstreams.ts';
import { chatBody } from './measure.ts';
import { BENCH_MODEL } from './pipelines.ts';
import { cpuMs, openFiles, openFilesLimits, peakRssBytes, processTree, resetPeakRss, rssBytes } from './proc-stats.ts';
import { REPO_ROOT } from './processes.ts';

/** Lintel keeps one connection pool per upstream origin (128 connections by default, 1,024 at most by
 * config), and a stream holds its upstream connection: spread the streams over enough origins. */
export const STREAMS_PER_ORIGIN = 100;
/** File descriptors a node needs per held stream: the client's socket and the upstream's. */
export const FDS_PER_STREAM = 2;
const FD_RESERVE = 256;

export interface IdleStreamsResult {
  label: string;
  requested: number;
  attempted: number;
  held: number;
  failed: number;
  firstError: string | null;
  openS: number;
  holdS: number;
  rssBeforeBytes: number;
  rssHoldingBytes: number;
  peakRssBytes: number;
  rssAfterBytes: number;
  bytesPerStream: number;
  cpuMsPerSecondHolding: number;
  openFilesHolding: number;
  openFilesLimit: number;
  notes: string[];
}

export function originsFor(streams: number): number {
  return Math.max(1, Math.ceil(streams / STREAMS_PER_ORIGIN));
}

/** How many streams fit under the node's open-files limit (2 descriptors each, plus a reserve). */
export function streamCapacity(limit: number, inUse: number): number {
  if (!Number.isFinite(limit)) return Number.POSITIVE_INFINITY;
  return Math.max(0, Math.floor((limit - inUse - FD_RESERVE) / FDS_PER_STREAM));
}

export interface SilentUpstreams {
  urls: string[];
  close(): Promise<void>;
}

/** Starts `count` silent simulators (one origin each) in one child process. */
export async function startSilentUpstreams(count: number, ttftMs: number): Promise<SilentUpstreams> {
  const child = fork(join(REPO_ROOT, 'bench/load/silent-upstreams.ts'), [], {
    cwd: REPO_ROOT,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () =>
    new Promise<SilentFromChild>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`silent upstreams exited (code ${code})`));
      child.once('exit', onExit);
      child.once('message', (m: SilentFromChild) => {
        child.off('exit', onExit);
        resolve(m);
      });
    });
  const send = (m: SilentToChild) => child.send(m);
  const started = next();
  send({ type: 'start', count, ttftMs });
  const m = await started;
  if (m.type !== 'started') throw new Error('silent upstreams: unexpected reply');
  return {
    urls: m.urls,
    async close() {
      const gone = new Promise((r) => child.once('exit', r));
      send({ type: 'close' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(timer);
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export async function runIdleStreams(
  gw: RunningGateway,
  o: { streams: number; holdS: number; origins: number; workers: number; log: (line: string) => void },
): Promise<IdleStreamsResult> {
  const pid = gw.service.pid;
  const notes: string[] = [];
  const limit = openFilesLimits(pid).soft;
  // With --workers the primary hands each connection to a worker; the streams spread over the workers.
  const processes = Math.max(1, o.workers);
  const capacity = streamCapacity(limit, openFiles(pid)) * processes;
  let attempted = o.streams;
  if (o.workers > 0)
    notes.push(`held through \`lintel serve --workers ${o.workers}\` (RSS is the sum over its processes)`);
  if (capacity < o.streams) {
    attempted = capacity;
    notes.push(
      `Lintel's open-files limit is ${limit} per process (the hard limit here; \`ulimit -n\` cannot go higher ` +
        `without CAP_SYS_RESOURCE) and each stream holds ${FDS_PER_STREAM} descriptors, so ${processes} process(es) ` +
        `hold at most ${capacity}; ${o.streams} need more workers or a higher hard limit`,
    );
  }
  const client = fork(join(REPO_ROOT, 'bench/load/idle-client.ts'), [], {
    cwd: REPO_ROOT,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const reply = () =>
    new Promise<IdleFromClient>((resolve, reject) => {
      client.once('message', (m: IdleFromClient) => resolve(m));
      client.once('exit', (code) => reject(new Error(`idle-stream client exited (code ${code})`)));
    });
  const send = (m: IdleToClient) => client.send(m);

  await sleep(1000);
  const rssBefore = rssBytes(processTree(pid));
  resetPeakRss(processTree(pid));
  const u = new URL(gw.service.url);
  const bodies = Array.from({ length: o.origins }, (_, i) => chatBody(`${BENCH_MODEL}-${i}`, 'stream'));
  o.log(`  opening ${attempted} idle streams over ${o.origins} upstream origins…`);
  const opening = reply();
  send({
    type: 'open',
    host: u.hostname,
    port: Number(u.port),
    headers: gw.headers,
    bodies,
    count: attempted,
    parallel: 200,
    timeoutMs: 60_000,
  });
  const opened = await opening;
  if (opened.type !== 'opened') throw new Error('idle-stream client: unexpected reply');
  o.log(`  held ${opened.held} (failed ${opened.failed}) after ${opened.openS.toFixed(1)} s; holding ${o.holdS} s`);
  const pids = processTree(pid);
  const cpu0 = cpuMs(pids);
  const h0 = performance.now();
  await sleep(o.holdS * 1000);
  const holdS = (performance.now() - h0) / 1000;
  const cpuPerS = (cpuMs(pids) - cpu0) / holdS;
  const rssHolding = rssBytes(pids);
  const peak = peakRssBytes(pids);
  const fdsHolding = pids.reduce((n, p) => n + openFiles(p), 0);
  const closing = reply();
  send({ type: 'close' });
  await closing;
  await sleep(3000);
  const rssAfter = rssBytes(processTree(pid));
  return {
    label: gw.label,
    requested: o.streams,
    attempted,
    held: opened.held,
    failed: opened.failed,
    firstError: opened.firstError,
    openS: opened.openS,
    holdS,
    rssBeforeBytes: rssBefore,
    rssHoldingBytes: rssHolding,
    peakRssBytes: peak,
    rssAfterBytes: rssAfter,
    bytesPerStream: opened.held > 0 ? (rssHolding - rssBefore) / opened.held : Number.NaN,
    cpuMsPerSecondHolding: cpuPerS,
    openFilesHolding: fdsHolding,
    openFilesLimit: limit,
    notes,
  };
}

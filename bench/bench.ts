// The benchmark run: simulator direct, then each gateway (store × pipeline, then --workers), every
// shape × connection count; or the soak / idle-stream modes. Returns the report; run.ts prints it.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  benchSecrets,
  type GatewaySetup,
  gatewayLabel,
  type RunningGateway,
  resolveStore,
  type StartOptions,
  type StoreSetup,
  startGateway,
  storeForWorkers,
} from './gateway.ts';
import { FDS_PER_STREAM, originsFor, runIdleStreams, startSilentUpstreams } from './idle-streams.ts';
import { LoadDriver } from './load/driver.ts';
import type { Shape } from './load/types.ts';
import { CHAT_PATH, chatBody, measure } from './measure.ts';
import type { BenchOptions } from './options.ts';
import { BENCH_MODEL, type PipelineContext, PIPELINES, UPSTREAM_MODEL } from './pipelines.ts';
import { freePort, type Service, serveSupportsWorkers, startSimulatorProcess } from './processes.ts';
import { openFilesLimits } from './proc-stats.ts';
import { type ProfileSummary, readProfile, summarizeProfile } from './profile-summary.ts';
import { attachOverheads, type BenchReport, type GatewayRun, machineInfo, type ScenarioResult } from './report.ts';
import { runSoak } from './soak.ts';

export type Log = (line: string) => void;

/** Upstream pool per provider: above the largest connection count, so Lintel itself never queues. */
function upstreamConnections(o: BenchOptions): number {
  return Math.min(1024, Math.max(128, ...o.connections.map((c) => c * 2)));
}

const f = (v: number, digits: number) => (Number.isFinite(v) ? v.toFixed(digits) : '—');

function fmt(s: ScenarioResult): string {
  const l = s.load;
  const parts = [`${f(l.rps, 0)} req/s`, `p50 ${f(l.latency.p50, 2)} ms`, `p99 ${f(l.latency.p99, 2)} ms`];
  if (l.ttft) parts.push(`TTFT p50 ${f(l.ttft.p50, 2)} ms`);
  if (s.gateway) parts.push(`CPU ${f(s.gateway.cpuMsPerRequest, 3)} ms/req`);
  if (l.errors + l.non2xx)
    parts.push(`errors ${l.errors}, non-2xx ${l.non2xx} (statuses ${JSON.stringify(l.statuses)})`);
  return parts.join(', ');
}

interface Ctx {
  o: BenchOptions;
  log: Log;
  tmp: string;
  /** The simulator's URL is known before it answers, so gateways can start meanwhile. */
  simUrl: string;
  simStart: Promise<Service>;
  /** Set once the simulator answers. */
  sim: Service | null;
  driver: LoadDriver;
  report: BenchReport;
  /** When each gateway's first measured window began (profiles skip what came before). */
  firstWindow: Map<RunningGateway, number>;
  profileDirs: Map<RunningGateway, string>;
  secrets: StartOptions['secrets'];
}

/** One scenario against one target (the simulator when gw is null). */
async function runScenario(c: Ctx, shape: Shape, connections: number, gw: RunningGateway | null): Promise<void> {
  const label = gw ? gw.label : 'simulator direct';
  const job = {
    shape,
    url: gw ? gw.service.url : c.simUrl,
    path: CHAT_PATH,
    headers: gw ? gw.headers : {},
    body: chatBody(gw ? BENCH_MODEL : UPSTREAM_MODEL, shape),
    connections,
    durationS: c.o.durationS,
    warmupS: c.o.warmupS,
  };
  if (!c.sim) throw new Error('the simulator is not running');
  const m = await measure(c.driver, job, gw ? gw.service.pid : null, c.sim.pid, () => {
    if (gw && !c.firstWindow.has(gw)) c.firstWindow.set(gw, Date.now());
  });
  const s: ScenarioResult = { target: gw ? 'lintel' : 'direct', label, shape, connections, ...m, overhead: null };
  c.report.scenarios.push(s);
  c.log(`  ${label} ${shape} c=${connections}: ${fmt(s)}`);
  if (gw && s.load.ok === 0) c.log(`  no successful response; Lintel's last output:\n${gw.service.output().trim()}`);
}

function profileArgs(c: Ctx, label: string): { args: string[]; dir: string } | null {
  if (!c.o.cpuProf) return null;
  const dir = join(c.o.outDir, 'profiles', label.replace(/[^A-Za-z0-9]+/g, '-'));
  rmSync(dir, { recursive: true, force: true });
  return { args: ['--cpu-prof', '--cpu-prof-dir', dir], dir };
}

/** Main-thread profiles only (CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile; thread 0 = main). */
function summarizeProfiles(dir: string, skipMs: number, log: Log): ProfileSummary[] {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile') && f.split('.')[4] === '0');
  } catch {
    /* none written */
  }
  if (files.length === 0) log(`  no CPU profile written in ${dir}`);
  return files.map((f) => summarizeProfile(readProfile(join(dir, f)), { file: join(dir, f), top: 25, skipMs }));
}

async function startOne(
  c: Ctx,
  setup: GatewaySetup,
  start: Omit<StartOptions, 'tmpDir' | 'nodeArgs' | 'secrets'> & { nodeArgs?: string[] },
): Promise<RunningGateway> {
  const prof = profileArgs(c, gatewayLabel(setup));
  c.log(`starting Lintel ${gatewayLabel(setup)}…`);
  const gw = await startGateway(setup, {
    ...start,
    tmpDir: c.tmp,
    secrets: c.secrets,
    nodeArgs: [...(start.nodeArgs ?? []), ...(prof?.args ?? [])],
  });
  if (prof) c.profileDirs.set(gw, prof.dir);
  recordGateway(c, gw);
  return gw;
}

/** Stops a gateway (Lintel drains, then writes its CPU profile) and summarises the profile from the
 * first measured window on, leaving start-up and module compilation out. */
async function stopOne(c: Ctx, gw: RunningGateway): Promise<void> {
  await gw.stop();
  const dir = c.profileDirs.get(gw);
  if (!dir) return;
  const first = c.firstWindow.get(gw);
  const skipMs = first ? Math.max(0, first - gw.service.startedAt) : 0;
  c.report.profiles.push(...summarizeProfiles(dir, skipMs, c.log));
}

function recordGateway(c: Ctx, gw: RunningGateway): void {
  const run: GatewayRun = {
    label: gw.label,
    store: gw.setup.store.label,
    pipeline: gw.setup.pipeline,
    workers: gw.setup.workers,
    features: gw.features,
  };
  c.report.gateways.push(run);
  const on = gw.features.filter((f) => f.on).map((f) => f.name);
  c.log(`  features on: ${on.length ? on.join(', ') : 'none'}`);
  for (const f of gw.features.filter((x) => !x.on)) c.log(`  off: ${f.name} — ${f.why}`);
}

async function resolveStores(c: Ctx): Promise<StoreSetup[]> {
  const stores: StoreSetup[] = [];
  for (const name of c.o.stores) {
    const r = await resolveStore(name, c.o.databaseUrl, c.o.redisUrl);
    if ('skip' in r) {
      c.report.skipped.push(`store ${name}: ${r.skip}`);
      c.log(`skipping store ${name}: ${r.skip}`);
    } else stores.push(r);
  }
  return stores;
}

/** True when a pipeline turned on nothing beyond what the minimal one has anyway. */
function sameAsMinimal(gw: RunningGateway): boolean {
  const always = new Set(PIPELINES.minimal.features.map((f) => f.name));
  return !gw.features.some((f) => f.on && !always.has(f.name));
}

/** Starts a gateway of the matrix; one that fails to start is reported as skipped and the run goes on. */
async function tryStart(c: Ctx, setup: GatewaySetup, ctx: PipelineContext): Promise<RunningGateway | null> {
  try {
    return await startOne(c, setup, { ctx });
  } catch (err) {
    const why = `${gatewayLabel(setup)}: did not start: ${(err as Error).message.slice(0, 600)}`;
    c.report.skipped.push(why);
    c.log(`  skipped — ${why}`);
    return null;
  }
}

/** Starts every gateway of the matrix; they idle while another target is measured. */
async function startMatrixGateways(c: Ctx, ctx: PipelineContext): Promise<RunningGateway[]> {
  const gateways: RunningGateway[] = [];
  const stores = await resolveStores(c);
  const measured = new Set<string>();
  for (const store of stores) {
    for (const pipeline of c.o.pipelines) {
      const gw = await tryStart(c, { store, pipeline, workers: 0 }, ctx);
      if (!gw) continue;
      if (pipeline !== 'minimal' && c.o.pipelines.includes('minimal') && sameAsMinimal(gw)) {
        const why = `${gw.label}: no optional feature is available yet, so it is the minimal pipeline; not run twice`;
        c.report.skipped.push(why);
        c.log(`  skipped — ${why}`);
        await gw.stop();
        continue;
      }
      measured.add(pipeline);
      gateways.push(gw);
    }
  }
  if (c.o.workers <= 0) return gateways;
  if (!serveSupportsWorkers()) {
    const why = `--workers ${c.o.workers}: \`lintel serve --help\` does not list --workers yet (multi-worker scenario not run)`;
    c.report.skipped.push(why);
    c.log(`skipping ${why}`);
    return gateways;
  }
  const pipeline = ['full', ...c.o.pipelines].find((p) => measured.has(p)) ?? c.o.pipelines[0];
  for (const store of stores) {
    const gw = await tryStart(c, { store: storeForWorkers(store), pipeline, workers: c.o.workers }, ctx);
    if (gw) gateways.push(gw);
  }
  return gateways;
}

/** For each shape and connection count: the simulator direct, then every gateway, back to back, so
 * each overhead compares runs minutes apart at most on a machine whose load drifts. */
async function runMatrix(c: Ctx, simulator: Promise<Service>): Promise<void> {
  const ctx: PipelineContext = { simUrls: [c.simUrl], upstreamConnections: upstreamConnections(c.o) };
  const started = await Promise.allSettled([simulator, startMatrixGateways(c, ctx)]);
  if (started[0].status === 'fulfilled') c.sim = started[0].value;
  if (started[1].status === 'rejected' || started[0].status === 'rejected') {
    if (started[1].status === 'fulfilled') for (const gw of started[1].value) await stopOne(c, gw);
    throw started[0].status === 'rejected' ? started[0].reason : (started[1] as PromiseRejectedResult).reason;
  }
  const gateways = started[1].value;
  try {
    for (const shape of c.o.shapes) {
      for (const connections of c.o.connections) {
        await runScenario(c, shape, connections, null);
        for (const gw of gateways) await runScenario(c, shape, connections, gw);
      }
    }
  } finally {
    for (const gw of gateways) await stopOne(c, gw);
  }
}

/** Starts one gateway, runs `body`, stops it. */
async function withGateway(
  c: Ctx,
  setup: GatewaySetup,
  start: Omit<StartOptions, 'tmpDir' | 'nodeArgs' | 'secrets'> & { nodeArgs?: string[] },
  body: (gw: RunningGateway) => Promise<void>,
): Promise<void> {
  const gw = await startOne(c, setup, start);
  try {
    await body(gw);
  } finally {
    await stopOne(c, gw);
  }
}

async function runSoakMode(c: Ctx): Promise<void> {
  c.sim = await c.simStart;
  const [store] = await resolveStores(c);
  if (!store) throw new Error('no store available for the soak');
  const pipeline = c.o.pipelines.includes('full') ? 'full' : c.o.pipelines[0];
  const ctx: PipelineContext = { simUrls: [c.simUrl], upstreamConnections: upstreamConnections(c.o) };
  const inspectPort = await freePort();
  await withGateway(
    c,
    { store, pipeline, workers: 0 },
    { ctx, nodeArgs: [`--inspect=127.0.0.1:${inspectPort}`] },
    async (gw) => {
      c.log(`soak: ${c.o.soakS} s of JSON load at ${c.o.soakConnections} connections through ${gw.label}`);
      c.report.soak = await runSoak(c.driver, gw, {
        durationS: c.o.soakS,
        connections: c.o.soakConnections,
        inspectPort,
        log: c.log,
      });
    },
  );
}

/** One process when the streams fit under the open-files limit; else `--workers` (when serve has it). */
function idleWorkers(c: Ctx): number {
  const { hard } = openFilesLimits('self');
  const needed = c.o.idleStreams * FDS_PER_STREAM + 1024;
  if (!Number.isFinite(hard) || needed <= hard) return 0;
  if (!serveSupportsWorkers()) return 0;
  const workers = Math.max(c.o.workers, Math.ceil(needed / hard));
  c.log(
    `  ${c.o.idleStreams} streams need ${needed} descriptors, above the limit of ${hard}: using --workers ${workers}`,
  );
  return workers;
}

async function runIdleMode(c: Ctx): Promise<void> {
  const [store] = await resolveStores(c);
  if (!store) throw new Error('no store available for the idle streams');
  const origins = originsFor(c.o.idleStreams);
  const perOrigin = Math.ceil(c.o.idleStreams / origins);
  const holdMs = (c.o.idleHoldS + 600) * 1000;
  c.log(`idle streams: ${origins} silent simulators in one process (first event, then ${holdMs / 1000} s of silence)…`);
  const silent = await startSilentUpstreams(origins, holdMs);
  try {
    const pipeline = c.o.pipelines.includes('full') ? 'full' : c.o.pipelines[0];
    const ctx: PipelineContext = {
      simUrls: silent.urls,
      upstreamConnections: Math.min(1024, perOrigin + 24),
      idleTimeoutMs: holdMs,
    };
    const workers = idleWorkers(c);
    await withGateway(
      c,
      { store: workers > 0 ? storeForWorkers(store) : store, pipeline, workers },
      { ctx, openFiles: c.o.idleStreams * FDS_PER_STREAM + 1024, preflight: ['json'] },
      async (gw) => {
        c.report.idleStreams = await runIdleStreams(gw, {
          streams: c.o.idleStreams,
          holdS: c.o.idleHoldS,
          origins,
          workers,
          log: c.log,
        });
      },
    );
  } finally {
    await silent.close();
  }
}

export async function runBench(
  o: BenchOptions,
  command: string,
  log: Log = (l) => console.error(l),
): Promise<BenchReport> {
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    finishedAt: '',
    command,
    machine: machineInfo(),
    settings: { durationS: o.durationS, warmupS: o.warmupS, shapes: o.shapes, connections: o.connections },
    gateways: [],
    skipped: [],
    scenarios: [],
    soak: null,
    idleStreams: null,
    profiles: [],
  };
  const tmp = mkdtempSync(join(tmpdir(), 'lintel-bench-'));
  log('starting the simulator (its own process, no think time)…');
  // Port 0: the simulator picks its own port, so no other process can take it between a probe and the bind.
  const simStart = startSimulatorProcess();
  const simUrl = (await simStart).url;
  const driver = new LoadDriver();
  const c: Ctx = {
    o,
    log,
    tmp,
    simUrl,
    simStart,
    sim: null,
    driver,
    report,
    firstWindow: new Map(),
    profileDirs: new Map(),
    secrets: benchSecrets(),
  };
  try {
    if (o.soakS > 0 || o.idleStreams > 0) {
      if (o.soakS > 0) await runSoakMode(c);
      if (o.idleStreams > 0) {
        try {
          await runIdleMode(c);
        } catch (err) {
          // Keep what the soak measured; say why the idle streams are missing.
          const why = `idle streams: failed: ${(err as Error).message.slice(0, 600)}`;
          report.skipped.push(why);
          log(why);
        }
      }
    } else await runMatrix(c, simStart);
  } finally {
    await driver.close();
    await simStart.then((s) => s.stop()).catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
  attachOverheads(report.scenarios);
  report.finishedAt = new Date().toISOString();
  return report;
}

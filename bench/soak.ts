// Soak: one node under steady JSON load for a long time; RSS sampled every second from /proc and the
// heap after a full GC sampled through the inspector, each fitted with a least-squares slope.
import type { RunningGateway } from './gateway.ts';
import { heapAfterGc, type HeapSample } from './inspector.ts';
import type { LoadDriver } from './load/driver.ts';
import { CHAT_PATH, chatBody } from './measure.ts';
import { BENCH_MODEL } from './pipelines.ts';
import { peakRssBytes, processTree, resetPeakRss, rssBytes } from './proc-stats.ts';
import { linearRegression } from './stats.ts';

export interface RssSample {
  atS: number;
  rssBytes: number;
}

export interface SoakResult {
  label: string;
  durationS: number;
  connections: number;
  requests: number;
  rps: number;
  errors: number;
  settleS: number;
  samples: RssSample[];
  rssStartBytes: number;
  rssEndBytes: number;
  peakRssBytes: number;
  rssSlopeMbPerMin: number;
  rssSlopeR2: number;
  rssSlopeSecondHalfMbPerMin: number;
  heapAfterGc: HeapSample[];
  heapSlopeMbPerMin: number;
  heapNote: string;
}

const MB = 2 ** 20;

function slopeMbPerMin(xsS: number[], ys: number[]): { slope: number; r2: number } {
  const r = linearRegression(xsS, ys);
  return { slope: (r.slope * 60) / MB, r2: r.r2 };
}

export async function runSoak(
  driver: LoadDriver,
  gw: RunningGateway,
  o: { durationS: number; connections: number; inspectPort: number | null; log: (line: string) => void },
): Promise<SoakResult> {
  const pid = gw.service.pid;
  const pids = () => processTree(pid);
  resetPeakRss(pids());
  const samples: RssSample[] = [];
  const heap: HeapSample[] = [];
  let heapNote = o.inspectPort === null ? 'no inspector port' : '';
  const t0 = performance.now();
  const at = () => (performance.now() - t0) / 1000;
  const rssTimer = setInterval(() => samples.push({ atS: at(), rssBytes: rssBytes(pids()) }), 1000);
  const heapEveryMs = Math.max(5_000, Math.min(30_000, (o.durationS * 1000) / 10));
  let heapBusy = false;
  const sampleHeap = async () => {
    if (o.inspectPort === null || heapBusy) return;
    heapBusy = true;
    try {
      const h = await heapAfterGc(o.inspectPort);
      heap.push({ atS: at(), usedBytes: h.used, totalBytes: h.total, memory: h.memory });
    } catch (err) {
      heapNote = `inspector: ${(err as Error).message}`;
    } finally {
      heapBusy = false;
    }
  };
  const heapTimer = setInterval(() => void sampleHeap(), heapEveryMs);
  const progress = setInterval(() => {
    const last = samples[samples.length - 1];
    if (last) o.log(`  soak ${Math.round(last.atS)} s: RSS ${(last.rssBytes / MB).toFixed(1)} MB`);
  }, 30_000);
  let load: Awaited<ReturnType<LoadDriver['run']>>;
  try {
    load = await driver.run({
      shape: 'json',
      url: gw.service.url,
      path: CHAT_PATH,
      headers: gw.headers,
      body: chatBody(BENCH_MODEL, 'json'),
      connections: o.connections,
      durationS: o.durationS,
      warmupS: 0,
    });
  } finally {
    clearInterval(rssTimer);
    clearInterval(heapTimer);
    clearInterval(progress);
  }
  while (heapBusy) await new Promise((r) => setTimeout(r, 50));
  await sampleHeap(); // one more after the load stopped
  const settleS = Math.min(30, o.durationS * 0.1);
  const steady = samples.filter((s) => s.atS >= settleS);
  const all = slopeMbPerMin(
    steady.map((s) => s.atS),
    steady.map((s) => s.rssBytes),
  );
  const half = steady.filter((s) => s.atS >= o.durationS / 2);
  const second = slopeMbPerMin(
    half.map((s) => s.atS),
    half.map((s) => s.rssBytes),
  );
  const heapSlope = slopeMbPerMin(
    heap.map((h) => h.atS),
    heap.map((h) => h.usedBytes),
  );
  return {
    label: gw.label,
    durationS: o.durationS,
    connections: o.connections,
    requests: load.requests,
    rps: load.rps,
    errors: load.errors + load.non2xx,
    settleS,
    samples,
    rssStartBytes: steady[0]?.rssBytes ?? 0,
    rssEndBytes: samples[samples.length - 1]?.rssBytes ?? 0,
    peakRssBytes: peakRssBytes(pids()),
    rssSlopeMbPerMin: all.slope,
    rssSlopeR2: all.r2,
    rssSlopeSecondHalfMbPerMin: second.slope,
    heapAfterGc: heap,
    heapSlopeMbPerMin: heapSlope.slope,
    heapNote: heap.length ? '' : heapNote || 'no sample',
  };
}

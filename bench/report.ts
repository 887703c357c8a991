// The bench's results as JSON and as a Markdown table (printed and written to bench/results/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { GatewayUsage } from './measure.ts';
import type { LoadResult, Shape } from './load/types.ts';
import type { FeatureStatus } from './pipelines.ts';
import type { SoakResult } from './soak.ts';
import type { IdleStreamsResult } from './idle-streams.ts';
import { cliArgv } from './processes.ts';
import { type ProfileSummary, profileMarkdown } from './profile-summary.ts';

export interface Overhead {
  /** Lintel p50 minus direct p50, ms. */
  p50Ms: number;
  ttftP50Ms: number | null;
  /** Lintel requests/s divided by direct requests/s. */
  rpsRatio: number;
}

export interface ScenarioResult {
  target: 'direct' | 'lintel';
  /** "simulator direct" or the gateway label, e.g. "embedded/minimal". */
  label: string;
  shape: Shape;
  connections: number;
  load: LoadResult;
  gateway: GatewayUsage | null;
  simulatorCpuMsPerRequest: number;
  overhead: Overhead | null;
}

export interface GatewayRun {
  label: string;
  store: string;
  pipeline: string;
  workers: number;
  features: FeatureStatus[];
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  command: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string; runtime?: string };
  settings: { durationS: number; warmupS: number; shapes: Shape[]; connections: number[] };
  gateways: GatewayRun[];
  skipped: string[];
  scenarios: ScenarioResult[];
  soak: SoakResult | null;
  idleStreams: IdleStreamsResult | null;
  profiles: ProfileSummary[];
}

export function machineInfo(): BenchReport['machine'] {
  const c = cpus();
  return {
    cpus: c.length,
    cpuModel: c[0]?.model ?? 'unknown',
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    runtime: cliArgv()[0] === '--import' ? 'TypeScript sources through tsx' : 'compiled JavaScript (dist/)',
  };
}

/** Fills each Lintel scenario's overhead from the direct run of the same shape and connections. */
export function attachOverheads(scenarios: ScenarioResult[]): void {
  for (const s of scenarios) {
    if (s.target !== 'lintel') continue;
    const d = scenarios.find((x) => x.target === 'direct' && x.shape === s.shape && x.connections === s.connections);
    if (!d) continue;
    s.overhead = {
      p50Ms: s.load.latency.p50 - d.load.latency.p50,
      ttftP50Ms: s.load.ttft && d.load.ttft ? s.load.ttft.p50 - d.load.ttft.p50 : null,
      rpsRatio: s.load.rps / d.load.rps,
    };
  }
}

const num = (v: number | null | undefined, digits: number): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits);
const signed = (v: number | null | undefined, digits: number): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '—' : `${v >= 0 ? '+' : ''}${v.toFixed(digits)}`;
const mb = (bytes: number | undefined): string => (bytes ? (bytes / 2 ** 20).toFixed(0) : '—');

export const TABLE_COLUMNS = [
  'target',
  'shape',
  'conns',
  'req/s',
  'p50 ms',
  'p90 ms',
  'p99 ms',
  'TTFT p50 ms',
  'Lintel CPU ms/req',
  'Lintel CPU % of a core',
  'peak RSS MB',
  'Δp50 ms',
  'ΔTTFT p50 ms',
  'req/s vs direct',
  'errors',
];

export function scenarioTable(scenarios: ScenarioResult[]): string {
  const lines = [`| ${TABLE_COLUMNS.join(' | ')} |`, `|${TABLE_COLUMNS.map(() => '---').join('|')}|`];
  for (const s of scenarios) {
    const l = s.load;
    const bad = l.errors + l.non2xx;
    lines.push(
      `| ${[
        s.label,
        s.shape,
        String(s.connections),
        num(l.rps, 0),
        num(l.latency.p50, 2),
        num(l.latency.p90, 2),
        num(l.latency.p99, 2),
        l.ttft ? num(l.ttft.p50, 2) : '—',
        s.gateway ? num(s.gateway.cpuMsPerRequest, 3) : '—',
        s.gateway ? num(s.gateway.cpuPercent, 0) : '—',
        s.gateway ? mb(s.gateway.peakRssBytes) : '—',
        s.overhead ? signed(s.overhead.p50Ms, 2) : '—',
        s.overhead ? signed(s.overhead.ttftP50Ms, 2) : '—',
        s.overhead ? `${num(s.overhead.rpsRatio, 2)}×` : '—',
        bad === 0 ? '0' : `${bad} (${l.non2xx} non-2xx)`,
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

function soakMarkdown(s: SoakResult): string {
  const lines = [
    `### Soak: ${s.label}, ${s.durationS} s of JSON load at ${s.connections} connections`,
    '',
    `- requests: ${s.requests} (${num(s.rps, 0)}/s), errors/non-2xx: ${s.errors}`,
    `- RSS: start ${mb(s.rssStartBytes)} MB, end ${mb(s.rssEndBytes)} MB, peak ${mb(s.peakRssBytes)} MB`,
    `- RSS slope (least squares over ${s.samples.length} samples after the first ${s.settleS} s): ` +
      `${signed(s.rssSlopeMbPerMin, 3)} MB/min (r² ${num(s.rssSlopeR2, 2)}); ` +
      `second half: ${signed(s.rssSlopeSecondHalfMbPerMin, 3)} MB/min`,
  ];
  if (s.heapAfterGc.length) {
    const first = s.heapAfterGc[0];
    const last = s.heapAfterGc[s.heapAfterGc.length - 1];
    lines.push(
      `- heap after GC (inspector, ${s.heapAfterGc.length} samples): first ${mb(first.usedBytes)} MB, last ` +
        `${mb(last.usedBytes)} MB, slope ${signed(s.heapSlopeMbPerMin, 3)} MB/min`,
    );
    const m = last.memory;
    if (m) {
      lines.push(
        `- at the last sample, after GC: RSS ${mb(m.rss)} MB = JS heap committed ${mb(m.heapTotal)} MB ` +
          `(used ${mb(m.heapUsed)} MB) + external ${mb(m.external)} MB (array buffers ${mb(m.arrayBuffers)} MB) ` +
          `+ ${mb(m.rss - m.heapTotal - m.external)} MB of code, stacks and native allocations`,
      );
    }
  } else lines.push(`- heap after GC: not measured (${s.heapNote})`);
  return lines.join('\n');
}

function idleMarkdown(r: IdleStreamsResult): string {
  const lines = [
    `### Idle SSE streams: ${r.label}`,
    '',
    `- requested ${r.requested}, attempted ${r.attempted}, held ${r.held} at once (${r.failed} failed to open` +
      `${r.firstError ? `; first error: ${r.firstError}` : ''}) for ${num(r.holdS, 0)} s; opened in ${num(r.openS, 1)} s`,
    `- Lintel RSS: before ${mb(r.rssBeforeBytes)} MB, holding ${mb(r.rssHoldingBytes)} MB, peak ${mb(r.peakRssBytes)} MB, ` +
      `after release ${mb(r.rssAfterBytes)} MB; ≈ ${num(r.bytesPerStream / 1024, 1)} KiB per stream`,
    `- Lintel CPU while holding: ${num(r.cpuMsPerSecondHolding, 1)} ms/s; open files ${r.openFilesHolding} (limit ${r.openFilesLimit})`,
  ];
  for (const n of r.notes) lines.push(`- note: ${n}`);
  return lines.join('\n');
}

export function toMarkdown(r: BenchReport): string {
  const m = r.machine;
  const out = [
    `## Lintel benchmark — ${r.startedAt}`,
    '',
    `Command: \`${r.command}\`  `,
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}. Simulator, Lintel and the ` +
      `load generator each run in their own process on the same machine. Lintel runs as ${m.runtime ?? 'tsx'}.  `,
    `Per scenario: ${r.settings.warmupS} s warm-up, ${r.settings.durationS} s measured.`,
    '',
  ];
  if (r.gateways.length) {
    out.push('Pipelines measured:', '');
    for (const g of r.gateways) {
      const on = g.features.filter((f) => f.on).map((f) => f.name);
      const off = g.features.filter((f) => !f.on).map((f) => `${f.name} (${f.why})`);
      out.push(
        `- **${g.label}**: ${on.length ? `on: ${on.join(', ')}` : 'no optional features on'}` +
          (off.length ? `; off: ${off.join('; ')}` : ''),
      );
    }
    out.push('');
  }
  if (r.scenarios.length) out.push(scenarioTable(r.scenarios), '');
  if (r.skipped.length) {
    out.push('Skipped:', '');
    for (const s of r.skipped) out.push(`- ${s}`);
    out.push('');
  }
  if (r.scenarios.length) {
    out.push(
      'Notes: latencies are client-side, in ms, from fractional per-response timings (JSON: autocannon; streams: an ' +
        'undici client timing the first `data:` event and the end of the stream). Lintel CPU ms/req = utime+stime of ' +
        "Lintel's process tree (/proc, 10 ms ticks) over the measured window ÷ responses received; requests still in " +
        'flight when the window closes add up to `conns` requests of CPU that are not counted as responses. ' +
        "Lintel CPU % = that CPU time ÷ the window's wall time (100 = one core busy throughout): below 100 while " +
        'latency grows means Lintel waited for a core the machine gave to other processes. Peak RSS is ' +
        'VmHWM reset at the start of each window. Overheads compare with the simulator-direct run of the same shape ' +
        'and connections in this run.',
      '',
    );
  }
  if (r.soak) out.push(soakMarkdown(r.soak), '');
  if (r.idleStreams) out.push(idleMarkdown(r.idleStreams), '');
  for (const p of r.profiles) out.push(`### CPU profile`, '', profileMarkdown(p), '');
  return out.join('\n');
}

export function writeReport(r: BenchReport, outDir: string): { json: string; markdown: string } {
  mkdirSync(outDir, { recursive: true });
  const stamp = r.startedAt.replace(/[:.]/g, '-');
  const json = join(outDir, `bench-${stamp}.json`);
  const markdown = join(outDir, `bench-${stamp}.md`);
  writeFileSync(json, `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(markdown, toMarkdown(r));
  writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(join(outDir, 'latest.md'), toMarkdown(r));
  return { json, markdown };
}

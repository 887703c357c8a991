// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the top functions by self time, time by
// package / file, and Lintel's own functions by total (inclusive) time.
// Usage: node --import tsx bench/profile-summary.ts FILE.cpuprofile [--top N]
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createLineMapper } from './source-lines.ts';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionTime {
  name: string;
  /** Where: repo-relative path or package, with line (1-based, of the code V8 ran). */
  where: string;
  group: string;
  selfMs: number;
  /** Share of the busy (non-idle) time. */
  selfPct: number;
  totalMs: number;
}

export interface ProfileSummary {
  file: string;
  /** Samples counted (after skipMs). */
  sampledMs: number;
  idleMs: number;
  busyMs: number;
  samples: number;
  topSelf: FunctionTime[];
  byGroup: { group: string; selfMs: number; selfPct: number }[];
  /** Lintel's own (src/) functions by inclusive time. */
  lintelTotal: FunctionTime[];
}

const SPECIAL = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

function displayUrl(url: string, root: string): string {
  if (url.startsWith('file://')) {
    try {
      return relative(root, fileURLToPath(url));
    } catch {
      return url;
    }
  }
  return url;
}

/** A coarse owner of the code: a package, Node internals, Lintel's folder, or V8's pseudo-nodes. */
export function groupOf(url: string, functionName: string, root: string): string {
  if (!url) return SPECIAL.has(functionName) ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm !== -1) {
    const parts = url.slice(nm + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const rel = displayUrl(url, root);
  if (rel.startsWith('src/')) return `lintel ${rel.split('/').slice(0, 2).join('/')}`;
  return rel;
}

export interface SummaryOptions {
  file?: string;
  top?: number;
  /** Paths are shown relative to this folder (default: the current one). */
  root?: string;
  /** Ignores samples taken in the first N ms of the profile (start-up, module compilation). */
  skipMs?: number;
  /** Maps tsx-transformed positions to .ts source lines (default on). */
  sourceLines?: boolean;
}

export function summarizeProfile(profile: CpuProfile, opts: SummaryOptions = {}): ProfileSummary {
  const top = opts.top ?? 25;
  const root = opts.root ?? process.cwd();
  const lineOf = opts.sourceLines === false ? () => null : createLineMapper(profile.nodes.map((n) => n.callFrame));
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) byId.set(n.id, n);
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  // Each sample lasts until the next one; the last gets the mean interval.
  const self = new Map<number, number>();
  const { samples, timeDeltas } = profile;
  const total = profile.endTime - profile.startTime;
  const mean = samples.length ? total / samples.length : 0;
  const skipUs = (opts.skipMs ?? 0) * 1000;
  let t = 0;
  let counted = 0;
  for (let i = 0; i < samples.length; i++) {
    t += timeDeltas[i] ?? 0;
    if (t < skipUs) continue;
    counted++;
    const us = i + 1 < timeDeltas.length ? Math.max(0, timeDeltas[i + 1]) : mean;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + us);
  }

  const keyOf = (n: ProfileNode) => {
    const f = n.callFrame;
    return `${f.functionName}\u0000${f.url}\u0000${f.lineNumber}:${f.columnNumber}`;
  };
  const fns = new Map<string, FunctionTime & { frame: CallFrame }>();
  const fnFor = (n: ProfileNode) => {
    const k = keyOf(n);
    let e = fns.get(k);
    if (!e) {
      const f = n.callFrame;
      const url = displayUrl(f.url, root);
      const line = lineOf(f) ?? f.lineNumber + 1;
      e = {
        name: f.functionName || '(anonymous)',
        where: url ? `${url}:${line}` : '',
        group: groupOf(f.url, f.functionName, root),
        selfMs: 0,
        selfPct: 0,
        totalMs: 0,
        frame: f,
      };
      fns.set(k, e);
    }
    return e;
  };

  let idleUs = 0;
  let sampledUs = 0;
  for (const [id, us] of self) {
    const n = byId.get(id);
    if (!n) continue;
    sampledUs += us;
    if (n.callFrame.functionName === '(idle)') idleUs += us;
    fnFor(n).selfMs += us / 1000;
    // Inclusive time: charge each distinct function on the stack once (recursion is not double counted).
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const node = byId.get(cur);
      if (!node) break;
      const k = keyOf(node);
      if (seen.has(k)) continue;
      seen.add(k);
      fnFor(node).totalMs += us / 1000;
    }
  }
  const busyMs = (sampledUs - idleUs) / 1000;
  const list = [...fns.values()].filter((f) => f.name !== '(idle)' && f.name !== '(root)');
  for (const f of list) f.selfPct = busyMs > 0 ? (100 * f.selfMs) / busyMs : 0;
  const strip = ({ frame: _frame, ...f }: FunctionTime & { frame: CallFrame }): FunctionTime => f;

  const groups = new Map<string, number>();
  for (const f of list) groups.set(f.group, (groups.get(f.group) ?? 0) + f.selfMs);

  return {
    file: opts.file ?? '',
    sampledMs: sampledUs / 1000,
    idleMs: idleUs / 1000,
    busyMs,
    samples: counted,
    topSelf: [...list]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map(strip),
    byGroup: [...groups.entries()]
      .map(([group, selfMs]) => ({ group, selfMs, selfPct: busyMs > 0 ? (100 * selfMs) / busyMs : 0 }))
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top),
    lintelTotal: list
      .filter((f) => f.group.startsWith('lintel '))
      .sort((a, b) => b.totalMs - a.totalMs)
      .slice(0, top)
      .map(strip),
  };
}

export function readProfile(file: string): CpuProfile {
  return JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
}

export function profileMarkdown(s: ProfileSummary): string {
  const ms = (v: number) => v.toFixed(1);
  const lines = [
    `Profile ${s.file}: ${s.samples} samples, ${ms(s.sampledMs)} ms sampled, ${ms(s.busyMs)} ms busy ` +
      `(${ms(s.idleMs)} ms idle).`,
    '',
    '| # | self ms | self % of busy | function | where | group |',
    '|---|---|---|---|---|---|',
    ...s.topSelf.map(
      (f, i) => `| ${i + 1} | ${ms(f.selfMs)} | ${f.selfPct.toFixed(1)} | \`${f.name}\` | ${f.where} | ${f.group} |`,
    ),
    '',
    '| group | self ms | self % of busy |',
    '|---|---|---|',
    ...s.byGroup.map((g) => `| ${g.group} | ${ms(g.selfMs)} | ${g.selfPct.toFixed(1)} |`),
    '',
    '| Lintel function | total ms (inclusive) | self ms | where |',
    '|---|---|---|---|',
    ...s.lintelTotal.map((f) => `| \`${f.name}\` | ${ms(f.totalMs)} | ${ms(f.selfMs)} | ${f.where} |`),
  ];
  return lines.join('\n');
}

function main(argv: string[]): void {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { top: { type: 'string' }, json: { type: 'boolean' }, 'skip-ms': { type: 'string' } },
  });
  if (positionals.length === 0) {
    console.error(
      'usage: node --import tsx bench/profile-summary.ts FILE.cpuprofile… [--top N] [--skip-ms MS] [--json]',
    );
    process.exit(2);
  }
  const top = values.top ? Number(values.top) : 25;
  for (const file of positionals) {
    const s = summarizeProfile(readProfile(file), { file, top, skipMs: Number(values['skip-ms'] ?? 0) });
    console.log(values.json ? JSON.stringify(s, null, 2) : `${profileMarkdown(s)}\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));

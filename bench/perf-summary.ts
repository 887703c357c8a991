// Where a node's CPU went during a `perf record` (bench/retrieval.ts --perf DIR): every sample is charged to the
// first frame, from the leaf up, that belongs to a part of the request path (BM25, answer bytes, socket write, auth,
// body parsing, Fastify, Node's HTTP, GC, …), so a builtin or a syscall counts for the code that called it.
// Unlike V8's --cpu-prof (wall-clock samples: a process preempted on a busy machine is charged to whatever it was
// running), perf samples CPU cycles, kernel included.
// JavaScript frames are named from /tmp/perf-PID.map (node --perf-basic-prof). V8 reuses code space, and the map
// only grows, so an address can carry several names; the last one written is the code that ran there.
// Usage: node --import tsx bench/perf-summary.ts FILE.data [--cpu-ms-per-request X]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Parts of the /v1/retrieve path, matched against frame names; the first part a frame matches wins. */
export const PARTS: [string, RegExp][] = [
  ['BM25 scoring + top-k', /retrieval\/lexical\/(bm25|topk)\.ts/],
  // Hybrid: sqlite-vec's native frames (its top-k selection min_idx, candidate bitmaps, distances) and the scan.
  ['dense k-NN: sqlite-vec', /\bmin_idx\b|\bbitmap_|vec0|distance_cosine|search\/sqlite-vec\.ts/],
  ['dense k-NN: in-process scan', /search\/(f32-scan|dense)\.ts/],
  ['fusion (RRF)', /search\/fusion\.ts/],
  ['query analysis (tokenize, stem)', /retrieval\/lexical\/analyzer\.ts/],
  ['answer bytes (response-json)', /retrieval\/response-json\.ts/],
  ['socket write (writev syscall, kernel TCP)', /clearBuffer|StreamBase::Writev|__GI___writev/],
  [
    'auth (key hash and lookup, principal)',
    /access\/identity\.ts|crypto\/hash|console\/session-hook|access\/admin\/plugin/,
  ],
  ['body: JSON parse + schema', /server\/body\.ts|zod\/|content-type-parser|JsonParse/],
  ['retrieval service (collection lookup, envelope)', /retrieval\/service\.ts/],
  ['retrieve route handler', /retrieval\/(routes|retrieve-call)\.ts/],
  [
    'request record + explanation (recorder, SQLite)',
    /recording\/|governance\/explain|better-sqlite3|better_sqlite3|sqlite3_|kysely/,
  ],
  ['metrics + finish listeners (monitoring, lifecycle)', /telemetry\/|prom-client|monitoring\/|lifecycle\//],
  [
    'gateway path (context, admission, headers, finish)',
    /gateway\/(context|respond|client-strings)\.ts|access\/(admission|scopes|request-state|rate-headers)\.ts|server\/(observability|request-id)\.ts/,
  ],
  // After the record, metrics and gateway-path parts, so a lexical run's own record and metrics are not charged to
  // an embedding call it never makes; in a hybrid run the embedding call's record and metrics count there too.
  [
    'query embedding: gateway call in process (inject, route) + HTTP client to the provider',
    /src\/(gateway|providers|routing|limits|cost|upstream)\/|light-my-request|undici|retrieval\/area\.ts/,
  ],
  ['request logger child (pino)', /pino\/|logger-factory|telemetry\/logger/],
  [
    'Fastify (routing, hooks, reply)',
    /node_modules\/fastify|find-my-way|server\/(http-limits|app|runtime|admin-audit)\.ts/,
  ],
  [
    'Node HTTP (parser, request/response objects, headers)',
    /node:_http|llhttp|Parser::|node:internal\/streams|node:net/,
  ],
  ['GC', /Scaveng|Marking|Sweep|GarbageCollect|Heap::|ArrayBufferSweeper/],
];
const OTHER = 'other (event loop, libc, V8 runtime)';

interface MapEntry {
  start: bigint;
  end: bigint;
  name: string;
  order: number;
}

/** The JIT code map with "last written wins" lookups. */
function jitNames(pid: string): ((ip: bigint) => string | undefined) | null {
  const file = `/tmp/perf-${pid}.map`;
  if (!existsSync(file)) return null;
  const entries: MapEntry[] = [];
  let longest = 0n;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([0-9a-f]+) ([0-9a-f]+) (.*)$/i.exec(line);
    if (!m) continue;
    const start = BigInt(`0x${m[1]}`);
    const size = BigInt(`0x${m[2]}`);
    if (size > longest) longest = size;
    entries.push({ start, end: start + size, name: m[3] as string, order: entries.length });
  }
  entries.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const cache = new Map<bigint, string | undefined>();
  return (ip) => {
    if (cache.has(ip)) return cache.get(ip);
    let lo = 0;
    let hi = entries.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((entries[mid] as MapEntry).start <= ip) lo = mid + 1;
      else hi = mid - 1;
    }
    let best: MapEntry | undefined;
    for (let i = hi; i >= 0; i--) {
      const e = entries[i] as MapEntry;
      if (ip - e.start > longest) break;
      if (ip < e.end && (!best || e.order > best.order)) best = e;
    }
    cache.set(ip, best?.name);
    return best?.name;
  };
}

/**
 * Each part's share of all samples, and the share of all samples it took on a main thread (the event loop every
 * request waits for; the rest ran on other threads: V8's GC helpers, worker threads such as the record writer).
 */
export function summarizePerf(file: string): {
  samples: number;
  mainShare: number;
  parts: { part: string; share: number; mainShare: number }[];
} {
  const text = execFileSync('perf', ['script', '-i', file, '-F', 'pid,tid,ip,sym'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const counts = new Map<string, number>();
  const onMain = new Map<string, number>();
  let samples = 0;
  let mainSamples = 0;
  let names: ((ip: bigint) => string | undefined) | null | undefined;
  for (const block of text.split('\n\n')) {
    const lines = block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length < 2) continue;
    const [pid, tid] = (lines[0] as string).split(/[\s/]+/);
    if (names === undefined) names = jitNames(pid as string);
    samples++;
    const main = pid === tid;
    if (main) mainSamples++;
    let part = OTHER;
    for (const line of lines.slice(1)) {
      const [ip, ...rest] = line.split(/\s+/);
      let name = rest.join(' ');
      if (name.startsWith('JS:') && names) name = names(BigInt(`0x${ip}`)) ?? name;
      const hit = PARTS.find(([, rx]) => rx.test(name));
      if (hit) {
        part = hit[0];
        break;
      }
    }
    counts.set(part, (counts.get(part) ?? 0) + 1);
    if (main) onMain.set(part, (onMain.get(part) ?? 0) + 1);
  }
  const of = (n: number) => (samples ? n / samples : 0);
  return {
    samples,
    mainShare: of(mainSamples),
    parts: [...counts.entries()]
      .map(([part, n]) => ({ part, share: of(n), mainShare: of(onMain.get(part) ?? 0) }))
      .sort((a, b) => b.share - a.share),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'cpu-ms-per-request': { type: 'string' } },
  });
  const perRequest = Number(values['cpu-ms-per-request'] ?? 0);
  for (const file of positionals) {
    const s = summarizePerf(file);
    console.log(
      `${file}: ${s.samples} samples, ${(100 * s.mainShare).toFixed(1)} % on main threads (second column: the part's` +
        ' share on main threads)',
    );
    for (const p of s.parts)
      console.log(
        `${(100 * p.share).toFixed(1).padStart(5)} % ${(100 * p.mainShare).toFixed(1).padStart(5)} %` +
          (perRequest ? `  ${(1000 * perRequest * p.share).toFixed(1).padStart(6)} µs/request` : '') +
          `  ${p.part}`,
      );
  }
}

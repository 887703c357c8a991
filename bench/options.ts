// Benchmark options: defaults, `--quick`, and parsing of `npm run bench -- …` arguments.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PIPELINES } from './pipelines.ts';
import type { Shape } from './load/types.ts';
import { REPO_ROOT } from './processes.ts';

export type StoreName = 'embedded' | 'postgres';

export interface BenchOptions {
  durationS: number;
  warmupS: number;
  shapes: Shape[];
  connections: number[];
  stores: StoreName[];
  pipelines: string[];
  /** `lintel serve --workers N` scenarios (0 = none); skipped when serve does not know the option. */
  workers: number;
  databaseUrl: string;
  redisUrl: string;
  outDir: string;
  /** Runs every Lintel process under `node --cpu-prof` and summarises the profiles. */
  cpuProf: boolean;
  /** Soak: seconds of steady JSON load on one node, RSS and heap-after-GC sampled (0 = off). */
  soakS: number;
  soakConnections: number;
  /** Idle SSE streams held at once through one node (0 = off). */
  idleStreams: number;
  idleHoldS: number;
}

export const DEFAULTS: BenchOptions = {
  durationS: 10,
  warmupS: 2,
  shapes: ['json', 'stream'],
  connections: [1, 32, 256],
  stores: ['embedded', 'postgres'],
  pipelines: ['minimal', 'full'],
  workers: 2,
  databaseUrl: process.env.LINTEL_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test',
  redisUrl: process.env.LINTEL_REDIS_URL || 'redis://127.0.0.1:6379',
  outDir: join(REPO_ROOT, 'bench', 'results'),
  cpuProf: false,
  soakS: 0,
  soakConnections: 32,
  idleStreams: 0,
  idleHoldS: 20,
};

export const USAGE = `npm run bench -- [options]
  --duration S        measured seconds per scenario (default 10)
  --warmup S          unmeasured load before each scenario (default 2)
  --quick             3 s per scenario, 0.5 s warm-up
  --only json|stream  one request shape
  --connections LIST  e.g. 1,32 (default 1,32,256)
  --stores LIST       embedded,postgres (postgres runs only when reachable; adds Redis when reachable)
  --pipelines LIST    ${Object.keys(PIPELINES).join(',')}
  --workers N         also run \`lintel serve --workers N\` (default 2; 0 = no multi-worker scenario)
  --cpu-prof          run Lintel under node --cpu-prof; profiles and their summary go to the results folder
  --soak S            soak mode: S seconds of JSON load, RSS slope and heap after GC (then idle streams)
  --idle-streams N    hold N idle SSE streams through one node and report RSS (default with --soak: 10000)
  --idle-hold S       seconds to hold the idle streams (default 20)
  --out DIR           results folder (default bench/results)
  --no-components     skip the in-process component benchmarks (guardrails, access, usage over 1M records)`;

function list(v: string, what: string): string[] {
  const out = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (out.length === 0) throw new Error(`${what}: expected a comma-separated list`);
  return out;
}

function positive(v: string, what: string, allowZero = false): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) throw new Error(`${what}: expected a number > 0`);
  return n;
}

export function parseBenchArgs(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      duration: { type: 'string' },
      warmup: { type: 'string' },
      quick: { type: 'boolean' },
      only: { type: 'string' },
      connections: { type: 'string' },
      stores: { type: 'string' },
      pipelines: { type: 'string' },
      workers: { type: 'string' },
      'cpu-prof': { type: 'boolean' },
      soak: { type: 'string' },
      'soak-connections': { type: 'string' },
      'idle-streams': { type: 'string' },
      'idle-hold': { type: 'string' },
      'no-components': { type: 'boolean' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const o: BenchOptions = { ...DEFAULTS };
  if (values.quick) {
    o.durationS = 3;
    o.warmupS = 0.5;
  }
  if (values.duration) o.durationS = positive(values.duration, '--duration');
  if (values.warmup) o.warmupS = positive(values.warmup, '--warmup', true);
  if (values.only) {
    if (values.only !== 'json' && values.only !== 'stream') throw new Error('--only: expected json or stream');
    o.shapes = [values.only];
  }
  if (values.connections) {
    o.connections = list(values.connections, '--connections').map((c) => {
      const n = positive(c, '--connections');
      if (!Number.isInteger(n)) throw new Error('--connections: expected whole numbers');
      return n;
    });
  }
  if (values.stores) {
    o.stores = list(values.stores, '--stores').map((s) => {
      if (s !== 'embedded' && s !== 'postgres') throw new Error(`--stores: unknown store "${s}"`);
      return s;
    });
  }
  if (values.pipelines) {
    o.pipelines = list(values.pipelines, '--pipelines');
    for (const p of o.pipelines) if (!PIPELINES[p]) throw new Error(`--pipelines: unknown pipeline "${p}"`);
  }
  if (values.workers !== undefined) o.workers = Math.floor(positive(values.workers, '--workers', true));
  if (values['cpu-prof']) o.cpuProf = true;
  if (values.soak) {
    o.soakS = positive(values.soak, '--soak');
    o.idleStreams = 10_000;
  }
  if (values['soak-connections'])
    o.soakConnections = Math.floor(positive(values['soak-connections'], '--soak-connections'));
  if (values['idle-streams'] !== undefined)
    o.idleStreams = Math.floor(positive(values['idle-streams'], '--idle-streams', true));
  if (values['idle-hold']) o.idleHoldS = positive(values['idle-hold'], '--idle-hold');
  if (values.out) o.outDir = values.out;
  return o;
}

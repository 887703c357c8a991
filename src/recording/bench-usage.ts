// Usage benchmark for `npm run bench`: bulk-loads n synthetic records through the SQL sink (the same
// transactional path the recorder uses, in large batches) and times usage queries over all of them.
// The bound: usage over 1,000,000 records answers from the rollups in under 100 ms.
import { type Database, runMigrations } from '../storage/database.ts';
import { recordingMigrations } from './migrations.ts';
import { type UsageGranularity, type UsageGroupBy, usage } from './queries.ts';
import { SqlRecordSink } from './sql-sink.ts';
import { syntheticRecords } from './synthetic.ts';

export interface UsageBenchmarkOptions {
  /** Records per writeBatch call (default 5,000). */
  batchSize?: number;
  /** Time span the records cover (default 7 days: 168 hourly buckets). */
  days?: number;
  /** Distinct API keys (default 20; tenants and teams derive from keys, 6 models). */
  keys?: number;
  /** Runs of each query; the median is reported (default 5). */
  repeats?: number;
  onProgress?: (written: number) => void;
}

export interface UsageQueryTiming {
  groupBy: UsageGroupBy;
  granularity: UsageGranularity;
  tenant?: string;
  rows: number;
  requests: number;
  medianMs: number;
  maxMs: number;
}

export interface UsageBenchmarkResult {
  dialect: Database['dialect'];
  records: number;
  insertMs: number;
  recordsPerSecond: number;
  queries: UsageQueryTiming[];
  /** The slowest query median: the figure to hold under 100 ms at 1,000,000 records. */
  usageMs: number;
}

const QUERIES: { groupBy: UsageGroupBy; granularity: UsageGranularity; tenant?: string }[] = [
  { groupBy: 'model', granularity: 'hour' },
  { groupBy: 'key', granularity: 'hour' },
  { groupBy: 'model', granularity: 'day' },
  { groupBy: 'team', granularity: 'day' },
  { groupBy: 'provider', granularity: 'hour', tenant: 'tenant-1' },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function usageBenchmark(
  database: Database,
  n: number,
  opts: UsageBenchmarkOptions = {},
): Promise<UsageBenchmarkResult> {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('n must be a positive integer');
  await runMigrations(database, recordingMigrations);
  const batchSize = opts.batchSize ?? 5_000;
  const spanMs = (opts.days ?? 7) * 86_400_000;
  // A fresh id prefix per run, so a reused database still gets n new rows; a fixed window keeps the
  // rollup shape (buckets × groups) the same from run to run.
  const start = Date.UTC(2024, 0, 1);
  const synth = { start, spanMs, total: n, keys: opts.keys, idPrefix: `bench-${Date.now().toString(36)}` };
  const sink = new SqlRecordSink(database);

  const t0 = performance.now();
  for (let i = 0; i < n; i += batchSize) {
    const records = syntheticRecords(i, Math.min(n, i + batchSize), synth);
    await sink.writeBatch(records.map((record) => ({ record })));
    opts.onProgress?.(Math.min(n, i + batchSize));
  }
  const insertMs = performance.now() - t0;

  const queries: UsageQueryTiming[] = [];
  for (const q of QUERIES) {
    const times: number[] = [];
    let rows: Awaited<ReturnType<typeof usage>> = [];
    for (let r = 0; r < (opts.repeats ?? 5); r++) {
      const t = performance.now();
      rows = await usage(database, { ...q, from: start, to: start + spanMs });
      times.push(performance.now() - t);
    }
    queries.push({
      ...q,
      rows: rows.length,
      requests: rows.reduce((sum, row) => sum + row.requests, 0),
      medianMs: median(times),
      maxMs: Math.max(...times),
    });
  }
  return {
    dialect: database.dialect,
    records: n,
    insertMs,
    recordsPerSecond: n / (insertMs / 1000),
    queries,
    usageMs: Math.max(...queries.map((q) => q.medianMs)),
  };
}

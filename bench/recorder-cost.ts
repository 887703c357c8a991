// Request-log write path, CPU per record: search-shaped records (what POST /v1/retrieve records: endpoint
// `retrieve`, a tenant key, four retrieval.* tags, an admission check in the explanation, no model, no bodies)
// go through a RequestRecorder into the embedded store's writer thread (SqliteThreadSink) in batches of 500, as
// on a busy node. Each thread's CPU is read from /proc/self/task/<tid>/schedstat (nanoseconds on the CPU), so the
// report splits it: the main thread (queue, hand-over), the writer thread (the one other thread that used the
// most) and the rest (V8's GC helpers, libuv). Records are built before the clock starts.
// Several checkouts (`--root DIR`, repeatable; default this one) are measured in turn, each run in a child process
// of its own (one better-sqlite3 per process), alternating A B A B … for `--rounds` rounds so machine load hits
// them alike.
// Usage: node --import tsx bench/recorder-cost.ts [--records 40000] [--warmup 10000] [--batch 500]
//   [--prefill 0] [--rounds 3] [--root /work/main --root .]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RequestRecord } from '../src/spec/record.ts';

interface Options {
  records: number;
  warmup: number;
  batch: number;
  prefill: number;
  rounds: number;
  roots: string[];
}

export interface ChildResult {
  root: string;
  records: number;
  /** µs of CPU per record. */
  mainUs: number;
  writerUs: number;
  otherUs: number;
  totalUs: number;
  wallMs: number;
}

const HERE = resolve(fileURLToPath(import.meta.url), '..', '..');

function parseArgs(argv: string[]): Options & { child: boolean } {
  const o = { records: 40_000, warmup: 10_000, batch: 500, prefill: 0, rounds: 3, roots: [] as string[], child: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i] as string;
    if (a === '--records') o.records = Number(next());
    else if (a === '--warmup') o.warmup = Number(next());
    else if (a === '--batch') o.batch = Number(next());
    else if (a === '--prefill') o.prefill = Number(next());
    else if (a === '--rounds') o.rounds = Number(next());
    else if (a === '--root') o.roots.push(resolve(next()));
    else if (a === '--child') o.child = true;
    else throw new Error(`unknown option ${a}`);
  }
  if (o.roots.length === 0) o.roots.push(HERE);
  return o;
}

/** A record like the retrieval route's (src/retrieval/retrieve-call.ts through RequestContext.toRecord). */
export function searchRecord(i: number, now: number, id: string): RequestRecord {
  const receivedAt = now + Math.floor(i / 8);
  return {
    id,
    receivedAt,
    firstByteAt: receivedAt + 2,
    doneAt: receivedAt + 3,
    tenant: 'bench',
    team: null,
    keyId: `k_${(i % 4).toString().padStart(20, '0')}`,
    endUser: null,
    endpoint: 'retrieve',
    route: null,
    modelRequested: null,
    modelServed: null,
    provider: null,
    attempts: [],
    status: 200,
    errorType: null,
    inputTokens: null,
    outputTokens: null,
    cachedInputTokens: null,
    cacheWriteTokens: null,
    reasoningTokens: null,
    tokensEstimated: false,
    costUsd: null,
    stream: false,
    ttftMs: null,
    cacheHit: false,
    guardrails: [],
    configVersion: 'a3f9c2e1b7d04f6e',
    tags: {
      'retrieval.k': '10',
      'retrieval.mode': 'lexical',
      'retrieval.collection': 'scifact',
      'retrieval.results': '10',
    },
    explanation: {
      route: { requested: null, matched: null, strategy: undefined },
      steps: [],
      checks: [{ stage: 'admission', outcome: 'admitted: requests reserved' }],
      notes: [],
    },
  };
}

/** Nanoseconds on the CPU of each thread of this process. */
function threadCpuNs(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      out.set(Number(tid), Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]));
    } catch {
      /* the thread ended */
    }
  }
  return out;
}

async function child(o: Options): Promise<ChildResult> {
  const root = o.roots[0] as string;
  const mod = (p: string) => import(pathToFileURL(join(root, p)).href);
  const { openDatabase, runMigrations } = await mod('src/storage/database.ts');
  const { recordingMigrations } = await mod('src/recording/migrations.ts');
  const { explanationMigrations } = await mod('src/governance/explain/store.ts');
  const { SqliteThreadSink } = await mod('src/recording/sqlite-thread-sink.ts');
  const { RequestRecorder } = await mod('src/recording/recorder.ts');
  // The checkout's own request ids (their order decides how the id indexes grow).
  const { requestIdFor } = await mod('src/server/request-id.ts');
  const dir = mkdtempSync(join(tmpdir(), 'lintel-recorder-cost-'));
  try {
    const database = await openDatabase({ dataDir: dir });
    await runMigrations(database, [...recordingMigrations, ...explanationMigrations]);
    const sink = new SqliteThreadSink({ file: join(dir, 'lintel.db') });
    const recorder = new RequestRecorder({ sink, dataDir: dir, batchSize: o.batch, flushIntervalMs: 50 });
    await recorder.start();
    const now = Date.now();
    let n = 0;
    const run = async (count: number) => {
      const recs = Array.from({ length: count }, () => searchRecord(n++, now, requestIdFor({})));
      const t0 = threadCpuNs();
      const w0 = performance.now();
      for (let i = 0; i < recs.length; i += o.batch) {
        for (const r of recs.slice(i, i + o.batch)) recorder.record(r);
        await recorder.flush();
      }
      const wallMs = performance.now() - w0;
      const t1 = threadCpuNs();
      const deltas = [...t1].map(([tid, ns]) => ({ tid, ns: ns - (t0.get(tid) ?? 0) }));
      const main = deltas.find((d) => d.tid === process.pid)?.ns ?? 0;
      const others = deltas.filter((d) => d.tid !== process.pid).sort((a, b) => b.ns - a.ns);
      const writer = others[0]?.ns ?? 0;
      const rest = others.slice(1).reduce((s, d) => s + d.ns, 0);
      const us = (ns: number) => ns / 1000 / count;
      return { mainUs: us(main), writerUs: us(writer), otherUs: us(rest), totalUs: us(main + writer + rest), wallMs };
    };
    for (let left = o.prefill; left > 0; left -= 50_000) await run(Math.min(50_000, left));
    if (o.warmup > 0) await run(o.warmup);
    const r = await run(o.records);
    await recorder.close();
    await sink.close();
    const stored = database.sqlite.prepare('SELECT count(*) AS n FROM requests').get() as { n: number };
    const explained = database.sqlite.prepare('SELECT count(*) AS n FROM request_explanations').get() as { n: number };
    if (stored.n !== n || explained.n !== n) throw new Error(`stored ${stored.n} / ${explained.n} of ${n} records`);
    await database.close();
    return { root, records: o.records, ...r };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function fmt(v: number): string {
  return v.toFixed(1).padStart(6);
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (o.child) {
    process.stdout.write(`${JSON.stringify(await child(o))}\n`);
    return;
  }
  const results = new Map<string, ChildResult[]>(o.roots.map((r) => [r, []]));
  console.log(
    `records ${o.records} (warmup ${o.warmup}, prefill ${o.prefill}), batch ${o.batch}; µs CPU per record; load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log('round  main  writer  other  total   wall ms  root');
  for (let round = 1; round <= o.rounds; round++) {
    for (const root of o.roots) {
      const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', '--root', root];
      args.push('--records', String(o.records), '--warmup', String(o.warmup), '--batch', String(o.batch));
      args.push('--prefill', String(o.prefill));
      const p = spawnSync(process.execPath, args, { cwd: HERE, encoding: 'utf8', maxBuffer: 1 << 24 });
      if (p.status !== 0) throw new Error(`child for ${root} failed:\n${p.stderr}`);
      const r = JSON.parse(p.stdout.trim().split('\n').pop() as string) as ChildResult;
      results.get(root)?.push(r);
      console.log(
        `${String(round).padStart(5)} ${fmt(r.mainUs)} ${fmt(r.writerUs)} ${fmt(r.otherUs)} ${fmt(r.totalUs)} ${r.wallMs.toFixed(0).padStart(9)}  ${root}`,
      );
    }
  }
  console.log('median:');
  for (const [root, rs] of results) {
    const med = (k: keyof ChildResult) => {
      const v = rs.map((r) => r[k] as number).sort((a, b) => a - b);
      return v[Math.floor(v.length / 2)] as number;
    };
    console.log(
      `      ${fmt(med('mainUs'))} ${fmt(med('writerUs'))} ${fmt(med('otherUs'))} ${fmt(med('totalUs'))} ${med('wallMs').toFixed(0).padStart(9)}  ${root}`,
    );
  }
  console.log(`load after: ${loadavg()[0]?.toFixed(2)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();

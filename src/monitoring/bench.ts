// Benchmarks of monitoring (run by `npm run bench` in the components section, or alone with
// `node --import tsx src/monitoring/bench.ts`):
// 1. hot-path CPU per request of the onFinish collector (sketch updates, counters, language vote, reservoir);
// 2. monitor queries over a store whose rollups hold 10,000,000 request records (7 days × 4 dimension
//    tuples × 1,440 minutes, ~250 records a minute each): a signal monitor, a drift monitor against the
//    previous day and an SLO burn evaluation.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RequestContext } from '../gateway/context.ts';
import type { RequestRecord } from '../spec/record.ts';
import { openDatabase, runMigrations } from '../storage/database.ts';
import { createRng } from '../util/prng.ts';
import { driftInstances, signalInstances, sloInstances } from './alerts/instances.ts';
import { DAY_MS, ManualClock, MINUTE_MS } from './clock.ts';
import { monitorSchema, sloSchema } from './definitions.ts';
import { SignalCollector } from './signals/collector.ts';
import { DefinitionStore } from './store/definitions.ts';
import { monitoringMigrations } from './store/migrations.ts';
import { compactRollups } from './store/compact.ts';
import { readMerged, writeWindows } from './store/rollups.ts';

const WORDS = [
  'the',
  'price',
  'of',
  'subscription',
  'for',
  'our',
  'customers',
  'is',
  'twelve',
  'dollars',
  'a',
  'month',
];

function sample(i: number, rng: () => number): { ctx: RequestContext; record: RequestRecord } {
  const ctx = new RequestContext(`req-${i}`, 'chat', 'openai');
  const answer = Array.from(
    { length: 20 + Math.floor(rng() * 60) },
    () => WORDS[Math.floor(rng() * WORDS.length)],
  ).join(' ');
  ctx.requestJson = { model: 'm', messages: [{ role: 'user', content: `question number ${i} about the price` }] };
  ctx.answerJson = {
    dialect: 'openai',
    json: { choices: [{ index: 0, message: { role: 'assistant', content: answer }, finish_reason: 'stop' }] },
  };
  const t = Date.UTC(2026, 0, 1) + i;
  const record: RequestRecord = {
    id: ctx.id,
    receivedAt: t,
    firstByteAt: t + 100,
    doneAt: t + 200 + Math.floor(rng() * 400),
    tenant: i % 2 ? 'acme' : 'globex',
    team: null,
    keyId: 'k1',
    endUser: null,
    endpoint: 'chat',
    route: 'm',
    modelRequested: 'm',
    modelServed: 'gpt-4o-mini',
    provider: 'openai',
    attempts: [
      { target: i % 3 ? 'openai/gpt-4o-mini' : 'openai/gpt-4.1-mini', provider: 'openai', status: 200, latencyMs: 180 },
    ],
    status: i % 50 === 0 ? 503 : 200,
    errorType: i % 50 === 0 ? 'upstream_unavailable' : null,
    inputTokens: 30,
    outputTokens: 60,
    cachedInputTokens: null,
    cacheWriteTokens: null,
    reasoningTokens: null,
    tokensEstimated: false,
    costUsd: 0.0004,
    stream: false,
    ttftMs: null,
    cacheHit: false,
    guardrails: [],
    configVersion: null,
    tags: {},
  };
  return { ctx, record };
}

/** CPU µs per request of SignalCollector.observe, and of the batched flush serialisation. */
export function benchHotPath(requests = 50_000): { cpuUsPerRequest: number; flushCpuUsPerRequest: number } {
  const rng = createRng(3);
  const samples = Array.from({ length: 2000 }, (_, i) => sample(i, rng));
  const clock = new ManualClock(Date.UTC(2026, 0, 1));
  const collector = new SignalCollector(clock);
  for (let i = 0; i < 5000; i++) collector.observe(samples[i % samples.length].ctx, samples[i % samples.length].record); // warm-up
  collector.drain();
  let observeCpu = 0;
  let flushCpu = 0;
  for (let done = 0; done < requests; done += 1000) {
    clock.advance(6_000); // ~10 flushes per minute window, as with the default 10 s interval at 100 req/s
    const t0 = process.cpuUsage();
    for (let i = 0; i < 1000; i++) {
      const s = samples[(done + i) % samples.length];
      collector.observe(s.ctx, s.record);
    }
    const t1 = process.cpuUsage(t0);
    observeCpu += t1.user + t1.system;
    const f0 = process.cpuUsage();
    for (const w of collector.drain()) JSON.stringify(w.agg);
    const f1 = process.cpuUsage(f0);
    flushCpu += f1.user + f1.system;
  }
  return { cpuUsPerRequest: observeCpu / requests, flushCpuUsPerRequest: flushCpu / requests };
}

export interface QueryBench {
  records: number;
  rows: number;
  buildSeconds: number;
  signalMs: number;
  driftMs: number;
  sloMs: number;
  /** Reading the whole period (7 days by arm) before and after compacting all but the last day into hours. */
  periodMsBefore: number;
  periodMsAfter: number;
  compaction: { ms: number; rowsIn: number; rowsOut: number };
}

/** Monitor queries over rollups standing for `days` × 1,440 minutes × 4 tuples × `perMinute` records. */
export async function benchMonitorQueries(days = 7, perMinute = 250): Promise<QueryBench> {
  const dir = mkdtempSync(join(tmpdir(), 'lintel-monitor-bench-'));
  const database = await openDatabase({ dataDir: dir });
  try {
    await runMigrations(database, monitoringMigrations);
    const start = Date.UTC(2026, 0, 1);
    const clock = new ManualClock(start);
    const rng = createRng(5);
    const collector = new SignalCollector(clock);
    const t0 = performance.now();
    // Eight template minutes of real aggregates, written under every minute (records counted per row).
    const templates = [];
    for (let k = 0; k < 8; k++) {
      for (let i = 0; i < perMinute * 4; i++) {
        const s = sample(k * 10_000 + i, rng);
        collector.observe(s.ctx, s.record);
      }
      templates.push(collector.drain(true));
    }
    const minutes = days * 1440;
    let rows = 0;
    let records = 0;
    for (let m = 0; m < minutes; m += 60) {
      const batch = [];
      for (let j = 0; j < 60; j++) {
        for (const w of templates[(m + j) % templates.length]) {
          batch.push({ ...w, minute: start + (m + j) * MINUTE_MS });
          records += w.agg.n;
        }
      }
      await writeWindows(database, batch);
      rows += batch.length;
    }
    const buildSeconds = (performance.now() - t0) / 1000;
    const now = start + minutes * MINUTE_MS;
    const defs = new DefinitionStore(database);
    const time = async (fn: () => Promise<unknown>) => {
      const a = performance.now();
      await fn();
      return performance.now() - a;
    };
    const signal = monitorSchema.parse({
      name: 's',
      kind: 'signal',
      metric: 'latency_ms.p95',
      threshold: 500,
      window_minutes: 60,
      group_by: ['arm'],
      filter: { route: 'm' },
    });
    const drift = monitorSchema.parse({
      name: 'd',
      kind: 'drift',
      feature: 'answer_chars',
      window_minutes: 60,
      reference: { type: 'trailing', minutes: 1440 },
      filter: { route: 'm' },
    });
    const slo = sloSchema.parse({ name: 'a', sli: 'availability', objective: 0.99, filter: { route: 'm' } });
    const signalMs = await time(() => signalInstances(database, signal, now));
    const driftMs = await time(() => driftInstances(database, defs, drift, now));
    const sloMs = await time(() => sloInstances(database, slo, now));
    const period = { from: start, to: now, groupBy: ['arm' as const] };
    let periodBefore = 0;
    const periodMsBefore = await time(async () => {
      for (const a of (await readMerged(database, period)).values()) periodBefore += a.n;
    });
    const c0 = performance.now();
    const c = await compactRollups(database, { compactBefore: now - DAY_MS, maxHours: days * 24 });
    const compaction = { ms: performance.now() - c0, rowsIn: c.rowsIn, rowsOut: c.rowsOut };
    let periodAfter = 0;
    const periodMsAfter = await time(async () => {
      for (const a of (await readMerged(database, period)).values()) periodAfter += a.n;
    });
    if (periodAfter !== periodBefore) throw new Error(`compaction changed the count: ${periodBefore} → ${periodAfter}`);
    return { records, rows, buildSeconds, signalMs, driftMs, sloMs, periodMsBefore, periodMsAfter, compaction };
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function monitoringBenchMarkdown(o: { quick: boolean }): Promise<string> {
  const hot = benchHotPath(o.quick ? 20_000 : 100_000);
  const q = await benchMonitorQueries(o.quick ? 1 : 7);
  return [
    '### Monitoring (issue 13)',
    '',
    `hot path (onFinish collector): **${hot.cpuUsPerRequest.toFixed(2)} µs CPU/request** (target ≤ 20 µs); batched flush serialisation ${hot.flushCpuUsPerRequest.toFixed(2)} µs/request`,
    '',
    `monitors over ${q.records.toLocaleString('en')} records (${q.rows.toLocaleString('en')} rollup rows, built in ${q.buildSeconds.toFixed(1)} s): signal (p95 by arm, 1 h) **${q.signalMs.toFixed(0)} ms**, drift (1 h vs previous day) **${q.driftMs.toFixed(0)} ms**, SLO burn (6 h per minute) **${q.sloMs.toFixed(0)} ms** (target < 1,000 ms each)`,
    '',
    `compaction of all but the last day into hour rows: ${q.compaction.rowsIn.toLocaleString('en')} → ${q.compaction.rowsOut.toLocaleString('en')} rows in ${(q.compaction.ms / 1000).toFixed(1)} s; reading the whole period by arm ${q.periodMsBefore.toFixed(0)} ms before, **${q.periodMsAfter.toFixed(0)} ms after** (same counts)`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  monitoringBenchMarkdown({ quick: process.argv.includes('--quick') }).then((t) => console.log(t));
}

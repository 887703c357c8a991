// Component benchmarks that `npm run bench` runs after the HTTP matrix, each in this process:
// guardrail latency and quality (issue 5), auth + limits + budget CPU embedded vs Redis (issue 3),
// usage over N stored records from rollups (issue 4), retrieval on SciFact through a node of its own (issue 14).
// Printed as Markdown and returned for the report.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchAccess } from '../src/access/bench.ts';
import { runGuardBench } from '../src/guardrails/bench.ts';
import { guardrailsDataDir } from '../src/guardrails/data-path.ts';
import { runGuardEval } from '../src/guardrails/eval/index.ts';
import { toMarkdown as evalMarkdown } from '../src/guardrails/eval/report.ts';
import { monitoringBenchMarkdown } from '../src/monitoring/bench.ts';
import { usageBenchmark } from '../src/recording/bench-usage.ts';
import { openDatabase } from '../src/storage/database.ts';
import { type RetrievalBenchOptions, retrievalMarkdown, runRetrievalBench } from './retrieval.ts';

function reachable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

export async function runComponents(o: { quick: boolean }): Promise<string> {
  const out: string[] = ['## Components (in-process)', ''];

  const guard = runGuardBench({ iterations: o.quick ? 500 : 2000, print: false });
  out.push(
    '### Default input guardrails (median wall ms, mean CPU ms)',
    '',
    '| prompt | median | p90 | CPU mean |',
    '|---|---:|---:|---:|',
  );
  for (const c of guard)
    out.push(`| ${c.name} | ${c.medianMs.toFixed(3)} | ${c.p90Ms.toFixed(3)} | ${c.cpuMeanMs.toFixed(3)} |`);
  out.push('');

  const data = guardrailsDataDir();
  if (data && existsSync(data)) {
    const ev = runGuardEval({});
    out.push(
      `### Guardrail quality (\`lintel guard eval\`, ${ev.seconds.toFixed(1)} s)`,
      '',
      evalMarkdown(ev.rows),
      '',
    );
  } else {
    out.push(
      `### Guardrail quality: skipped — evaluation data not found (../shared/data/guardrails or LINTEL_SHARED_DATA)`,
      '',
    );
  }

  out.push(
    '### Auth + limits + budget (CPU µs per request)',
    '',
    '| mode | CPU µs/request | requests/s |',
    '|---|---:|---:|',
  );
  const requests = o.quick ? 5_000 : 20_000;
  const modes: ('embedded' | 'redis')[] = (await reachable(6379)) ? ['embedded', 'redis'] : ['embedded'];
  for (const mode of modes) {
    const r = await benchAccess({ mode, requests, concurrency: 32 });
    out.push(`| ${mode} | ${r.cpuUsPerRequest.toFixed(1)} | ${Math.round(r.requestsPerSecond)} |`);
  }
  if (modes.length === 1) out.push('| redis | skipped: Redis not reachable on 127.0.0.1:6379 | |');
  out.push('');

  const n = o.quick ? 100_000 : 1_000_000;
  const dir = mkdtempSync(join(tmpdir(), 'lintel-usage-bench-'));
  const db = await openDatabase({ dataDir: dir });
  try {
    const u = await usageBenchmark(db, n);
    out.push(
      `### Usage API over ${n.toLocaleString('en')} records (SQLite, rollups only)`,
      '',
      `slowest usage query median: **${u.usageMs.toFixed(1)} ms** (target < 100 ms); insert ${Math.round(u.recordsPerSecond)} records/s`,
      '',
    );
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
  out.push(await monitoringBenchMarkdown(o));
  const ro: RetrievalBenchOptions = {
    requests: o.quick ? 2000 : 6000,
    concurrency: 32,
    embed: true,
    modes: ['lexical', 'hybrid'],
    rates: [0, 500],
  };
  out.push(retrievalMarkdown(await runRetrievalBench(ro), ro));
  const text = out.join('\n');
  console.log(text);
  return text;
}

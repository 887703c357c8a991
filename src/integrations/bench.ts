// Benchmarks of the streaming sinks and `lintel export` (alone: `node --import tsx src/integrations/bench.ts [N]`):
// 1. hot-path CPU of feeding a record to four sinks (IntegrationStreams.onRecord: build the event, push per sink);
// 2. delivery throughput of each sink type to a local receiver (batches of 500);
// 3. export of N stored records (default 200,000, SQLite) to Parquet and CSV: rows/s, file size, peak RSS.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { recordingMigrations } from '../recording/migrations.ts';
import { SqlRecordSink } from '../recording/sql-sink.ts';
import { syntheticRecords } from '../recording/synthetic.ts';
import { openDatabase, runMigrations } from '../storage/database.ts';
import { integrationsConfigSchema } from './config.ts';
import { IntegrationStreams } from './streams.ts';
import { startHttpReceivers, startSyslogReceiver } from './testing.ts';

const N = Number(process.argv[2] ?? 200_000);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function until(probe: () => boolean, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const http = await startHttpReceivers();
const syslog = await startSyslogReceiver();
const base = `http://127.0.0.1:${http.port}`;
const common = { batch_size: 500, flush_interval_ms: 50, max_queue: 200_000 };
const sinks = [
  { name: 'otel', type: 'otlp', endpoint: `${base}/v1/logs`, ...common },
  { name: 'splunk', type: 'splunk_hec', url: base, token: 't', ...common },
  { name: 'es', type: 'elastic', url: base, ...common },
  { name: 'sys', type: 'syslog', host: '127.0.0.1', port: syslog.port, tls: { enabled: false }, ...common },
];
const records = syntheticRecords(0, 20_000, { start: Date.UTC(2026, 0, 1), spanMs: 3_600_000, total: 20_000 });

console.log('# Streaming sinks and export benchmark\n');
console.log('| measure | value |\n|---|---|');
{
  // 1. Hot path: onRecord with four sinks, receivers up; CPU of the calls alone.
  const dataDir = mkdtempSync(join(tmpdir(), 'lintel-bench-sinks-'));
  const streams = new IntegrationStreams(integrationsConfigSchema.parse({ sinks }), {
    dataDir,
    logger: pino({ level: 'silent' }),
  });
  await streams.start();
  for (const r of records.slice(0, 2000)) streams.onRecord(r); // warm up
  await streams.flush();
  const c0 = cpuMs();
  const t0 = performance.now();
  for (const r of records) streams.onRecord(r);
  const hot = cpuMs() - c0;
  console.log(`| onRecord, 4 sinks (CPU per record) | ${((hot * 1000) / records.length).toFixed(2)} µs |`);
  await until(() => streams.stats().every((s) => s.delivered >= 2000 + records.length));
  const wall = performance.now() - t0;
  console.log(
    `| ${records.length} records delivered to all 4 local receivers | ${(wall / 1000).toFixed(2)} s wall (${Math.round(records.length / (wall / 1000))} records/s per sink, receivers in-process) |`,
  );
  await streams.close();
  // 2. Each sink alone.
  for (const s of sinks) {
    const one = new IntegrationStreams(integrationsConfigSchema.parse({ sinks: [s] }), {
      dataDir,
      logger: pino({ level: 'silent' }),
    });
    await one.start();
    const c1 = cpuMs();
    const t1 = performance.now();
    for (const r of records) one.onRecord(r);
    await until(() => one.stats()[0].delivered >= records.length);
    const ms = performance.now() - t1;
    console.log(
      `| ${s.type} alone: ${records.length} records | ${Math.round(records.length / (ms / 1000))} records/s, ${(((cpuMs() - c1) * 1000) / records.length).toFixed(1)} µs CPU per record (Lintel + receiver) |`,
    );
    await one.close();
  }
  rmSync(dataDir, { recursive: true, force: true });
}
await http.stop();
await syslog.stop();

{
  // 3. Export.
  const dataDir = mkdtempSync(join(tmpdir(), 'lintel-bench-export-'));
  const database = await openDatabase({ dataDir });
  await runMigrations(database, recordingMigrations);
  const sink = new SqlRecordSink(database);
  const opts = { start: Date.UTC(2026, 0, 1), spanMs: 30 * 86_400_000, total: N };
  for (let i = 0; i < N; i += 5000) {
    await sink.writeBatch(syntheticRecords(i, Math.min(N, i + 5000), opts).map((record) => ({ record })));
  }
  await database.close();
  // Each export runs `lintel export` in its own process, so its peak RSS is the export's own.
  for (const format of ['parquet', 'csv'] as const) {
    const out = join(dataDir, `all.${format}`);
    const t = performance.now();
    const run = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        'maxrss_kb=%M',
        process.execPath,
        '--import',
        'tsx',
        'src/cli/main.ts',
        'export',
        '--from',
        '0',
        '--to',
        '2000000000000',
        '--out',
        out,
      ],
      { env: { ...process.env, LINTEL_DATA_DIR: dataDir, LINTEL_CONFIG: '' }, encoding: 'utf8' },
    );
    const s = (performance.now() - t) / 1000;
    const rss = Number(/maxrss_kb=(\d+)/.exec(run.stderr)?.[1] ?? Number.NaN) / 1024;
    const rows = Number(/wrote (\d+) records/.exec(run.stdout)?.[1] ?? Number.NaN);
    const own = /\((?:parquet|csv), (\d+) ms\)/.exec(run.stdout)?.[1];
    console.log(
      `| lintel export ${rows} records to ${format} | ${(Number(own) / 1000).toFixed(1)} s export (${Math.round(rows / (Number(own) / 1000))} rows/s; ${s.toFixed(1)} s with start-up), ${(statSync(out).size / 1e6).toFixed(1)} MB, peak RSS ${rss.toFixed(0)} MB |`,
    );
  }

  rmSync(dataDir, { recursive: true, force: true });
}

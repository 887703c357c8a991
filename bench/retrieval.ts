// Retrieval bench: a real Lintel node (`lintel serve`, its own process, embedded SQLite) and the simulator (its own
// process, for the embeddings route) ingest the SciFact corpus through an ingestion job, then this process drives
// POST /v1/retrieve with a tenant key from 32 concurrent clients (closed loop: each client sends its next claim as
// soon as the previous answer arrived) and reports p50/p99, the node's CPU per request and its memory. Data read in
// place from ../shared/data/retrieval/scifact. `npm run bench` runs it (runComponents) with a short request count.
// The 32 clients are lean keep-alive sockets (load/keepalive-client.ts: request bytes prepared once, answers
// counted, not decoded) because the load generator shares the machine's cores with the node; its own CPU per
// request is reported beside the node's (`--client undici` drives the same loop through undici instead).
// Usage: node --import tsx bench/retrieval.ts [--requests 6000] [--concurrency 32] [--no-embed] [--modes lexical,hybrid] [--rates 0,500]
//   [--profile DIR] [--perf DIR] [--client raw|undici] [--baseline DIR] [--workers 1,2]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import { sharedDataDir } from '../src/guardrails/data-path.ts';
import { benchSecrets } from './gateway.ts';
import { KeepAliveConnection, postRequest } from './load/keepalive-client.ts';
import { cpuMs, mainThreadCpuMs, processTree, rssBytes } from './proc-stats.ts';
import { startLintelProcess, startSimulatorProcess } from './processes.ts';
import { summarize } from './stats.ts';

/** A node to measure: this checkout (default), another one (`root`, e.g. a baseline), `workers` > 1 = node:cluster. */
export interface RetrievalTarget {
  label: string;
  root?: string;
  workers?: number;
}

export interface RetrievalBenchOptions {
  requests: number;
  concurrency: number;
  embed: boolean;
  modes: ('lexical' | 'hybrid' | 'dense')[];
  /**
   * Loads to run, each a rate in requests/s for all clients together. Paced (> 0): each client on its own schedule,
   * latency counted from the scheduled send time (a slow answer is not hidden by a late send). 0 = closed loop: each
   * client sends as soon as its previous answer arrived (latency ≈ clients / throughput).
   */
  rates: number[];
  /** Write the node's CPU profile into this folder (`--profile DIR`). */
  profileDir?: string;
  /**
   * Record each measured run of each node with Linux `perf` (CPU cycles, kernel included) into this folder
   * (`--perf DIR`); nodes start with --perf-basic-prof so JavaScript frames have names (each leaves its
   * /tmp/perf-PID.map behind, which the summary reads). Summarise a recording with bench/perf-summary.ts.
   */
  perfDir?: string;
  /** The measured clients: lean keep-alive sockets (default) or undici's Pool. */
  client?: 'raw' | 'undici';
  /**
   * Nodes to compare, all started and ingested first, then measured in turn at every mode and rate (so a change of
   * the machine's load hits them alike). Default: this checkout, one process.
   */
  targets?: RetrievalTarget[];
}

export interface RetrievalBenchResult {
  targets: {
    label: string;
    ingestS: number;
    ingest: Record<string, unknown>;
    firstQueryMs: number;
    /** RSS of the node's process tree after the runs. */
    nodeRssMb: number;
  }[];
  modes: {
    target: string;
    mode: string;
    /** Offered rate (0 = closed loop). */
    rate: number;
    /** 1-minute load average of the machine right after the run. */
    load1: number;
    requests: number;
    rps: number;
    p50: number;
    p90: number;
    p99: number;
    /** The node's CPU (user + system, every process of it) per request. */
    nodeCpuMs: number;
    /** The part of nodeCpuMs on the nodes' main threads (the event loop), per request. */
    nodeLoopCpuMs: number;
    /** The load generator's (this process's) CPU per request. */
    clientCpuMs: number;
    /**
     * The node's event-loop delay during the run (prom-client's monitorEventLoopDelay, 10 ms resolution, reset by
     * each /metrics scrape): how long a ready callback waited, e.g. behind a synchronous store write. Not measured
     * with several workers (the scrape reaches one of them).
     */
    loopLagP99Ms: number | null;
    loopLagMaxMs: number | null;
  }[];
  loadavg: number[];
}

const mb = (b: number) => b / 1024 / 1024;

export function scifactDir(): string | null {
  const dir = join(sharedDataDir(), 'retrieval', 'scifact');
  return existsSync(join(dir, 'corpus.jsonl')) ? dir : null;
}

type Call = <T = unknown>(method: string, path: string, key: string, body?: unknown) => Promise<T>;

/** A started node with SciFact ingested, a tenant key and the measured clients' connections. */
interface Prepared {
  target: RetrievalTarget;
  info: Omit<RetrievalBenchResult['targets'][number], 'nodeRssMb'>;
  pid: number;
  key: string;
  call: Call;
  hostPort: string;
  conns: KeepAliveConnection[];
  close(): Promise<void>;
}

async function prepare(target: RetrievalTarget, o: RetrievalBenchOptions, dir: string): Promise<Prepared> {
  const started = await startRetrievalNode(o.profileDir, target, Boolean(o.perfDir));
  const { node, masterKey } = started;
  const p = new Pool(node.url, { connections: o.concurrency, pipelining: 1 });
  const { hostname, port } = new URL(node.url);
  const conns = Array.from({ length: o.concurrency }, () => new KeepAliveConnection(hostname, Number(port)));
  const close = async () => {
    for (const c of conns) c.close();
    await p.close();
    await started.stop();
  };
  try {
    const call: Call = async <T>(method: string, path: string, key: string, body?: unknown) => {
      const r = await p.request({
        method: method as 'GET',
        path,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await r.body.text();
      if (r.statusCode >= 300) throw new Error(`${method} ${path} → ${r.statusCode}: ${text.slice(0, 300)}`);
      return JSON.parse(text) as T;
    };
    await call('POST', '/admin/tenants', masterKey, { name: 'bench' });
    await call('POST', '/admin/retrieval/collections', masterKey, {
      name: 'scifact',
      tenant: 'bench',
      settings: {
        ...(o.embed ? { embeddingModel: 'embed-sim', embedBatch: 128 } : {}),
        chunking: { maxTokens: 512, overlapTokens: 32 },
      },
    });
    const { key } = await call<{ key: string }>('POST', '/admin/keys', masterKey, {
      name: 'retrieval-bench',
      tenant: 'bench',
    });
    const t0 = performance.now();
    const { job } = await call<{ job: string }>('POST', '/admin/retrieval/collections/scifact/ingest', masterKey, {
      tenant: 'bench',
      sources: [{ kind: 'files', path: join(dir, 'corpus.jsonl') }],
    });
    let info: { state: string; result: Record<string, unknown> };
    for (;;) {
      info = await call<typeof info>('GET', `/admin/retrieval/jobs/${job}`, masterKey);
      if (['completed', 'dead', 'cancelled'].includes(info.state)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const ingestS = (performance.now() - t0) / 1000;
    if (info.state !== 'completed') throw new Error(`ingest ended ${info.state}: ${JSON.stringify(info)}`);
    const t1 = performance.now();
    await call('POST', '/v1/retrieve', key, { collection: 'scifact', query: 'warm-up', mode: 'lexical' });
    const firstQueryMs = performance.now() - t1;
    return {
      target,
      info: { label: target.label, ingestS, ingest: info.result, firstQueryMs },
      pid: node.pid,
      key,
      call,
      hostPort: `${hostname}:${port}`,
      conns,
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

/** The node's event-loop delay since the last scrape (p99, max in ms); the scrape resets it. */
async function loopLag(t: Prepared): Promise<{ loopLagP99Ms: number | null; loopLagMaxMs: number | null }> {
  const text = await (await fetch(`http://${t.hostPort}/metrics`)).text();
  const read = (name: string) => {
    const m = new RegExp(`^${name} ([0-9.e+-]+)`, 'm').exec(text);
    return m ? Number(m[1]) * 1000 : null;
  };
  return {
    loopLagP99Ms: read('nodejs_eventloop_lag_p99_seconds'),
    loopLagMaxMs: read('nodejs_eventloop_lag_max_seconds'),
  };
}

/** One load (closed or paced) of `n` requests against a prepared node; latencies and both sides' CPU. */
async function drive(
  t: Prepared,
  o: RetrievalBenchOptions,
  mode: string,
  bodies: string[],
  prepared: Buffer[],
  rate: number,
  n: number,
) {
  const send =
    o.client === 'undici'
      ? async (_c: number, i: number) => {
          await t.call('POST', '/v1/retrieve', t.key, JSON.parse(bodies[i % bodies.length] as string));
        }
      : async (c: number, i: number) => {
          const a = await (t.conns[c] as KeepAliveConnection).send(prepared[i % prepared.length] as Buffer);
          if (a.status !== 200)
            throw new Error(`POST /v1/retrieve (${mode}) → ${a.status}: ${a.body?.toString().slice(0, 300)}`);
        };
  const lat = new Float64Array(n);
  let next = 0;
  const cluster = (t.target.workers ?? 1) > 1;
  if (!cluster) await loopLag(t); // resets the node's event-loop delay histogram
  const pids = processTree(t.pid); // with --workers: the primary and its workers
  const cpu0 = cpuMs(pids);
  const loop0 = mainThreadCpuMs(pids);
  const own0 = process.cpuUsage();
  const start = performance.now();
  const gap = rate > 0 ? (1000 * o.concurrency) / rate : 0;
  await Promise.all(
    Array.from({ length: o.concurrency }, async (_, c) => {
      let due = start + (gap * c) / o.concurrency;
      while (next < n) {
        const i = next++;
        // Behind schedule (the previous answer came late): latency counts from the scheduled time, so a slow answer
        // is not hidden by a late send. Ahead of it: wait, then count from the actual send, because Node's timers
        // fire up to a millisecond off (early or late) and that is the load generator's imprecision, not the node's.
        let s = performance.now();
        if (gap > 0 && due > s) {
          await new Promise((r) => setTimeout(r, due - s));
          s = performance.now();
        } else if (gap > 0) s = due;
        due += gap;
        await send(c, i);
        lat[i] = performance.now() - s;
      }
    }),
  );
  const secs = (performance.now() - start) / 1000;
  const own = process.cpuUsage(own0);
  const lag = cluster ? { loopLagP99Ms: null, loopLagMaxMs: null } : await loopLag(t);
  const s = summarize(lat);
  return {
    rps: n / secs,
    p50: s.p50,
    p90: s.p90,
    p99: s.p99,
    nodeCpuMs: (cpuMs(pids) - cpu0) / n,
    nodeLoopCpuMs: (mainThreadCpuMs(pids) - loop0) / n,
    clientCpuMs: (own.user + own.system) / 1000 / n,
    ...lag,
  };
}

/**
 * Every query's answer of every node equal, byte for byte, to the first node's (a baseline checkout against this
 * one), up to what the nodes' own collection ids decide: chunk ids hash the collection's id, which each node draws
 * at random, and equal scores are ordered by chunk id. So ids are masked, results of equal score compared as a set,
 * and in a tie across the k-th place (which members made it depends on their ids) only the scores.
 */
async function sameAnswers(nodes: Prepared[], requests: Map<Prepared, Buffer[]>, mode: string): Promise<void> {
  const canonical = async (t: Prepared, i: number) => {
    const a = await (t.conns[0] as KeepAliveConnection).send(requests.get(t)?.[i] as Buffer, true);
    const text = a.body?.toString('utf8') ?? '';
    const start = text.indexOf('"results":[') + '"results":['.length;
    const results = (JSON.parse(text) as { results: { score: number }[] }).results;
    // Each result's bytes as the node wrote them (re-serialising the parsed answer would hide a formatting change).
    const parts: { score: number; bytes: string }[] = [];
    let at = start;
    let depth = 0;
    let inString = false;
    for (let j = start; j < text.length && parts.length < results.length; j++) {
      const c = text[j];
      if (inString) {
        if (c === '\\') j++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        if (--depth === 0) {
          const r = results[parts.length] as { score: number };
          parts.push({ score: r.score, bytes: text.slice(at, j + 1).replace(/"id":"[0-9a-f]{32}"/, '"id":"…"') });
          at = j + 2; // past the comma
        }
      }
    }
    const last = results.at(-1)?.score;
    const lastRun = parts.filter((p) => p.score === last);
    const body = parts
      .filter((p) => p.score !== last)
      .sort((x, y) => y.score - x.score || (x.bytes < y.bytes ? -1 : 1))
      .map((p) => p.bytes);
    return {
      text: `${a.status} ${text.slice(0, start)} ${body.join(',')} | ${lastRun.length} × ${last} | ${text.slice(at - 1)}`,
      tie: lastRun.length > 1,
      lastRun: lastRun.map((p) => p.bytes).sort(),
    };
  };
  const count = requests.get(nodes[0] as Prepared)?.length ?? 0;
  let ties = 0;
  for (let i = 0; i < count; i++) {
    const want = await canonical(nodes[0] as Prepared, i);
    for (const t of nodes.slice(1)) {
      const got = await canonical(t, i);
      if (got.text !== want.text)
        throw new Error(`${mode} query ${i}: ${t.target.label} answers differently:\n${got.text}\n${want.text}`);
      if (got.lastRun.join() !== want.lastRun.join()) ties++;
    }
  }
  console.error(
    `${mode}: all ${count} answers equal across ${nodes.length} nodes (chunk ids masked, equal scores as sets; ` +
      `${ties} answers with a tie across the k-th place took different members of it)`,
  );
}

/** `perf record` of a process (call graphs, all its threads) until stop(). */
async function perfRecord(pid: number, file: string): Promise<{ stop(): Promise<void> }> {
  const p = spawn('perf', ['record', '-F', '999', '-g', '-p', String(pid), '-o', file], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 300)); // attached before the load starts
  return {
    stop: () =>
      new Promise<void>((ok) => {
        p.once('exit', () => ok());
        p.kill('SIGINT');
      }),
  };
}

export async function runRetrievalBench(o: RetrievalBenchOptions): Promise<RetrievalBenchResult | null> {
  const dir = scifactDir();
  if (!dir) return null;
  const queries = readFileSync(join(dir, 'queries.train.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const nodes: Prepared[] = [];
  if (o.perfDir) mkdirSync(o.perfDir, { recursive: true });
  try {
    for (const target of o.targets ?? [{ label: 'this checkout' }]) nodes.push(await prepare(target, o, dir));
    const modes: RetrievalBenchResult['modes'] = [];
    for (const mode of o.modes) {
      const bodies = queries.map((query) => JSON.stringify({ collection: 'scifact', query, k: 10, mode }));
      const requests = new Map<Prepared, Buffer[]>();
      for (const t of nodes) {
        const headers = { authorization: `Bearer ${t.key}`, 'content-type': 'application/json' };
        requests.set(
          t,
          bodies.map((b) => postRequest(t.hostPort, '/v1/retrieve', headers, b)),
        );
        // One answer of the mode checked in full; the measured ones only by status (decoding 15 KB answers
        // would cost the load generator more than the node's search).
        const first = await (t.conns[0] as KeepAliveConnection).send(requests.get(t)?.[0] as Buffer, true);
        const parsed = JSON.parse(first.body?.toString('utf8') ?? '{}') as { results?: unknown[] };
        if (first.status !== 200 || parsed.results?.length !== 10)
          throw new Error(`${mode}: unexpected answer ${first.status} ${first.body?.toString('utf8').slice(0, 300)}`);
      }
      // Only lexical answers are comparable across nodes: a fused answer's scores depend on the order of equal scores
      // in its input lists, which each node's random chunk ids decide.
      if (nodes.length > 1 && mode === 'lexical') await sameAnswers(nodes, requests, mode);
      for (const rate of o.rates)
        for (const t of nodes) {
          const prepared = requests.get(t) as Buffer[];
          // Warm-up (JIT tiers, connections, every worker, the first major GC after ingestion), then the measured
          // run. 500 requests were too few: the first measured closed-loop run after ingestion cost ~0.08 ms more CPU
          // per request than the next one, so it measured start-up rather than a running node.
          await drive(t, o, mode, bodies, prepared, rate, Math.min(3000, o.requests));
          const label = `${t.target.root ? 'baseline' : `workers${t.target.workers ?? 1}`}-${mode}-${rate || 'closed'}`;
          const rec = o.perfDir ? await perfRecord(t.pid, join(o.perfDir, `${label}.data`)) : null;
          const r = await drive(t, o, mode, bodies, prepared, rate, o.requests);
          await rec?.stop();
          modes.push({ target: t.target.label, mode, rate, load1: loadavg()[0] as number, requests: o.requests, ...r });
        }
    }
    return {
      targets: nodes.map((t) => ({ ...t.info, nodeRssMb: mb(rssBytes(processTree(t.pid))) })),
      modes,
      loadavg: loadavg(),
    };
  } finally {
    for (const t of nodes) await t.close();
  }
}

/**
 * A Lintel node (embedded store) and the simulator, each in its own process; routes `embed-sim` (random vectors
 * per text) and `embed-ngram` (hashed character trigrams) go to the simulator's embeddings.
 */
export async function startRetrievalNode(
  profileDir?: string,
  target: RetrievalTarget = { label: 'this checkout' },
  perfMap = false,
) {
  const tmp = mkdtempSync(join(tmpdir(), 'lintel-retrieval-bench-'));
  const sim = await startSimulatorProcess();
  const { masterKey, secretKey } = benchSecrets();
  const configPath = join(tmp, 'lintel.yaml');
  writeFileSync(
    configPath,
    `server:\n  host: 127.0.0.1\nproviders:\n  sim:\n    kind: openai-compatible\n    base_url: ${sim.url}/v1\n` +
      'routes:\n  - model: embed-sim\n    targets: [{ provider: sim, model: text-embedding-3-small }]\n' +
      '  - model: embed-ngram\n    targets: [{ provider: sim, model: sim-embed-ngram }]\n' +
      // Several workers keep limits and budgets in Redis (`lintel serve --workers` refuses otherwise).
      ((target.workers ?? 1) > 1
        ? `access:\n  redis_url: ${process.env.LINTEL_REDIS_URL ?? 'redis://127.0.0.1:6379'}\n  redis_prefix: "lintel-retrieval-bench-${process.pid}-${Date.now()}:"\n`
        : ''),
  );
  try {
    const node = await startLintelProcess({
      configPath,
      root: target.root,
      workers: target.workers,
      nodeArgs: [
        ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []),
        // JIT names for perf in /tmp/perf-PID.map; V8's own log (which the flag also turns on) goes to the temp folder.
        ...(perfMap ? ['--perf-basic-prof', '--no-logfile-per-isolate', `--logfile=${join(tmp, 'v8.log')}`] : []),
      ],
      env: {
        LINTEL_DATABASE_URL: undefined,
        LINTEL_REDIS_URL: undefined,
        LINTEL_MASTER_KEY: masterKey,
        LINTEL_SECRET_KEY: secretKey,
        LINTEL_DATA_DIR: join(tmp, 'data'),
        LINTEL_CONFIG: undefined,
        LINTEL_PORT: undefined,
      },
    });
    return {
      node,
      sim,
      masterKey,
      async stop() {
        await node.stop();
        await sim.stop();
        rmSync(tmp, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await sim.stop();
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

export function retrievalMarkdown(r: RetrievalBenchResult | null, o: RetrievalBenchOptions): string {
  if (!r) return '### Retrieval: skipped — SciFact not found (../shared/data/retrieval/scifact)\n';
  const first = r.targets[0];
  const out = [
    `### Retrieval (SciFact, ${String(first?.ingest.documents)} documents, ${String(first?.ingest.chunks)} chunks; node and simulator in their own processes; load average ${r.loadavg.map((x) => x.toFixed(2)).join(' ')})`,
    '',
    ...r.targets.map(
      (t) =>
        `- ${t.label}: ingest ${t.ingestS.toFixed(1)} s (embeddings ${o.embed ? 'on' : 'off'}); first query (loads the index) ${t.firstQueryMs.toFixed(0)} ms; node RSS after the runs ${t.nodeRssMb.toFixed(0)} MB`,
    ),
    '',
    'load: closed = each client sends its next query when the answer arrived (latency ≈ clients / throughput); ' +
      "N/s = paced, latency from each request's scheduled send time",
    '',
    `| node | mode | load | requests | clients | req/s | p50 ms | p90 ms | p99 ms | node CPU ms/request | of which main thread | client CPU ms/request | loop lag p99 / max ms | load avg |`,
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const lagCell = (m: RetrievalBenchResult['modes'][number]) =>
    m.loopLagP99Ms === null || m.loopLagMaxMs === null
      ? '–'
      : `${m.loopLagP99Ms.toFixed(1)} / ${m.loopLagMaxMs.toFixed(1)}`;
  for (const m of r.modes)
    out.push(
      `| ${m.target} | ${m.mode} | ${m.rate > 0 ? `${m.rate}/s` : 'closed'} | ${m.requests} | ${o.concurrency} | ${m.rps.toFixed(0)} | ${m.p50.toFixed(2)} | ${m.p90.toFixed(2)} | ${m.p99.toFixed(2)} | ${m.nodeCpuMs.toFixed(3)} | ${m.nodeLoopCpuMs.toFixed(3)} | ${m.clientCpuMs.toFixed(3)} | ${lagCell(m)} | ${m.load1.toFixed(1)} |`,
    );
  return `${out.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name: string, def: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? (process.argv[i + 1] ?? def) : def;
  };
  const embed = !process.argv.includes('--no-embed');
  // --baseline DIR: also measure another checkout (e.g. `git worktree add DIR main`), first at every load.
  // --workers 1,2: this checkout as one process and as `lintel serve --workers 2` (needs Redis).
  const baseline = process.argv.includes('--baseline') ? arg('baseline', '') : '';
  const targets: RetrievalTarget[] = [
    ...(baseline ? [{ label: `baseline (${baseline})`, root: baseline }] : []),
    ...arg('workers', '1')
      .split(',')
      .map(Number)
      .map((w) => ({ label: w > 1 ? `this checkout, ${w} workers` : 'this checkout', workers: w })),
  ];
  const o: RetrievalBenchOptions = {
    requests: Number(arg('requests', '6000')),
    concurrency: Number(arg('concurrency', '32')),
    embed,
    modes: arg('modes', embed ? 'lexical,hybrid' : 'lexical').split(',') as RetrievalBenchOptions['modes'],
    rates: arg('rates', '0').split(',').map(Number),
    profileDir: process.argv.includes('--profile') ? arg('profile', '') : undefined,
    perfDir: process.argv.includes('--perf') ? arg('perf', '') : undefined,
    client: arg('client', 'raw') === 'undici' ? 'undici' : 'raw',
    targets,
  };
  const r = await runRetrievalBench(o);
  if (r) console.log(JSON.stringify(r.targets.map((t) => t.ingest)));
  console.log(retrievalMarkdown(r, o));
}

// The load-balancer drill: HAProxy (Debian's package) in front of three `lintel serve` nodes on PostgreSQL and
// Redis, health-checked on /readyz; steady JSON and streaming load from the OpenAI SDK; each node restarted in
// turn (SIGTERM, wait, start); then one node killed with SIGKILL. Reports what was sent, answered and failed, and
// checks the request log against the answers. During the rolling restart a second, limited key (a per-minute limit
// and a budget) is called at a steady pace through the same load balancer: its admitted and refused counts and its
// spend in Redis are compared with what the limit allows and what PostgreSQL recorded. Run by hand: `npm run drill` (or `node --import tsx src/ops/drill.ts`).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import OpenAI from 'openai';
import pg from 'pg';
import { periodWindow } from '../access/limits/periods.ts';
import { budgetKeys } from '../access/limits/redis-keys.ts';
import { deleteByPrefix } from '../access/redis-client.ts';
import { startSimulator } from '../simulator/server.ts';
import { TEST_POSTGRES_URL, testSchemaName } from '../storage/database.ts';

// Compiled (dist/, the test mirror) the nodes run main.js without tsx; from the sources, main.ts under tsx.
const COMPILED = import.meta.url.endsWith('.js');
const MAIN = fileURLToPath(new URL(`../cli/main.${COMPILED ? 'js' : 'ts'}`, import.meta.url));
const KEY = 'lk-drill-master-key-0123456789';

export interface DrillOptions {
  /** Load workers (each sends one call at a time). */
  workers?: number;
  /** Seconds of load before, between and after the restarts. */
  settleMs?: number;
  /** Requests per minute of the limited key. Default 30. */
  limitRpm?: number;
  /** Time between calls of the limited key. Default 250 ms. */
  limitGapMs?: number;
  postgresUrl?: string;
  redisUrl?: string;
  log?: (line: string) => void;
}

export interface PhaseCounts {
  sent: number;
  ok: number;
  failed: number;
  errors: Record<string, number>;
  /** Calls of this phase not yet ended. */
  inflight: number;
  /** Streams cut at the client after their headers: request id, chunks read, ms into the drill, status recorded. */
  cut: Array<{ id: string; chunks: number; at: number; recorded?: number | null }>;
}

/** The limited key across the rolling restart. */
export interface LimitsReport {
  rpm: number;
  sent: number;
  /** Answered 200. */
  ok: number;
  /** Answered 429 rate_limit_exceeded. */
  refused: number;
  /** Anything else (transport errors, other statuses). */
  other: Record<string, number>;
  /** The key's spend in Redis after the load, and the sum of its recorded costs in PostgreSQL. */
  spentRedisUsd: number;
  reservedRedisUsd: number;
  spentRecordedUsd: number;
  recordsOk: number;
}

export interface DrillReport {
  rolling: PhaseCounts;
  limits: LimitsReport;
  sigkill: PhaseCounts;
  /** Answered calls (any HTTP answer from a node) vs request records stored. */
  answered: number;
  recordsStored: number;
  duplicateRecords: number;
  /** Non-200 records by status and error type (what the nodes saw of the failures). */
  recordedErrors: Record<string, number>;
  durationMs: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function until(probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`drill: ${what} not reached in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const isReady = async (port: number) => (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200;

class Node {
  proc: ChildProcess | null = null;
  constructor(
    readonly port: number,
    private readonly config: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  async start(): Promise<void> {
    this.proc = spawn(
      process.execPath,
      [...(COMPILED ? [] : ['--import', 'tsx']), MAIN, 'serve', '--config', this.config, '--port', String(this.port)],
      {
        env: this.env,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    this.proc.stderr?.on('data', (d) => {
      stderr = (stderr + d).slice(-4000);
    });
    const proc = this.proc;
    await until(
      async () => {
        if (proc.exitCode !== null) throw new Error(`node on ${this.port} exited: ${stderr}`);
        return isReady(this.port);
      },
      60_000,
      `node ${this.port} ready`,
    );
  }

  async stop(signal: 'SIGTERM' | 'SIGKILL'): Promise<number | null> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return proc?.exitCode ?? null;
    const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
    proc.kill(signal);
    return exited;
  }
}

function haproxyConfig(port: number, nodes: Node[]): string {
  return `global
  maxconn 2048
defaults
  mode http
  timeout connect 1s
  timeout client 60s
  timeout server 60s
  option http-buffer-request
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response response-timeout
frontend lintel
  bind 127.0.0.1:${port}
  default_backend nodes
backend nodes
  balance roundrobin
  option httpchk GET /readyz
  http-check expect status 200
  default-server inter 250ms fall 2 rise 2
  timeout check 2s
${nodes.map((n, i) => `  server n${i + 1} 127.0.0.1:${n.port} check`).join('\n')}
`;
}

export async function runDrill(o: DrillOptions = {}): Promise<DrillReport> {
  const log = o.log ?? (() => {});
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'lintel-drill-'));
  const schema = testSchemaName('drill');
  const pgUrl = o.postgresUrl ?? TEST_POSTGRES_URL;
  const sim = await startSimulator({
    port: 0,
    quiet: true,
    models: { story: { tokensPerSecond: 40, outputTokens: 12 } },
  });
  const config = join(dir, 'lintel.yaml');
  writeFileSync(
    config,
    `server:
  drain_delay_ms: 2000
  shutdown_timeout_ms: 5000
recording: { flush_interval_ms: 50 }
access:
  redis_prefix: "${schema}:"
providers:
  sim: { kind: openai, base_url: ${sim.url}/v1, api_key: sk-sim }
routes:
  - model: demo
    targets: [{ provider: sim, model: demo }]
  - model: story
    targets: [{ provider: sim, model: story }]
  - model: priced
    targets: [{ provider: sim, model: gpt-4o-mini }]
`,
  );
  const env = {
    ...process.env,
    LINTEL_MASTER_KEY: KEY,
    LINTEL_SECRET_KEY: 'drill-secret-key-0123456789abcdef',
    LINTEL_DATABASE_URL: pgUrl,
    LINTEL_DATABASE_SCHEMA: schema,
    LINTEL_REDIS_URL: o.redisUrl ?? 'redis://127.0.0.1:6379',
    LINTEL_LOG_LEVEL: 'warn',
  };
  const nodes = await Promise.all([0, 1, 2].map(async () => new Node(await freePort(), config, env)));
  let haproxy: ChildProcess | null = null;
  const stopLoad = { stop: false };
  try {
    // The first node migrates the store; the others start once it is ready.
    await nodes[0]?.start();
    await Promise.all(nodes.slice(1).map((n) => n.start()));
    const lbPort = await freePort();
    writeFileSync(join(dir, 'haproxy.cfg'), haproxyConfig(lbPort, nodes));
    haproxy = spawn('haproxy', ['-db', '-f', join(dir, 'haproxy.cfg')], { stdio: ['ignore', 'ignore', 'pipe'] });
    await until(async () => (await fetch(`http://127.0.0.1:${lbPort}/readyz`)).status === 200, 10_000, 'HAProxy up');
    log(`drill: 3 nodes ${nodes.map((n) => n.port).join(', ')} behind HAProxy :${lbPort}`);
    const lb = `http://127.0.0.1:${lbPort}`;
    const limited = await limitedKey(lb, nodes, o.limitRpm ?? 30);

    const client = new OpenAI({
      baseURL: `http://127.0.0.1:${lbPort}/v1`,
      apiKey: KEY,
      maxRetries: 0,
      timeout: 30_000,
    });
    let phase: PhaseCounts = { sent: 0, ok: 0, failed: 0, errors: {}, inflight: 0, cut: [] };
    let answered = 0;
    const fail = (p: PhaseCounts, why: string) => {
      p.failed++;
      p.errors[why] = (p.errors[why] ?? 0) + 1;
    };
    const worker = async (w: number) => {
      for (let i = 0; !stopLoad.stop; i++) {
        const p = phase;
        p.sent++;
        p.inflight++;
        try {
          if ((w + i) % 2 === 0) {
            const r = await client.chat.completions.create({
              model: 'demo',
              messages: [{ role: 'user', content: `q${i}` }],
            });
            if (!r.choices[0]?.message.content) throw new Error('empty answer');
          } else {
            const { data: s, response } = await client.chat.completions
              .create({
                model: 'story',
                stream: true,
                messages: [{ role: 'user', content: `s${i}` }],
              })
              .withResponse();
            let text = '';
            let finished = false;
            let chunks = 0;
            try {
              for await (const c of s) {
                chunks++;
                text += c.choices[0]?.delta?.content ?? '';
                if (c.choices[0]?.finish_reason) finished = true;
              }
            } catch (err) {
              p.cut.push({ id: response.headers.get('x-request-id') ?? '?', chunks, at: Date.now() - started });
              throw err;
            }
            if (!finished || text.length === 0) throw new Error('stream ended without finish_reason');
          }
          p.ok++;
          answered++;
        } catch (err) {
          const status = (err as { status?: number }).status;
          if (status !== undefined) answered++; // a node answered (with an error), so a record should exist
          fail(
            p,
            `${status !== undefined ? `HTTP ${status}: ` : ''}${String((err as Error).message ?? err).slice(0, 90)}`,
          );
        } finally {
          p.inflight--;
        }
      }
    };
    const settle = o.settleMs ?? 1500;
    const load = Promise.all(Array.from({ length: o.workers ?? 8 }, (_, w) => worker(w)));
    const stopLimited = { stop: false };
    const limitedLoad = limitedWorker(lb, limited.key, o.limitGapMs ?? 250, stopLimited);
    await new Promise((r) => setTimeout(r, settle));
    for (const n of nodes) {
      log(`drill: SIGTERM to node ${n.port} at ${Date.now() - started} ms`);
      const code = await n.stop('SIGTERM');
      log(`drill: node ${n.port} stopped by SIGTERM (exit ${code}) at ${Date.now() - started} ms`);
      if (code !== 0) throw new Error(`node ${n.port} exited ${code} after SIGTERM (expected 0)`);
      await n.start();
      // Back in the pool only after HAProxy's rise checks.
      await new Promise((r) => setTimeout(r, settle));
    }
    const rolling = phase;
    phase = { sent: 0, ok: 0, failed: 0, errors: {}, inflight: 0, cut: [] };
    // Calls of the rolling phase still in flight belong to it: let them end before the SIGKILL, or the kill's
    // cuts are counted against the rolling restart.
    await until(async () => rolling.inflight === 0, 30_000, 'rolling-phase calls finished');
    stopLimited.stop = true;
    const limitedCounts = await limitedLoad;
    // Its records reach PostgreSQL before a node is killed (the SIGKILL phase must not eat them).
    await until(
      async () => (await countRecords(pgUrl, schema, limited.id)) === limitedCounts.ok + limitedCounts.refused,
      10_000,
      "the limited key's calls recorded",
    );
    const victim = nodes[1] as Node;
    await victim.stop('SIGKILL');
    log(`drill: node ${victim.port} killed with SIGKILL`);
    await new Promise((r) => setTimeout(r, settle));
    await victim.start();
    await new Promise((r) => setTimeout(r, settle));
    stopLoad.stop = true;
    await load;
    const sigkill = phase;

    // Records: stop the nodes gracefully (flushing queues), then count.
    for (const n of nodes) await n.stop('SIGTERM');
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    try {
      const r = await c.query(
        `SELECT COUNT(*)::int AS n, COUNT(DISTINCT id)::int AS d FROM "${schema}".requests WHERE key_id IS DISTINCT FROM $1`,
        [limited.id],
      );
      const { n, d } = r.rows[0] as { n: number; d: number };
      const errs = await c.query(
        `SELECT status, error_type, COUNT(*)::int AS n FROM "${schema}".requests
         WHERE status <> 200 AND key_id IS DISTINCT FROM $1 GROUP BY 1, 2`,
        [limited.id],
      );
      const own = await c.query(
        `SELECT COUNT(*)::int AS n, COALESCE(SUM(cost_usd), 0)::float8 AS cost FROM "${schema}".requests
         WHERE key_id = $1 AND status = 200`,
        [limited.id],
      );
      const redis = new Redis(o.redisUrl ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
      const budget = budgetKeys(`${schema}:`, 'drill', `k:${limited.id}`, periodWindow('month', Date.now()).id).bud;
      const [spent, reserved] = await redis.hmget(budget, 'spent', 'reserved').finally(() => redis.disconnect());
      const recordedErrors = Object.fromEntries(
        errs.rows.map((e: { status: number; error_type: string | null; n: number }) => [
          `${e.status} ${e.error_type ?? ''}`.trim(),
          e.n,
        ]),
      );
      const cut = [...rolling.cut, ...sigkill.cut];
      const ids = cut.map((x) => x.id);
      const found = ids.length
        ? await c.query(`SELECT id, status FROM "${schema}".requests WHERE id = ANY($1)`, [ids])
        : { rows: [] };
      const statusOf = new Map(found.rows.map((x: { id: string; status: number }) => [x.id, x.status]));
      for (const x of cut) x.recorded = statusOf.get(x.id) ?? null;
      return {
        rolling,
        limits: {
          rpm: limited.rpm,
          ...limitedCounts,
          spentRedisUsd: Number(spent ?? 0),
          reservedRedisUsd: Number(reserved ?? 0),
          spentRecordedUsd: Number(own.rows[0].cost),
          recordsOk: Number(own.rows[0].n),
        },
        sigkill,
        answered,
        recordsStored: n,
        duplicateRecords: n - d,
        recordedErrors,
        durationMs: Date.now() - started,
      };
    } finally {
      await dropRedisPrefix(o.redisUrl, `${schema}:`);
      await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => {});
      await c.end();
    }
  } finally {
    stopLoad.stop = true;
    for (const n of nodes) await n.stop('SIGKILL');
    haproxy?.kill('SIGKILL');
    await sim.close();
  }
}

/** A tenant and a key with a per-minute limit and a monthly budget, known to every node before the load starts. */
async function limitedKey(lb: string, nodes: Node[], rpm: number): Promise<{ id: string; key: string; rpm: number }> {
  const admin = async (path: string, body: unknown) => {
    const r = await fetch(`${lb}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (r.status !== 201 && r.status !== 200) throw new Error(`drill: ${path} answered ${r.status}: ${await r.text()}`);
    return (await r.json()) as { id: string; key: string };
  };
  await admin('/admin/tenants', { name: 'drill' });
  const k = await admin('/admin/keys', {
    name: 'limited',
    tenant: 'drill',
    limits: { rpm },
    budget: { usd: 100, period: 'month' },
  });
  for (const n of nodes) {
    await until(
      async () =>
        (await fetch(`http://127.0.0.1:${n.port}/admin/whoami`, { headers: { authorization: `Bearer ${k.key}` } }))
          .status === 200,
      10_000,
      `key known to node ${n.port}`,
    );
  }
  return { id: k.id, key: k.key, rpm };
}

/**
 * Calls the limited key every `gapMs` until told to stop, for at most 55 s so that every call falls in one window of
 * the limit: exactly `rpm` may pass, the rest must be refused with 429.
 */
async function limitedWorker(lb: string, key: string, gapMs: number, control: { stop: boolean }) {
  const out = { sent: 0, ok: 0, refused: 0, other: {} as Record<string, number> };
  const t0 = Date.now();
  for (let i = 0; !control.stop && Date.now() - t0 < 55_000; i++) {
    const wait = t0 + i * gapMs - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    out.sent++;
    try {
      const r = await fetch(`${lb}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'priced', messages: [{ role: 'user', content: `limited ${i}` }] }),
      });
      const body = (await r.json()) as { error?: { code?: string } };
      if (r.status === 200) out.ok++;
      else if (r.status === 429 && body.error?.code === 'rate_limit_exceeded') out.refused++;
      else {
        const why = `HTTP ${r.status} ${body.error?.code ?? ''}`.trim();
        out.other[why] = (out.other[why] ?? 0) + 1;
      }
    } catch (err) {
      const why = String((err as Error).message).slice(0, 60);
      out.other[why] = (out.other[why] ?? 0) + 1;
    }
  }
  return out;
}

async function countRecords(url: string, schema: string, keyId: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query(`SELECT COUNT(*)::int AS n FROM "${schema}".requests WHERE key_id = $1`, [keyId]);
    return (r.rows[0] as { n: number }).n;
  } finally {
    await c.end();
  }
}

async function dropRedisPrefix(url: string | undefined, prefix: string): Promise<void> {
  const redis = new Redis(url ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
  await deleteByPrefix(redis, prefix).finally(() => redis.disconnect());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = await runDrill({ log: (l) => console.error(l), workers: 16, settleMs: 3000, limitRpm: 100 });
  console.log(JSON.stringify(report, null, 2));
}

// The load-balancer drill: HAProxy (Debian's package) in front of three `lintel serve` nodes on PostgreSQL and
// Redis, health-checked on /readyz; steady JSON and streaming load from the OpenAI SDK; each node restarted in
// turn (SIGTERM, wait, start); then one node killed with SIGKILL. Reports what was sent, answered and failed, and
// checks the request log against the answers. Run by hand: `npm run drill` (or `node --import tsx src/ops/drill.ts`).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';
import pg from 'pg';
import { startSimulator } from '../simulator/server.ts';
import { TEST_POSTGRES_URL, testSchemaName } from '../storage/database.ts';

const MAIN = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
const KEY = 'lk-drill-master-key-0123456789';

export interface DrillOptions {
  /** Load workers (each sends one call at a time). */
  workers?: number;
  /** Seconds of load before, between and after the restarts. */
  settleMs?: number;
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

export interface DrillReport {
  rolling: PhaseCounts;
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
      ['--import', 'tsx', MAIN, 'serve', '--config', this.config, '--port', String(this.port)],
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
      const r = await c.query(`SELECT COUNT(*)::int AS n, COUNT(DISTINCT id)::int AS d FROM "${schema}".requests`);
      const { n, d } = r.rows[0] as { n: number; d: number };
      const errs = await c.query(
        `SELECT status, error_type, COUNT(*)::int AS n FROM "${schema}".requests WHERE status <> 200 GROUP BY 1, 2`,
      );
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
        sigkill,
        answered,
        recordsStored: n,
        duplicateRecords: n - d,
        recordedErrors,
        durationMs: Date.now() - started,
      };
    } finally {
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = await runDrill({ log: (l) => console.error(l), workers: 16, settleMs: 3000 });
  console.log(JSON.stringify(report, null, 2));
}

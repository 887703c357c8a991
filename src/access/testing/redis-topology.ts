// Throwaway Redis topologies for tests: a 3-master Redis Cluster and a master watched by one Sentinel, each a set of
// redis-server processes in a temporary directory on free ports, without persistence. close() stops every process
// it started (by pid) and removes the directory.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';

const run = promisify(execFile);

export interface RedisTopology {
  /** The URL Lintel is given (redis+cluster://… or redis+sentinel://…). */
  url: string;
  /** host:port of every server started (cluster masters, or the Sentinel's master). */
  servers: { host: string; port: number }[];
  close(): Promise<void>;
}

/** True when redis-server and redis-cli can be run here. */
export async function redisBinariesPresent(): Promise<boolean> {
  try {
    await run('redis-server', ['--version']);
    await run('redis-cli', ['--version']);
    return true;
  } catch {
    return false;
  }
}

function listenable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/** A free port whose cluster bus port (+10000) is free too. */
async function freePort(taken: Set<number>): Promise<number> {
  for (;;) {
    const p = 20000 + Math.floor(Math.random() * 30000);
    if (taken.has(p) || taken.has(p + 10000)) continue;
    if ((await listenable(p)) && (await listenable(p + 10000))) {
      taken.add(p);
      taken.add(p + 10000);
      return p;
    }
  }
}

async function untilPing(port: number, timeoutMs = 10_000): Promise<void> {
  const t0 = Date.now();
  for (;;) {
    const c = new Redis({
      port,
      host: '127.0.0.1',
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    c.on('error', () => {});
    try {
      await c.connect();
      if ((await c.ping()) === 'PONG') return;
    } catch {
      if (Date.now() - t0 > timeoutMs) throw new Error(`redis-server on port ${port} did not start`);
      await sleep(50);
    } finally {
      c.disconnect();
    }
  }
}

class Processes {
  readonly list: ChildProcess[] = [];
  readonly dir = mkdtempSync(join(tmpdir(), 'lintel-redis-'));

  start(args: string[]): void {
    const p = spawn('redis-server', args, { cwd: this.dir, stdio: 'ignore' });
    p.on('error', () => {});
    this.list.push(p);
  }

  async close(): Promise<void> {
    await Promise.all(
      this.list.map(
        (p) =>
          new Promise<void>((resolve) => {
            if (p.exitCode !== null || p.signalCode !== null) return resolve();
            p.once('exit', () => resolve());
            p.kill('SIGKILL');
          }),
      ),
    );
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const EPHEMERAL = ['--save', '', '--appendonly', 'no', '--bind', '127.0.0.1', '--protected-mode', 'no'];

/** Three masters, no replicas, all 16384 slots assigned. */
export async function startRedisCluster(): Promise<RedisTopology> {
  const procs = new Processes();
  try {
    const taken = new Set<number>();
    const ports = [await freePort(taken), await freePort(taken), await freePort(taken)];
    for (const port of ports) {
      procs.start([
        '--port',
        String(port),
        '--cluster-enabled',
        'yes',
        '--cluster-config-file',
        `nodes-${port}.conf`,
        '--cluster-node-timeout',
        '2000',
        ...EPHEMERAL,
      ]);
    }
    await Promise.all(ports.map((p) => untilPing(p)));
    await run('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-yes'], {
      timeout: 30_000,
    });
    // Every node must agree the cluster is whole before clients route by slot.
    for (const port of ports) {
      const c = new Redis({ port, host: '127.0.0.1', maxRetriesPerRequest: 0 });
      try {
        const t0 = Date.now();
        while (!(await c.cluster('INFO')).includes('cluster_state:ok')) {
          if (Date.now() - t0 > 20_000) throw new Error(`cluster node ${port} never reached cluster_state:ok`);
          await sleep(100);
        }
      } finally {
        c.disconnect();
      }
    }
    return {
      url: `redis+cluster://${ports.map((p) => `127.0.0.1:${p}`).join(',')}`,
      servers: ports.map((port) => ({ host: '127.0.0.1', port })),
      close: () => procs.close(),
    };
  } catch (err) {
    await procs.close();
    throw err;
  }
}

export interface SentinelTopology extends RedisTopology {
  /** Asks the Sentinel to promote the replica; resolves when the Sentinel names it the master. */
  failover(): Promise<void>;
}

async function untilTrue(what: string, ok: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const t0 = Date.now();
  while (!(await ok().catch(() => false))) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** A master, a replica of it, and one Sentinel watching them as `mymaster`. */
export async function startRedisSentinel(): Promise<SentinelTopology> {
  const procs = new Processes();
  try {
    const taken = new Set<number>();
    const master = await freePort(taken);
    const replica = await freePort(taken);
    const sentinel = await freePort(taken);
    procs.start(['--port', String(master), ...EPHEMERAL]);
    await untilPing(master);
    procs.start(['--port', String(replica), '--replicaof', '127.0.0.1', String(master), ...EPHEMERAL]);
    await untilPing(replica);
    const r = new Redis({ port: replica, host: '127.0.0.1', maxRetriesPerRequest: 0 });
    try {
      await untilTrue('the replica in sync', async () =>
        (await r.info('replication')).includes('master_link_status:up'),
      );
    } finally {
      r.disconnect();
    }
    const conf = join(procs.dir, 'sentinel.conf');
    writeFileSync(
      conf,
      [
        `port ${sentinel}`,
        'bind 127.0.0.1',
        'protected-mode no',
        `sentinel monitor mymaster 127.0.0.1 ${master} 1`,
        'sentinel down-after-milliseconds mymaster 2000',
        'sentinel failover-timeout mymaster 10000',
        '',
      ].join('\n'),
    );
    procs.start([conf, '--sentinel']);
    await untilPing(sentinel);
    const ask = async <T>(fn: (c: Redis) => Promise<T>): Promise<T> => {
      const c = new Redis({ port: sentinel, host: '127.0.0.1', maxRetriesPerRequest: 0 });
      try {
        return await fn(c);
      } finally {
        c.disconnect();
      }
    };
    const masterPort = () =>
      ask(async (c) => Number(((await c.call('SENTINEL', 'get-master-addr-by-name', 'mymaster')) as string[])[1]));
    await untilTrue('the Sentinel to know the replica', () =>
      ask(async (c) => ((await c.call('SENTINEL', 'replicas', 'mymaster')) as unknown[]).length > 0),
    );
    return {
      url: `redis+sentinel://127.0.0.1:${sentinel}/mymaster`,
      servers: [
        { host: '127.0.0.1', port: master },
        { host: '127.0.0.1', port: replica },
      ],
      async failover() {
        const before = await masterPort();
        await ask((c) => c.call('SENTINEL', 'failover', 'mymaster'));
        await untilTrue('the Sentinel to switch masters', async () => (await masterPort()) !== before);
      },
      close: () => procs.close(),
    };
  } catch (err) {
    await procs.close();
    throw err;
  }
}

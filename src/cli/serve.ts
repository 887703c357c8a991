import cluster from 'node:cluster';
import type { Command } from 'commander';
import { ConfigError, type LoadedConfig, loadConfigFile } from '../config/load.ts';
import { spawnSync } from 'node:child_process';
import type { LintelRuntime } from '../server/runtime.ts';
import { applyServerHeapFlags } from './heap-flags.ts';

/**
 * Stops the runtime on SIGINT/SIGTERM (and SIGHUP when `hangupStops`), draining in-flight work, and exits with
 * 0 (1 when closing failed). A second, different or later signal exits at once; the same signal repeated within
 * a second is one stop (Ctrl-C under npm arrives twice: from the terminal and forwarded by npm).
 */
export function closeOnSignals(
  runtime: LintelRuntime,
  extra: () => Promise<void> = async () => {},
  opts: { hangupStops?: boolean } = {},
): (why: string) => Promise<void> {
  let stopping: { sig: string; at: number } | null = null;
  const stop = async (sig: string) => {
    if (stopping) {
      if (sig === stopping.sig && Date.now() - stopping.at < 1000) return;
      process.exit(1);
    }
    stopping = { sig, at: Date.now() };
    console.error(`[lintel] ${sig}: draining in-flight requests…`);
    let code = 0;
    try {
      await runtime.close();
      await extra();
    } catch (err) {
      console.error(`[lintel] shutdown failed: ${(err as Error).message}`);
      code = 1;
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  if (opts.hangupStops) {
    process.on('SIGHUP', () => void stop('SIGHUP'));
    return stop;
  }
  // SIGHUP re-reads the config file: routes and providers change at once (as POST /admin/config/reload).
  process.on('SIGHUP', () => {
    runtime.reloadFromFile().then(
      (r) =>
        console.error(
          r.changed
            ? `[lintel] SIGHUP: config ${r.previousVersion} → ${r.version}; applied: ${r.applied.join(', ') || 'nothing'}` +
                (r.restartRequired.length ? `; needs a restart: ${r.restartRequired.join(', ')}` : '')
            : `[lintel] SIGHUP: config unchanged (${r.version})`,
        ),
      (err) => console.error(`[lintel] SIGHUP: config not reloaded, the running one stays: ${(err as Error).message}`),
    );
  });
  return stop;
}

/** The address actually bound, and how clients reach it when that is every interface. */
export function describeBind(runtime: LintelRuntime): string {
  const wildcard = /^(0\.0\.0\.0|\[::\]):/.test(runtime.address);
  return wildcard ? `${runtime.address} (every interface; locally ${runtime.url})` : runtime.url;
}

interface ServeOptions {
  config: string;
  port?: string;
  host?: string;
  workers?: string;
}

function loadOrExit(file: string): LoadedConfig {
  try {
    return loadConfigFile(file);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
}

export function registerServeCommand(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending store migrations and exit (serve does this itself at start).')
    .option('-c, --config <file>', 'config file', process.env.LINTEL_CONFIG ?? 'lintel.yaml')
    .action(async (o: { config: string }) => {
      const { prepareStore } = await import('../server/runtime.ts');
      await prepareStore(loadOrExit(o.config));
      console.log('[lintel] store migrated');
    });

  program
    .command('serve')
    .description('Run the Lintel gateway with a config file.')
    .option('-c, --config <file>', 'config file', process.env.LINTEL_CONFIG ?? 'lintel.yaml')
    .option('-p, --port <port>', 'port (overrides server.port; env LINTEL_PORT)')
    .option('--host <host>', 'bind address (default 127.0.0.1; overrides server.host and LINTEL_HOST)')
    .option(
      '-w, --workers <n>',
      'worker processes sharing one port (node:cluster); needs Redis (access.redis_url / LINTEL_REDIS_URL) so limits and budgets stay exact: their state lives in Redis, never in a worker',
      '1',
    )
    .action(async (o: ServeOptions) => {
      applyServerHeapFlags();
      const loaded = loadOrExit(o.config);
      const workers = Math.max(1, Number(o.workers ?? 1) || 1);
      const port = o.port ?? process.env.LINTEL_PORT;
      if (workers > 1 && !(loaded.config.access.redis_url || process.env.LINTEL_REDIS_URL)) {
        // Each worker would count limits and budgets on its own: N workers would allow N times the limit.
        console.error(
          '--workers > 1 needs shared limit state: set access.redis_url or LINTEL_REDIS_URL (limits, budgets and reservations then live in Redis, exact across workers).',
        );
        process.exit(2);
      }
      if (workers > 1 && cluster.isPrimary) {
        runPrimary(o.config, workers);
        return;
      }
      // The gateway is imported only where it runs: a --workers primary stays small.
      const { startRuntime } = await import('../server/runtime.ts');
      let runtime: LintelRuntime;
      try {
        runtime = await startRuntime(loaded, { port: port ? Number(port) : undefined, host: o.host });
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        console.error(err.message);
        process.exit(2);
      }
      const who = cluster.isWorker ? ` worker ${cluster.worker?.id} (pid ${process.pid})` : '';
      console.log(
        `[lintel]${who} listening on ${describeBind(runtime)} (config ${loaded.source} version ${loaded.version}, store ${runtime.database.describe})`,
      );
      closeOnSignals(runtime);
    });
}

/** Primary of `--workers N`: migrates the store once, forks, restarts crashed workers, forwards signals. */
function runPrimary(configFile: string, workers: number): void {
  // Migrate once, in a child process, before any worker opens the store.
  const m = spawnSync(process.execPath, [...process.execArgv, process.argv[1], 'migrate', '-c', configFile], {
    stdio: 'inherit',
  });
  if (m.status !== 0) process.exit(m.status ?? 1);
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`[lintel] worker ${worker.id} exited (${signal ?? code}); starting a new one`);
    cluster.fork();
  });
  const stop = (sig: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(sig);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGHUP', () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGHUP');
  });
  console.log(`[lintel] primary ${process.pid} started ${workers} workers`);
}

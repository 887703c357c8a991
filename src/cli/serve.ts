import type { Command } from 'commander';
import { ConfigError, loadConfigFile } from '../config/load.ts';
import { type LintelRuntime, startRuntime } from '../server/runtime.ts';

/** Stops the runtime on SIGINT/SIGTERM, draining in-flight work; a second signal exits at once. */
export function closeOnSignals(runtime: LintelRuntime, extra: () => Promise<void> = async () => {}): void {
  let stopping = false;
  const stop = async (sig: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.error(`[lintel] ${sig}: draining in-flight requests…`);
    await runtime.close();
    await extra();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Run the Lintel gateway with a config file.')
    .option('-c, --config <file>', 'config file', process.env.LINTEL_CONFIG ?? 'lintel.yaml')
    .option('-p, --port <port>', 'port (overrides server.port; env LINTEL_PORT)')
    .option('--host <host>', 'bind address (overrides server.host)')
    .action(async (o: { config: string; port?: string; host?: string }) => {
      let loaded: ReturnType<typeof loadConfigFile>;
      try {
        loaded = loadConfigFile(o.config);
      } catch (err) {
        if (err instanceof ConfigError) {
          console.error(err.message);
          process.exit(2);
        }
        throw err;
      }
      const port = o.port ?? process.env.LINTEL_PORT;
      const runtime = await startRuntime(loaded, { port: port ? Number(port) : undefined, host: o.host });
      console.log(
        `[lintel] listening on ${runtime.url} (config ${loaded.source} version ${loaded.version}, store ${runtime.database.describe})`,
      );
      closeOnSignals(runtime);
    });
}

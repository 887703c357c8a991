import type { Command } from 'commander';
import { ConfigError, loadConfigFile } from '../config/load.ts';
import { preflightConfig } from '../config/preflight.ts';
import { diffLines } from '../governance/config-versions/diff.ts';
import { configVersionMigrations, getConfigVersion, listConfigVersions } from '../governance/config-versions/store.ts';
import { type Database, openDatabase, postgresOptions, runMigrations } from '../storage/database.ts';

export function registerConfigCommands(program: Command): void {
  const config = program.command('config').description('Configuration tools.');
  config
    .command('check')
    .description('Validate a lintel.yaml: every problem is reported with the key that causes it.')
    .argument('<file>', 'config file')
    .action((file: string) => {
      try {
        const loaded = loadConfigFile(file);
        preflightConfig(loaded); // exactly what `serve` checks before it starts
        const { config: c, version } = loaded;
        console.log(
          `ok: ${file} (version ${version}): ${Object.keys(c.providers).length} provider(s), ${c.routes.length} route(s): ${c.routes.map((r) => r.model).join(', ')}`,
        );
      } catch (err) {
        if (err instanceof ConfigError) {
          console.error(err.message);
          process.exit(1);
        }
        throw err;
      }
    });
}

/** Opens the store named by a config file (or the environment) for read-only CLI commands. */
export async function openStoreFor(file: string | undefined): Promise<Database> {
  const cfg = file ? loadConfigFile(file).config : undefined;
  return openDatabase({
    url: cfg?.storage.database_url || process.env.LINTEL_DATABASE_URL || undefined,
    dataDir: process.env.LINTEL_DATA_DIR || cfg?.storage.data_dir || '.lintel',
    schema: process.env.LINTEL_DATABASE_SCHEMA || undefined,
    ...(cfg ? { postgres: postgresOptions(cfg.storage.postgres) } : {}),
  });
}

export function registerConfigHistoryCommands(program: Command): void {
  const config = program.commands.find((c) => c.name() === 'config')!;
  config
    .command('history')
    .description('List stored config versions (newest first) with author and time.')
    .option('-c, --config <file>', 'config file naming the store (else LINTEL_DATABASE_URL / LINTEL_DATA_DIR)')
    .action(async (o: { config?: string }) => {
      const database = await openStoreFor(o.config);
      try {
        await runMigrations(database, configVersionMigrations);
        for (const v of await listConfigVersions(database)) {
          console.log(`${v.version}  ${new Date(v.createdAt).toISOString()}  ${v.author}  ${v.source}`);
        }
      } finally {
        await database.close();
      }
    });
  config
    .command('diff')
    .description('Show the line diff between two stored config versions.')
    .argument('<from>', 'older version')
    .argument('<to>', 'newer version')
    .option('-c, --config <file>', 'config file naming the store')
    .action(async (from: string, to: string, o: { config?: string }) => {
      const database = await openStoreFor(o.config);
      try {
        const [a, b] = [await getConfigVersion(database, from), await getConfigVersion(database, to)];
        if (!a || !b) {
          console.error(`unknown version: ${!a ? from : to}`);
          process.exitCode = 1;
          return;
        }
        console.log(diffLines(a.content, b.content));
      } finally {
        await database.close();
      }
    });
}

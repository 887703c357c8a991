import type { Command } from 'commander';
import { ConfigError, loadConfigFile } from '../config/load.ts';

export function registerConfigCommands(program: Command): void {
  const config = program.command('config').description('Configuration tools.');
  config
    .command('check')
    .description('Validate a lintel.yaml: every problem is reported with the key that causes it.')
    .argument('<file>', 'config file')
    .action((file: string) => {
      try {
        const { config: c, version } = loadConfigFile(file);
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

// Everything `serve` checks about a loaded config before it opens anything, in one place: `lintel config check`
// runs exactly this, so a config that passes the check does not stop `serve` on a config problem.
import { accessSync, constants } from 'node:fs';
import { parseRedisUrl } from '../access/redis-client.ts';
import { createPriceBook } from '../cost/price-book.ts';
import { compileGuardSets } from '../guardrails/engine/compile.ts';
import { Router } from '../routing/router.ts';
import { ConfigError, type LoadedConfig } from './load.ts';
import { MIN_MASTER_KEY_LENGTH } from './schema.ts';

export interface PreflightOptions {
  /** A master key given out of band (quickstart, tests); else server.master_key or LINTEL_MASTER_KEY. */
  masterKey?: string;
  /** A secret key given out of band; else LINTEL_SECRET_KEY. */
  secretKey?: string;
  databaseUrl?: string;
  env?: NodeJS.ProcessEnv;
}

/** The problems `serve` would stop on, each naming its key or variable; empty when the config can run. */
export function preflightProblems(loaded: LoadedConfig, opts: PreflightOptions = {}): string[] {
  const { config } = loaded;
  const env = opts.env ?? process.env;
  const problems: string[] = [];
  const masterKey = opts.masterKey || config.server.master_key || env.LINTEL_MASTER_KEY;
  if (!masterKey) problems.push('server.master_key: not set (set it or LINTEL_MASTER_KEY)');
  else if (masterKey.length < MIN_MASTER_KEY_LENGTH)
    problems.push(`LINTEL_MASTER_KEY: must be at least ${MIN_MASTER_KEY_LENGTH} characters`);
  const secret = opts.secretKey || env.LINTEL_SECRET_KEY;
  if (secret && secret.length < 16) problems.push('LINTEL_SECRET_KEY: must be at least 16 characters');
  const dbUrl = opts.databaseUrl || config.storage.database_url || env.LINTEL_DATABASE_URL || '';
  if (/^postgres(ql)?:/.test(dbUrl) && !secret)
    problems.push('LINTEL_SECRET_KEY: must be set (the same on every node) when the store is PostgreSQL');
  if (config.storage.postgres.read_replica_url && !/^postgres(ql)?:/.test(dbUrl))
    problems.push(
      'storage.postgres.read_replica_url: needs a PostgreSQL database_url (the embedded store has no replica)',
    );
  // access.redis_url is checked by the schema; the environment variable only here.
  if (!config.access.redis_url && env.LINTEL_REDIS_URL) {
    try {
      parseRedisUrl(env.LINTEL_REDIS_URL);
    } catch (err) {
      problems.push(`LINTEL_REDIS_URL: ${(err as Error).message}`);
    }
  }
  const metricsToken = config.server.metrics_token || env.LINTEL_METRICS_TOKEN;
  if (metricsToken !== undefined && metricsToken !== '' && metricsToken.length < 16)
    problems.push('LINTEL_METRICS_TOKEN: must be at least 16 characters');
  const attempt = (what: string, run: () => unknown) => {
    try {
      run();
    } catch (err) {
      problems.push(`${what}: ${(err as Error).message.split('\n')[0]}`);
    }
  };
  attempt('guardrails.sets', () => compileGuardSets(config.guardrails.sets));
  attempt('providers', () => new Router(config));
  attempt('cost.prices', () => createPriceBook(config.cost.prices));
  // Certificate files of the streaming sinks are read at start: a missing one stops serve here, naming the key.
  config.integrations.sinks.forEach((sink, i) => {
    const tls = (sink as { tls?: Record<string, unknown> }).tls ?? {};
    for (const key of ['ca_file', 'cert_file', 'key_file']) {
      const file = tls[key];
      if (typeof file !== 'string') continue;
      try {
        accessSync(file, constants.R_OK);
      } catch {
        problems.push(`integrations.sinks[${i}].tls.${key}: cannot read ${file}`);
      }
    }
  });
  return problems;
}

/** Throws ConfigError listing every problem, as loading does. */
export function preflightConfig(loaded: LoadedConfig, opts: PreflightOptions = {}): void {
  const problems = preflightProblems(loaded, opts);
  if (problems.length > 0) throw new ConfigError(loaded.source, problems);
}

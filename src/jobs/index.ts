// Chooses the node's job runner by its store: the embedded table runner on SQLite, pg-boss on PostgreSQL.
import type { Database, Migration } from '../storage/database.ts';
import { PgBossJobRunner, pgBossProgressMigrations } from './pgboss-runner.ts';
import type { JobLogger } from './shared.ts';
import { jobMigrations as tableMigrations, SqlJobRunner } from './sql-runner.ts';
import type { JobRetention, JobRunner } from './types.ts';

export type { JobContext, JobInfo, JobProgress, JobRunner, JobState } from './types.ts';

export const jobMigrations: Migration[] = [...tableMigrations, ...pgBossProgressMigrations];

export interface CreateJobRunnerOptions {
  logger?: JobLogger;
  /** Idle poll interval (ms). */
  pollMs?: number;
  /** pg-boss: how often expired jobs (dead nodes) are detected, seconds ≥ 1. */
  maintenanceIntervalSeconds?: number;
  /** How long finished jobs stay readable. */
  retention?: Partial<JobRetention>;
}

export function createJobRunner(database: Database, opts: CreateJobRunnerOptions = {}): JobRunner {
  if (database.dialect === 'postgres' && database.postgres) {
    const schema = database.postgres.schema;
    return new PgBossJobRunner(database.db, {
      url: database.postgres.url,
      // One pg-boss schema per Lintel schema, so test runs and deployments sharing a server stay apart.
      bossSchema: schema ? `${schema}_jobs` : 'lintel_pgboss',
      logger: opts.logger,
      pollMs: opts.pollMs,
      maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds,
      retention: opts.retention,
    });
  }
  return new SqlJobRunner(database.db, { logger: opts.logger, pollMs: opts.pollMs, retention: opts.retention });
}

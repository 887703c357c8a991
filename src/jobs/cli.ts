// `lintel jobs …`: inspect and steer background jobs in the store the node uses.
import type { Command } from 'commander';
import { type Database, runMigrations } from '../storage/database.ts';
import { createJobRunner, jobMigrations } from './index.ts';
import type { JobInfo, JobRunner, JobState } from './types.ts';

async function withRunner<T>(openDb: () => Promise<Database>, fn: (r: JobRunner) => Promise<T>): Promise<T> {
  const database = await openDb();
  await runMigrations(database, jobMigrations);
  const runner = createJobRunner(database);
  try {
    return await fn(runner);
  } finally {
    await runner.stop();
    await database.close();
  }
}

const line = (j: JobInfo) =>
  [
    j.id,
    j.queue.padEnd(18),
    j.state.padEnd(9),
    `attempt ${j.attempts}/${j.maxAttempts}`,
    j.progress ? `${j.progress.done}${j.progress.total !== undefined ? `/${j.progress.total}` : ''}` : '-',
    new Date(j.createdAt).toISOString(),
    j.error ? `error: ${j.error.slice(0, 80)}` : '',
  ].join('  ');

export function registerJobCommands(program: Command, openDb: () => Promise<Database>): void {
  const jobs = program.command('jobs').description('background jobs: evaluations, ingestion, monitors');
  jobs
    .command('list')
    .description('newest jobs first')
    .option('--queue <name>', 'only this queue')
    .option('--state <state>', 'queued | active | completed | failed | dead | cancelled')
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'JSON lines')
    .action(async (o: { queue?: string; state?: JobState; limit: string; json?: boolean }) => {
      const list = await withRunner(openDb, (r) => r.list({ queue: o.queue, state: o.state, limit: Number(o.limit) }));
      for (const j of list) console.log(o.json ? JSON.stringify(j) : line(j));
    });
  jobs
    .command('show <id>')
    .description('one job as JSON')
    .action(async (id: string) => {
      const j = await withRunner(openDb, (r) => r.get(id));
      if (!j) {
        console.error(`no job ${id}`);
        process.exitCode = 1;
      } else console.log(JSON.stringify(j, null, 2));
    });
  for (const action of ['cancel', 'retry'] as const) {
    jobs
      .command(`${action} <id>`)
      .description(action === 'cancel' ? 'cancel a queued or running job' : 'retry a dead job')
      .action(async (id: string) => {
        const ok = await withRunner(openDb, (r) => (action === 'cancel' ? r.cancel(id) : r.retry(id)));
        console.log(
          ok ? `${action}: ${id}` : `${action} refused: the job does not exist or its state does not allow it`,
        );
        if (!ok) process.exitCode = 1;
      });
  }
}

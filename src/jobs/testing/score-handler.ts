// An idempotent, resumable handler as real ones are written: it skips items already scored (their result
// row is the commit point), so a job retried after its node died scores every item exactly once.
import { sql } from 'kysely';
import type { Database } from '../../storage/database.ts';
import type { JobContext } from '../types.ts';

export async function ensureScoreTable(database: Database): Promise<void> {
  await sql`CREATE TABLE IF NOT EXISTS test_scored (job_id TEXT NOT NULL, item INTEGER NOT NULL)`.execute(database.db);
}

export function scoreHandler(database: Database, msPerItem: number) {
  return async (ctx: JobContext<{ items: number }>) => {
    await ensureScoreTable(database);
    const done = new Set(
      (
        await sql<{ item: number }>`SELECT item FROM test_scored WHERE job_id = ${ctx.job.id}`.execute(database.db)
      ).rows.map((r) => Number(r.item)),
    );
    let scored = done.size;
    for (let i = 0; i < ctx.job.data.items; i++) {
      if (done.has(i)) continue;
      if (ctx.signal.aborted) throw ctx.signal.reason;
      await new Promise((r) => setTimeout(r, msPerItem)); // "scoring"
      await sql`INSERT INTO test_scored (job_id, item) VALUES (${ctx.job.id}, ${i})`.execute(database.db);
      await ctx.progress({ done: ++scored, total: ctx.job.data.items });
    }
    return { scored: ctx.job.data.items };
  };
}

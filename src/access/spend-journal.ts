// Embedded mode keeps limits in process; settled spend is written to the database every second (and at shutdown)
// and read back at startup, so a restart does not reset budgets. Rate-limit windows are a minute long and are not
// kept. Redis mode does not use this: Redis holds the spend.
import type { Kysely } from 'kysely';
import type { MemoryLimitStore, SpendRow } from './limits/memory-store.ts';

const DAY = 86_400_000;

/** When a stored period id ends (see periods.ts), or null for lifetime budgets. */
export function periodEnd(id: string): number | null {
  if (id === 'total') return null;
  if (id.startsWith('w')) return Date.parse(`${id.slice(1)}T00:00:00Z`) + 7 * DAY;
  if (id.length === 7) {
    const [y, m] = id.split('-').map(Number);
    return Date.UTC(y, m, 1);
  }
  return Date.parse(`${id}T00:00:00Z`) + DAY;
}

export class SpendJournal {
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    // biome-ignore lint/suspicious/noExplicitAny: access tables are untyped in Kysely
    private readonly db: Kysely<any>,
    private readonly store: MemoryLimitStore,
    private readonly onError: (err: unknown) => void,
  ) {}

  async start(intervalMs = 1000): Promise<void> {
    const now = Date.now();
    const rows = await this.db.selectFrom('access_spend').selectAll().execute();
    const live: SpendRow[] = rows
      .map((r) => ({
        scope: r.scope as string,
        period: r.period as string,
        spentUsd: Number(r.spent_usd),
        alerted: Number(r.alerted),
      }))
      .filter((r) => (periodEnd(r.period) ?? Number.POSITIVE_INFINITY) > now);
    this.store.loadSpend(live, (r) => periodEnd(r.period));
    this.timer = setInterval(() => void this.flush(), intervalMs);
    this.timer.unref();
  }

  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write()).catch(this.onError);
    return this.flushing;
  }

  private async write(): Promise<void> {
    const rows = this.store.takeDirtySpend();
    if (rows.length === 0) return;
    const now = Date.now();
    await this.db.transaction().execute(async (trx) => {
      for (const r of rows) {
        await trx
          .insertInto('access_spend')
          .values({ scope: r.scope, period: r.period, spent_usd: r.spentUsd, alerted: r.alerted, updated_at: now })
          .onConflict((oc) =>
            oc.columns(['scope', 'period']).doUpdateSet({ spent_usd: r.spentUsd, alerted: r.alerted, updated_at: now }),
          )
          .execute();
      }
    });
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }
}

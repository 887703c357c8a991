// Stored responses (POST /v1/responses with store: true): the conversation state previous_response_id continues
// from, and what GET /v1/responses/{id} and …/input_items return. Rows are per tenant (another tenant's id is not
// found), expire after the retention period, and hold their JSON sealed with the tenant's data key when a sealer is
// given, so shredding a tenant makes its stored conversations unreadable too.
import { sql } from 'kysely';
import type { Database, Migration } from '../../storage/database.ts';
import type { Json } from '../../spec/translate.ts';
import type { ResponsesItem } from './wire.ts';

export const responsesMigrations: Migration[] = [
  {
    name: 'api_0001_responses',
    async up(db) {
      await sql`CREATE TABLE IF NOT EXISTS api_responses (
        tenant TEXT NOT NULL,
        id TEXT NOT NULL,
        previous_id TEXT,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (tenant, id)
      )`.execute(db);
      await sql`CREATE INDEX IF NOT EXISTS api_responses_expiry ON api_responses (expires_at)`.execute(db);
    },
  },
];

/** Seals stored JSON per tenant (the governance tenant keys); null when the tenant's key was shredded. */
export interface Sealer {
  seal(tenant: string, text: string): Promise<string>;
  open(tenant: string, sealed: string): Promise<string | null>;
}

export interface StoredResponse {
  /** This turn's input items, each with an id. */
  input: ResponsesItem[];
  /** The response object as returned to the client. */
  response: Json;
}

/** Longest previous_response_id chain followed; a longer one is cut at its oldest end. */
const MAX_CHAIN = 200;
const PURGE_EVERY_MS = 60_000;

export class ResponseStore {
  private lastPurge = 0;

  constructor(
    private readonly database: Database,
    private readonly opts: { retentionDays: number; sealer?: Sealer; now?: () => number },
  ) {}

  private now(): number {
    return this.opts.now?.() ?? Date.now();
  }

  async save(tenant: string, stored: StoredResponse): Promise<void> {
    const r = stored.response;
    const now = this.now();
    const text = JSON.stringify(stored);
    const body = this.opts.sealer ? await this.opts.sealer.seal(tenant, text) : text;
    await this.database.db
      .insertInto('api_responses')
      .values({
        tenant,
        id: r.id as string,
        previous_id: (r.previous_response_id as string | null) ?? null,
        created_at: now,
        expires_at: now + this.opts.retentionDays * 86_400_000,
        body,
      })
      .execute();
    if (now - this.lastPurge > PURGE_EVERY_MS) {
      this.lastPurge = now;
      await this.database.db.deleteFrom('api_responses').where('expires_at', '<', now).execute();
    }
  }

  async get(tenant: string, id: string): Promise<(StoredResponse & { previousId: string | null }) | null> {
    const row = await this.database.db
      .selectFrom('api_responses')
      .select(['body', 'previous_id', 'expires_at'])
      .where('tenant', '=', tenant)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row || Number(row.expires_at) < this.now()) return null;
    const text = this.opts.sealer ? await this.opts.sealer.open(tenant, row.body as string) : (row.body as string);
    if (text === null) return null; // shredded
    return { ...(JSON.parse(text) as StoredResponse), previousId: row.previous_id as string | null };
  }

  async delete(tenant: string, id: string): Promise<boolean> {
    const r = await this.database.db
      .deleteFrom('api_responses')
      .where('tenant', '=', tenant)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /**
   * The conversation up to and including response `id`: every earlier turn's input and output items, oldest
   * first. null when `id` is unknown (or expired) for this tenant; an expired ancestor ends the chain there.
   */
  async conversation(tenant: string, id: string): Promise<ResponsesItem[] | null> {
    const turns: ResponsesItem[][] = [];
    let next: string | null = id;
    for (let n = 0; next !== null && n < MAX_CHAIN; n++) {
      const row = await this.get(tenant, next);
      if (!row) {
        if (n === 0) return null;
        break;
      }
      turns.push([...row.input, ...((row.response.output as ResponsesItem[]) ?? [])]);
      next = row.previousId;
    }
    return turns.reverse().flat();
  }
}

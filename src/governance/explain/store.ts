// Explanation records: how each request was routed and decided, stored beside its request record.
// Written by a sink decorator so they ride the recorder's batching, spool and replay (idempotent by id).
import { sql } from 'kysely';
import type { RecordItem, RecordSink } from '../../recording/sink.ts';
import type { Explanation } from '../../spec/record.ts';
import type { Database, Migration } from '../../storage/database.ts';

export const explanationMigrations: Migration[] = [
  {
    name: '0220_request_explanations',
    async up(db) {
      await sql`CREATE TABLE IF NOT EXISTS request_explanations (
        request_id TEXT PRIMARY KEY,
        received_at BIGINT NOT NULL,
        explanation TEXT NOT NULL
      )`.execute(db);
      await sql`CREATE INDEX IF NOT EXISTS request_explanations_received ON request_explanations (received_at)`.execute(
        db,
      );
    },
  },
];

const INSERT = 'INSERT INTO request_explanations (request_id, received_at, explanation)';
const ON_CONFLICT = 'ON CONFLICT (request_id) DO NOTHING'; // a replayed batch writes each explanation once
const CHUNK = 200; // rows per INSERT: 3 parameters each stays far below SQLite's variable limit

export class ExplainingSink implements RecordSink {
  #insert: ((rows: readonly RecordItem[]) => void) | null = null;

  constructor(
    private readonly inner: RecordSink,
    private readonly database: Database,
  ) {}

  async writeBatch(items: readonly RecordItem[]): Promise<void> {
    await this.inner.writeBatch(items);
    const rows = items.filter((i) => i.record.explanation);
    if (rows.length === 0) return;
    const sqlite = this.database.sqlite;
    if (sqlite) {
      // Embedded store: one prepared statement for the life of the process, one transaction per batch.
      this.#insert ??= (() => {
        const stmt = sqlite.prepare(`${INSERT} VALUES (?, ?, ?) ${ON_CONFLICT}`);
        return sqlite.transaction((batch: readonly RecordItem[]) => {
          for (const r of batch) stmt.run(r.record.id, r.record.receivedAt, JSON.stringify(r.record.explanation));
        });
      })();
      this.#insert(rows);
      return;
    }
    for (let i = 0; i < rows.length; i += CHUNK) {
      const values = rows
        .slice(i, i + CHUNK)
        .map((r) => sql`(${r.record.id}, ${r.record.receivedAt}, ${JSON.stringify(r.record.explanation)})`);
      await sql`${sql.raw(INSERT)} VALUES ${sql.join(values)} ${sql.raw(ON_CONFLICT)}`.execute(this.database.db);
    }
  }
}

export async function getExplanation(database: Database, requestId: string): Promise<Explanation | null> {
  const r = await sql<{ explanation: string }>`SELECT explanation FROM request_explanations
    WHERE request_id = ${requestId}`.execute(database.db);
  return r.rows[0] ? (JSON.parse(r.rows[0].explanation) as Explanation) : null;
}

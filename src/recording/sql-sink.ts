// Writes a batch of records in ONE transaction: multi-row INSERT … ON CONFLICT (id) DO NOTHING RETURNING id,
// then the bodies and the hourly/daily rollups of exactly the rows that were inserted. A replayed batch
// (after a timeout or a crash) therefore never double-counts.
// On SQLite the write runs synchronously on the main thread (better-sqlite3): ~20–40 µs a record, and a
// file locked by another process blocks for busy_timeout per attempt, so keep that timeout short.
import type { Kysely } from 'kysely';
import type { Database, SqlDialect } from '../storage/database.ts';
import { bulkInsertQueries } from './bulk.ts';
import { DAY_MS, HOUR_MS, ROLLUP_COLUMN_TYPES, ROLLUP_TABLES, rollUp, rollupConflictClause } from './rollup.ts';
import { REQUEST_COLUMN_TYPES, toRow } from './rows.ts';
import type { RecordItem, RecordSink } from './sink.ts';
import { SqliteRecordWriter } from './sqlite-writer.ts';

interface BodyRow {
  request_id: string;
  kind: 'request' | 'response';
  body: string;
  created_at: number;
}

const BODY_COLUMN_TYPES = { request_id: 'text', kind: 'text', body: 'text', created_at: 'bigint' } as const;

/** Keeps the first item of each id and orders by id, so concurrent transactions take index locks in one order. */
function uniqueById(items: readonly RecordItem[]): RecordItem[] {
  const seen = new Map<string, RecordItem>();
  for (const it of items) if (!seen.has(it.record.id)) seen.set(it.record.id, it);
  return [...seen.values()].sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
}

function bodyRows(items: readonly RecordItem[], now: number): BodyRow[] {
  const rows: BodyRow[] = [];
  for (const { record, bodies } of items) {
    if (bodies?.request !== undefined)
      rows.push({ request_id: record.id, kind: 'request', body: bodies.request, created_at: now });
    if (bodies?.response !== undefined)
      rows.push({ request_id: record.id, kind: 'response', body: bodies.response, created_at: now });
  }
  return rows;
}

export class SqlRecordSink implements RecordSink {
  readonly #database: Database;
  #sqlite: SqliteRecordWriter | null = null;

  constructor(database: Database) {
    this.#database = database;
  }

  async writeBatch(items: readonly RecordItem[]): Promise<void> {
    if (items.length === 0) return;
    if (this.#database.sqlite) {
      // Prepared lazily: the tables exist only once migrations ran.
      this.#sqlite ??= new SqliteRecordWriter(this.#database.sqlite);
      this.#sqlite.write(items);
      return;
    }
    const { dialect } = this.#database;
    const unique = uniqueById(items);
    await this.#database.db.transaction().execute(async (trx) => {
      const inserted = new Set<string>();
      const insertRequests = bulkInsertQueries(dialect, {
        table: 'requests',
        columns: REQUEST_COLUMN_TYPES,
        rows: unique.map((it) => toRow(it.record)),
        suffix: 'ON CONFLICT ("id") DO NOTHING RETURNING "id"',
      });
      for (const q of insertRequests) {
        for (const r of (await trx.executeQuery<{ id: string }>(q)).rows) inserted.add(r.id);
      }
      if (inserted.size === 0) return;
      const fresh = inserted.size === unique.length ? unique : unique.filter((it) => inserted.has(it.record.id));
      await run(
        trx,
        dialect,
        'request_bodies',
        BODY_COLUMN_TYPES,
        bodyRows(fresh, Date.now()),
        'ON CONFLICT DO NOTHING',
      );
      const records = fresh.map((it) => it.record);
      for (const [table, size] of [
        [ROLLUP_TABLES.hour, HOUR_MS],
        [ROLLUP_TABLES.day, DAY_MS],
      ] as const) {
        await run(trx, dialect, table, ROLLUP_COLUMN_TYPES, rollUp(records, size), rollupConflictClause(table));
      }
    });
  }
}

async function run<Row>(
  // biome-ignore lint/suspicious/noExplicitAny: tables are created by migrations.ts
  trx: Kysely<any>,
  dialect: SqlDialect,
  table: string,
  columns: Parameters<typeof bulkInsertQueries<Row>>[1]['columns'],
  rows: Row[],
  suffix: string,
): Promise<void> {
  if (rows.length === 0) return;
  for (const q of bulkInsertQueries(dialect, { table, columns, rows, suffix })) await trx.executeQuery(q);
}

// The embedded store's batch writer: the same rows and the same idempotency as the dialect-neutral path in
// sql-sink.ts, but on better-sqlite3 directly with statements prepared once per process. Through Kysely each
// batch compiled and prepared fresh multi-row statements (a prepare per batch and table, and the driver's
// per-query bookkeeping); here a batch is one native transaction of single-row runs. With `explanations`, the
// batch's explanation rows (governance/explain/store.ts) go into the same transaction (the off-thread writer).
import type SQLite from 'better-sqlite3';
import { DAY_MS, HOUR_MS, ROLLUP_COLUMN_TYPES, ROLLUP_TABLES, rollUp, rollupConflictClause } from './rollup.ts';
import { REQUEST_COLUMN_TYPES, toRow } from './rows.ts';
import type { RecordItem } from './sink.ts';

type Statement = SQLite.Statement<unknown[]>;

function insertSql(table: string, columns: readonly string[], suffix: string): string {
  const names = columns.map((c) => `"${c}"`).join(', ');
  return `INSERT INTO "${table}" (${names}) VALUES (${columns.map(() => '?').join(', ')}) ${suffix}`;
}

function rollupUpsertSql(table: string): string {
  return insertSql(table, Object.keys(ROLLUP_COLUMN_TYPES), rollupConflictClause(table));
}

export interface SqliteRecordWriterOptions {
  /** Also write each record's explanation into `request_explanations` (idempotent like the record). */
  explanations?: boolean;
}

export class SqliteRecordWriter {
  readonly #write: (items: readonly RecordItem[]) => void;

  constructor(sqlite: SQLite.Database, opts: SqliteRecordWriterOptions = {}) {
    const requestColumns = Object.keys(REQUEST_COLUMN_TYPES) as (keyof typeof REQUEST_COLUMN_TYPES)[];
    const insertRequest: Statement = sqlite.prepare(
      insertSql('requests', requestColumns, 'ON CONFLICT ("id") DO NOTHING'),
    );
    const insertBody: Statement = sqlite.prepare(
      insertSql('request_bodies', ['request_id', 'kind', 'body', 'created_at'], 'ON CONFLICT DO NOTHING'),
    );
    const rollupColumns = Object.keys(ROLLUP_COLUMN_TYPES) as (keyof typeof ROLLUP_COLUMN_TYPES)[];
    const upserts: [Statement, number][] = [
      [sqlite.prepare(rollupUpsertSql(ROLLUP_TABLES.hour)), HOUR_MS],
      [sqlite.prepare(rollupUpsertSql(ROLLUP_TABLES.day)), DAY_MS],
    ];
    // Every item, not only the fresh ones: a batch an older process stored without its explanations gets them.
    const insertExplanation: Statement | null = opts.explanations
      ? sqlite.prepare(
          'INSERT INTO request_explanations (request_id, received_at, explanation) VALUES (?, ?, ?) ON CONFLICT (request_id) DO NOTHING',
        )
      : null;
    const values: unknown[] = new Array(requestColumns.length);
    const rollupValues: unknown[] = new Array(rollupColumns.length);

    this.#write = sqlite.transaction((items: readonly RecordItem[]) => {
      const fresh = [];
      const now = Date.now();
      for (const item of items) {
        const { record } = item;
        if (insertExplanation && record.explanation)
          insertExplanation.run([record.id, record.receivedAt, JSON.stringify(record.explanation)]);
        const row = toRow(item.record);
        for (let i = 0; i < requestColumns.length; i++) values[i] = row[requestColumns[i]];
        // ON CONFLICT DO NOTHING: 0 changes means the record was written before (a replayed batch).
        if (insertRequest.run(values).changes === 0) continue;
        fresh.push(item.record);
        const { bodies } = item;
        if (bodies?.request !== undefined) insertBody.run([item.record.id, 'request', bodies.request, now]);
        if (bodies?.response !== undefined) insertBody.run([item.record.id, 'response', bodies.response, now]);
      }
      if (fresh.length === 0) return;
      for (const [stmt, size] of upserts) {
        for (const r of rollUp(fresh, size)) {
          for (let i = 0; i < rollupColumns.length; i++) rollupValues[i] = r[rollupColumns[i]];
          stmt.run(rollupValues);
        }
      }
    });
  }

  /** Writes the batch in one transaction; throws (and rolls back) like any SQLite error. */
  write(items: readonly RecordItem[]): void {
    this.#write(items);
  }
}

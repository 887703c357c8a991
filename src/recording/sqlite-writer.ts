// The embedded store's batch writer: the same rows and the same idempotency as the dialect-neutral path in
// sql-sink.ts, but on better-sqlite3 directly with statements prepared once per process. Through Kysely each
// batch compiled and prepared fresh multi-row statements (a prepare per batch and table, and the driver's
// per-query bookkeeping); here a batch is one native transaction of single-row runs (multi-row INSERTs measured no
// cheaper). It binds a packed batch (record-pack.ts: the rows' values in column order, JSON already text), which
// is what the writer thread receives; `write(items)` packs in place. With `explanations`, the batch's explanation
// rows (governance/explain/store.ts) go into the same transaction (the off-thread writer).
import type SQLite from 'better-sqlite3';
import {
  EXPLANATION_CELL,
  type PackedBatch,
  packBatch,
  RECEIVED_AT_CELL,
  REQUEST_BODY_CELL,
  RESPONSE_BODY_CELL,
  ROW_CELLS,
  rollupFactsAt,
  STRIDE,
} from './record-pack.ts';
import {
  DAY_MS,
  HOUR_MS,
  ROLLUP_COLUMN_TYPES,
  ROLLUP_TABLES,
  type RollupFacts,
  rollUpSizes,
  rollupConflictClause,
} from './rollup.ts';
import { REQUEST_COLUMNS } from './rows.ts';
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
  readonly #explanations: boolean;
  readonly #write: (batch: PackedBatch) => void;

  constructor(sqlite: SQLite.Database, opts: SqliteRecordWriterOptions = {}) {
    this.#explanations = opts.explanations ?? false;
    const insertRequest: Statement = sqlite.prepare(
      insertSql('requests', REQUEST_COLUMNS, 'ON CONFLICT ("id") DO NOTHING'),
    );
    const insertBody: Statement = sqlite.prepare(
      insertSql('request_bodies', ['request_id', 'kind', 'body', 'created_at'], 'ON CONFLICT DO NOTHING'),
    );
    const rollupColumns = Object.keys(ROLLUP_COLUMN_TYPES) as (keyof typeof ROLLUP_COLUMN_TYPES)[];
    const upserts: Statement[] = [
      sqlite.prepare(rollupUpsertSql(ROLLUP_TABLES.hour)),
      sqlite.prepare(rollupUpsertSql(ROLLUP_TABLES.day)),
    ];
    const sizes = [HOUR_MS, DAY_MS];
    // Every item, not only the fresh ones: a batch an older process stored without its explanations gets them.
    const insertExplanation: Statement | null = this.#explanations
      ? sqlite.prepare(
          'INSERT INTO request_explanations (request_id, received_at, explanation) VALUES (?, ?, ?) ON CONFLICT (request_id) DO NOTHING',
        )
      : null;
    const values: unknown[] = new Array(ROW_CELLS);
    const rollupValues: unknown[] = new Array(rollupColumns.length);

    this.#write = sqlite.transaction(({ n, cells }: PackedBatch) => {
      const fresh: RollupFacts[] = [];
      const now = Date.now();
      for (let base = 0; base < n * STRIDE; base += STRIDE) {
        const id = cells[base];
        const explanation = cells[base + EXPLANATION_CELL];
        if (insertExplanation && explanation !== null)
          insertExplanation.run(id, cells[base + RECEIVED_AT_CELL], explanation);
        for (let i = 0; i < ROW_CELLS; i++) values[i] = cells[base + i];
        // ON CONFLICT DO NOTHING: 0 changes means the record was written before (a replayed batch).
        if (insertRequest.run(values).changes === 0) continue;
        fresh.push(rollupFactsAt(cells, base));
        const request = cells[base + REQUEST_BODY_CELL];
        const response = cells[base + RESPONSE_BODY_CELL];
        if (request !== null) insertBody.run(id, 'request', request, now);
        if (response !== null) insertBody.run(id, 'response', response, now);
      }
      if (fresh.length === 0) return;
      const rows = rollUpSizes(fresh, sizes);
      for (let s = 0; s < upserts.length; s++) {
        const stmt = upserts[s] as Statement;
        for (const r of rows[s] ?? []) {
          for (let i = 0; i < rollupColumns.length; i++) rollupValues[i] = r[rollupColumns[i] as keyof typeof r];
          stmt.run(rollupValues);
        }
      }
    });
  }

  /** Writes the batch in one transaction; throws (and rolls back) like any SQLite error. */
  write(items: readonly RecordItem[]): void {
    this.#write(packBatch(items, this.#explanations));
  }

  /** write() for a batch packed by packBatch (the writer thread's input). */
  writePacked(batch: PackedBatch): void {
    this.#write(batch);
  }
}

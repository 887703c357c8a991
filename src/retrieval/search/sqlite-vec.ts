// Dense search through sqlite-vec (a vec0 table, cosine distance) in an in-memory SQLite database of the loaded
// collection: built from the stored vectors when the collection loads, like the BM25 postings. vec0 scans every
// vector (exact k-NN, SIMD), so answers equal the exact cosine ranking up to float rounding.
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import type { Ranked } from './fusion.ts';

const require = createRequire(import.meta.url);

type Db = BetterSqlite3.Database;

/** Opens an in-memory database with sqlite-vec loaded, or returns why it cannot (the caller falls back). */
export function openVecDatabase(): { db: Db } | { error: string } {
  try {
    const Database = require('better-sqlite3') as typeof BetterSqlite3;
    const vec = require('sqlite-vec') as { load(db: Db): void };
    const db = new Database(':memory:');
    vec.load(db);
    return { db };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

export class SqliteVecIndex {
  readonly kind = 'sqlite-vec';
  readonly dims: number;
  private readonly ids: string[] = [];
  private readonly rowOf = new Map<string, number>();
  private readonly knn: BetterSqlite3.Statement;
  private readonly update: BetterSqlite3.Statement;

  constructor(
    private readonly db: Db,
    rows: { id: string; vector: ArrayLike<number> }[],
  ) {
    this.dims = rows[0]?.vector.length ?? 0;
    db.exec(`CREATE VIRTUAL TABLE dense USING vec0(embedding float[${this.dims}] distance_metric=cosine)`);
    const insert = db.prepare('INSERT INTO dense(rowid, embedding) VALUES (?, ?)');
    db.transaction(() => {
      for (const r of rows) {
        if (r.vector.length !== this.dims) continue;
        this.ids.push(r.id);
        const rowid = this.ids.length;
        this.rowOf.set(r.id, rowid);
        insert.run(BigInt(rowid), Float32Array.from(r.vector));
      }
    })();
    this.knn = db.prepare('SELECT rowid, distance FROM dense WHERE embedding MATCH ? AND k = ?');
    this.update = db.prepare('UPDATE dense SET embedding = ? WHERE rowid = ?');
  }

  get size(): number {
    return this.ids.length;
  }

  /** Replaces one chunk's vector (ERM's dense key update). */
  setVector(id: string, vector: ArrayLike<number>): void {
    const rowid = this.rowOf.get(id);
    if (rowid !== undefined) this.update.run(Float32Array.from(vector), BigInt(rowid));
  }

  search(query: ArrayLike<number>, k: number): Ranked[] {
    if (query.length !== this.dims)
      throw new RangeError(`query vector has ${query.length} dimensions, the index ${this.dims}`);
    const n = Math.min(k, this.ids.length);
    if (n === 0) return [];
    const rows = this.knn.all(Float32Array.from(query), n) as { rowid: number; distance: number }[];
    return rows.map((r) => ({ id: this.ids[r.rowid - 1] as string, score: 1 - r.distance }));
  }

  close(): void {
    this.db.close();
  }
}

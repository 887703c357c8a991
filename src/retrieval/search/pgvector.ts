// Dense search in PostgreSQL with pgvector, used only when the server has the extension
// (pg_available_extensions). The loaded collection's vectors are copied into retrieval_vectors (one row per chunk,
// tagged with the index version they came from) when it loads, and k-NN runs as `ORDER BY embedding <=> $q` — an
// exact scan in PostgreSQL (no ANN index: vectors of any size, answers equal the exact cosine ranking).
import { type Kysely, sql } from 'kysely';
import type { Ranked } from './fusion.ts';

// biome-ignore lint/suspicious/noExplicitAny: the table is created here, outside the typed schema
type Db = Kysely<any>;

const literal = (v: ArrayLike<number>) => `[${Array.from(v, (x) => (Number.isFinite(x) ? x : 0)).join(',')}]`;

/** True when pgvector can be used (installed, or installable by this role). */
export async function pgvectorAvailable(db: Db): Promise<boolean> {
  const r = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM pg_available_extensions WHERE name = 'vector'`.execute(db);
  if (!r.rows[0]?.n) return false;
  try {
    await sql`CREATE EXTENSION IF NOT EXISTS vector`.execute(db);
    await sql`CREATE TABLE IF NOT EXISTS retrieval_vectors (
      chunk_id text PRIMARY KEY, collection_id text NOT NULL, index_version integer NOT NULL, embedding vector NOT NULL)`.execute(
      db,
    );
    await sql`CREATE INDEX IF NOT EXISTS retrieval_vectors_collection ON retrieval_vectors (collection_id)`.execute(db);
    return true;
  } catch {
    return false; // e.g. not allowed to create the extension
  }
}

export class PgvectorIndex {
  readonly kind = 'pgvector';
  private constructor(
    private readonly db: Db,
    private readonly collectionId: string,
    readonly dims: number,
    readonly size: number,
  ) {}

  /** Copies the collection's vectors in (one transaction) unless this index version is already there. */
  static async load(
    db: Db,
    collectionId: string,
    indexVersion: number,
    rows: { id: string; vector: ArrayLike<number> }[],
  ): Promise<PgvectorIndex> {
    const dims = rows[0]?.vector.length ?? 0;
    await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(hashtext(${`retrieval_vectors:${collectionId}`}))`.execute(trx);
      const have = await sql<{ n: number }>`SELECT count(*)::int AS n FROM retrieval_vectors
        WHERE collection_id = ${collectionId} AND index_version = ${indexVersion}`.execute(trx);
      if (have.rows[0]?.n === rows.length) return;
      await sql`DELETE FROM retrieval_vectors WHERE collection_id = ${collectionId}`.execute(trx);
      for (let i = 0; i < rows.length; i += 200) {
        const part = rows.slice(i, i + 200);
        await sql`INSERT INTO retrieval_vectors (chunk_id, collection_id, index_version, embedding) VALUES ${sql.join(
          part.map((r) => sql`(${r.id}, ${collectionId}, ${indexVersion}, ${literal(r.vector)}::vector)`),
        )}`.execute(trx);
      }
    });
    return new PgvectorIndex(db, collectionId, dims, rows.length);
  }

  async setVector(id: string, vector: ArrayLike<number>): Promise<void> {
    await sql`UPDATE retrieval_vectors SET embedding = ${literal(vector)}::vector WHERE chunk_id = ${id}`.execute(
      this.db,
    );
  }

  async search(query: ArrayLike<number>, k: number): Promise<Ranked[]> {
    if (query.length !== this.dims)
      throw new RangeError(`query vector has ${query.length} dimensions, the index ${this.dims}`);
    const q = literal(query);
    const r = await sql<{ chunk_id: string; score: number }>`SELECT chunk_id, 1 - (embedding <=> ${q}::vector) AS score
      FROM retrieval_vectors WHERE collection_id = ${this.collectionId}
      ORDER BY embedding <=> ${q}::vector, chunk_id LIMIT ${k}`.execute(this.db);
    return r.rows.map((row) => ({ id: row.chunk_id, score: Number(row.score) }));
  }
}

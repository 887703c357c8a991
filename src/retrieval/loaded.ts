// A collection as searched: BM25 postings, dense matrix and ERM engine built from the store's chunks, cached per
// node and rebuilt when the collection's index version moves (another run, another node).
import { ErmEngine } from './erm/engine.ts';
import { analyze } from './lexical/analyzer.ts';
import { Bm25Index, queryTerms } from './lexical/bm25.ts';
import { type DenseEngine, DenseIndex, DenseSearch } from './search/dense.ts';
import { F32_SCAN_MAX_DIMS, F32ScanIndex } from './search/f32-scan.ts';
import { PgvectorIndex, pgvectorAvailable } from './search/pgvector.ts';
import { openVecDatabase, SqliteVecIndex } from './search/sqlite-vec.ts';
import type { RetrievalStore } from './store.ts';
import type { Collection, StoredChunk, StoredDocument } from './types.ts';

export interface LoadedCollection {
  collection: Collection;
  indexVersion: number;
  chunks: Map<string, StoredChunk>;
  documents: Map<string, StoredDocument>;
  bm25: Bm25Index;
  dense: DenseSearch | null;
  erm: ErmEngine;
}

/**
 * On the embedded store the in-process float32 scan up to F32_SCAN_MAX_DIMS dimensions (sqlite-vec's answers, a
 * third of its CPU at 16) and sqlite-vec above; pgvector on PostgreSQL when the server has it; else the exact scan.
 */
async function denseSearch(
  store: RetrievalStore,
  c: Collection,
  rows: { id: string; vector: ArrayLike<number> }[],
): Promise<DenseSearch> {
  const exact = new DenseIndex(rows);
  const { dialect, db } = store.handle;
  let engine: DenseEngine | null = null;
  let why: string | null = null;
  if (dialect === 'postgres') {
    if (await pgvectorAvailable(db)) engine = await PgvectorIndex.load(db, c.id, c.indexVersion, rows);
    else why = 'pgvector not installed in PostgreSQL';
  } else if (exact.dims <= F32_SCAN_MAX_DIMS) {
    engine = new F32ScanIndex(rows.map((r) => ({ id: r.id, vector: exact.vector(r.id) ?? r.vector })));
  } else {
    const opened = openVecDatabase();
    // The exact index's normalised rows, so a rollback writes back the very same floats into both.
    if ('db' in opened)
      engine = new SqliteVecIndex(
        opened.db,
        rows.map((r) => ({ id: r.id, vector: exact.vector(r.id) ?? r.vector })),
      );
    else why = `sqlite-vec did not load: ${opened.error}`;
  }
  return new DenseSearch(exact, engine, why);
}

export async function loadCollection(store: RetrievalStore, c: Collection): Promise<LoadedCollection> {
  const [chunks, documents, versions] = await Promise.all([
    store.chunks(c.id),
    store.documents(c.id),
    store.keyVersions(c.id),
  ]);
  const bm25 = new Bm25Index(
    chunks.map((ch) => ({ id: ch.id, terms: new Map(Object.entries(ch.terms)), length: ch.length })),
    c.settings.bm25,
  );
  const withVectors = chunks.filter((ch) => ch.embedding && ch.embedding.length > 0);
  const rows = withVectors.map((ch) => ({ id: ch.id, vector: ch.embedding as ArrayLike<number> }));
  const dense = rows.length ? await denseSearch(store, c, rows) : null;
  const byId = new Map(chunks.map((ch) => [ch.id, ch]));
  const erm = new ErmEngine(
    {
      index: bm25,
      analyze,
      toQuery: queryTerms,
      docTerms: (id) => (byId.has(id) ? new Map(Object.entries(byId.get(id)?.terms ?? {})) : undefined),
      ...(dense ? { dense } : {}),
    },
    c.settings.erm,
  );
  if (versions.length) erm.restore(versions, c.keyVersion);
  await erm.settled();
  return {
    collection: c,
    indexVersion: c.indexVersion,
    chunks: byId,
    documents: new Map(documents.map((d) => [d.docKey, d])),
    bm25,
    dense,
    erm,
  };
}

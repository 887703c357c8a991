// Persistence of collections, documents, chunks and version history (Kysely; SQLite and PostgreSQL alike).
// A document's chunks and its content hash are written in one transaction, so a crash never leaves a hash
// that claims chunks which were not written (a retry re-processes the document) nor duplicate chunks.
import { randomUUID } from 'node:crypto';
import type { Database } from '../storage/database.ts';
import type { KeyVersion } from './erm/engine.ts';
import {
  type Collection,
  type CollectionSettings,
  DEFAULT_COLLECTION_SETTINGS,
  type StoredChunk,
  type StoredDocument,
} from './types.ts';

// biome-ignore lint/suspicious/noExplicitAny: rows as Kysely returns them
type Row = Record<string, any>;

const num = (v: unknown) => Number(v);

function toCollection(r: Row): Collection {
  return {
    id: r.id,
    tenant: r.tenant,
    name: r.name,
    settings: { ...DEFAULT_COLLECTION_SETTINGS, ...JSON.parse(r.settings) },
    indexVersion: num(r.index_version),
    keyVersion: num(r.key_version),
    createdAt: num(r.created_at),
    updatedAt: num(r.updated_at),
  };
}

function toChunk(r: Row): StoredChunk {
  return {
    id: r.id,
    collectionId: r.collection_id,
    docKey: r.doc_key,
    docVersion: num(r.doc_version),
    ordinal: num(r.ordinal),
    text: r.text,
    contentHash: r.content_hash,
    simhash: r.simhash,
    terms: JSON.parse(r.terms),
    length: num(r.length),
    embedding: r.embedding ? decodeVector(r.embedding) : null,
    indexVersion: num(r.index_version),
  };
}

function toDocument(r: Row): StoredDocument {
  return {
    collectionId: r.collection_id,
    docKey: r.doc_key,
    source: r.source,
    version: num(r.version),
    contentHash: r.content_hash,
    title: r.title,
    metadata: JSON.parse(r.metadata),
    indexVersion: num(r.index_version),
    updatedAt: num(r.updated_at),
  };
}

/** Float32 vectors as base64 text (portable across both dialects). */
export function encodeVector(v: number[] | Float32Array): string {
  const f = v instanceof Float32Array ? v : Float32Array.from(v);
  return Buffer.from(f.buffer, f.byteOffset, f.byteLength).toString('base64');
}

export function decodeVector(s: string): Float32Array {
  const b = Buffer.from(s, 'base64');
  // Copied into its own aligned buffer (Buffer pool offsets need not be multiples of 4).
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

export class RetrievalStore {
  constructor(private readonly database: Database) {}

  private get db() {
    return this.database.db;
  }

  /** The database under the store (dense search picks pgvector or sqlite-vec by it). */
  get handle(): Database {
    return this.database;
  }

  async createCollection(
    tenant: string,
    name: string,
    settings: CollectionSettings,
    now = Date.now(),
  ): Promise<Collection> {
    const row = {
      id: randomUUID(),
      tenant,
      name,
      settings: JSON.stringify(settings),
      index_version: 0,
      key_version: 0,
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto('retrieval_collections').values(row).execute();
    return toCollection(row);
  }

  async getCollection(tenant: string, name: string): Promise<Collection | null> {
    const r = await this.db
      .selectFrom('retrieval_collections')
      .selectAll()
      .where('tenant', '=', tenant)
      .where('name', '=', name)
      .executeTakeFirst();
    return r ? toCollection(r) : null;
  }

  async getCollectionById(id: string): Promise<Collection | null> {
    const r = await this.db.selectFrom('retrieval_collections').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toCollection(r) : null;
  }

  async listCollections(tenant?: string): Promise<Collection[]> {
    let q = this.db.selectFrom('retrieval_collections').selectAll().orderBy('tenant').orderBy('name');
    if (tenant !== undefined) q = q.where('tenant', '=', tenant);
    return (await q.execute()).map(toCollection);
  }

  async updateSettings(id: string, settings: CollectionSettings, now = Date.now()): Promise<void> {
    await this.db
      .updateTable('retrieval_collections')
      .set({ settings: JSON.stringify(settings), updated_at: now })
      .where('id', '=', id)
      .execute();
  }

  async deleteCollection(id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const t of ['retrieval_chunks', 'retrieval_documents', 'retrieval_index_versions', 'retrieval_key_versions'])
        await trx.deleteFrom(t).where('collection_id', '=', id).execute();
      await trx.deleteFrom('retrieval_collections').where('id', '=', id).execute();
    });
  }

  async documents(collectionId: string): Promise<StoredDocument[]> {
    return (
      await this.db.selectFrom('retrieval_documents').selectAll().where('collection_id', '=', collectionId).execute()
    ).map(toDocument);
  }

  async chunks(collectionId: string): Promise<StoredChunk[]> {
    const rows = await this.db
      .selectFrom('retrieval_chunks')
      .selectAll()
      .where('collection_id', '=', collectionId)
      .orderBy('doc_key')
      .orderBy('ordinal')
      .execute();
    return rows.map(toChunk);
  }

  /** Replaces documents' chunks and records their new hashes; each document's rows commit with its hash. */
  async replaceDocuments(docs: { doc: StoredDocument; chunks: StoredChunk[] }[]): Promise<void> {
    if (docs.length === 0) return;
    await this.db.transaction().execute(async (trx) => {
      const collectionId = (docs[0] as { doc: StoredDocument }).doc.collectionId;
      const keys = docs.map((d) => d.doc.docKey);
      for (let i = 0; i < keys.length; i += 500) {
        const part = keys.slice(i, i + 500);
        await trx
          .deleteFrom('retrieval_chunks')
          .where('collection_id', '=', collectionId)
          .where('doc_key', 'in', part)
          .execute();
        await trx
          .deleteFrom('retrieval_documents')
          .where('collection_id', '=', collectionId)
          .where('doc_key', 'in', part)
          .execute();
      }
      const rows = docs.flatMap(({ chunks }) =>
        chunks.map((c) => ({
          id: c.id,
          collection_id: c.collectionId,
          doc_key: c.docKey,
          doc_version: c.docVersion,
          ordinal: c.ordinal,
          text: c.text,
          content_hash: c.contentHash,
          simhash: c.simhash,
          terms: JSON.stringify(c.terms),
          length: c.length,
          embedding: c.embedding ? encodeVector(c.embedding) : null,
          index_version: c.indexVersion,
        })),
      );
      for (let i = 0; i < rows.length; i += 100)
        await trx
          .insertInto('retrieval_chunks')
          .values(rows.slice(i, i + 100))
          .execute();
      const docRows = docs.map(({ doc }) => ({
        collection_id: doc.collectionId,
        doc_key: doc.docKey,
        source: doc.source,
        version: doc.version,
        content_hash: doc.contentHash,
        title: doc.title,
        metadata: JSON.stringify(doc.metadata),
        index_version: doc.indexVersion,
        updated_at: doc.updatedAt,
      }));
      for (let i = 0; i < docRows.length; i += 100)
        await trx
          .insertInto('retrieval_documents')
          .values(docRows.slice(i, i + 100))
          .execute();
    });
  }

  async deleteDocument(collectionId: string, docKey: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('retrieval_chunks')
        .where('collection_id', '=', collectionId)
        .where('doc_key', '=', docKey)
        .execute();
      await trx
        .deleteFrom('retrieval_documents')
        .where('collection_id', '=', collectionId)
        .where('doc_key', '=', docKey)
        .execute();
    });
  }

  /** Records a new index version for the collection (lineage: which run produced it, what changed). */
  async bumpIndexVersion(
    collectionId: string,
    runId: string | null,
    stats: Record<string, unknown>,
    now = Date.now(),
  ): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const r = await trx
        .selectFrom('retrieval_collections')
        .select('index_version')
        .where('id', '=', collectionId)
        .executeTakeFirstOrThrow();
      const version = num(r.index_version) + 1;
      await trx
        .updateTable('retrieval_collections')
        .set({ index_version: version, updated_at: now })
        .where('id', '=', collectionId)
        .execute();
      await trx
        .insertInto('retrieval_index_versions')
        .values({ collection_id: collectionId, version, run_id: runId, stats: JSON.stringify(stats), created_at: now })
        .execute();
      return version;
    });
  }

  async indexVersions(
    collectionId: string,
  ): Promise<{ version: number; runId: string | null; stats: Record<string, unknown>; createdAt: number }[]> {
    const rows = await this.db
      .selectFrom('retrieval_index_versions')
      .selectAll()
      .where('collection_id', '=', collectionId)
      .orderBy('version')
      .execute();
    return rows.map((r) => ({
      version: num(r.version),
      runId: r.run_id ?? null,
      stats: JSON.parse(r.stats),
      createdAt: num(r.created_at),
    }));
  }

  async saveKeyVersion(collectionId: string, v: KeyVersion): Promise<void> {
    await this.db
      .insertInto('retrieval_key_versions')
      .values({
        collection_id: collectionId,
        version: v.version,
        note: v.note,
        feedback: v.feedback,
        keys: JSON.stringify(v.keys),
        memory: JSON.stringify(v.memory),
        dense: v.dense && Object.keys(v.dense).length ? JSON.stringify(v.dense) : null,
        created_at: v.createdAt,
      })
      .execute();
  }

  async keyVersions(collectionId: string): Promise<KeyVersion[]> {
    const rows = await this.db
      .selectFrom('retrieval_key_versions')
      .selectAll()
      .where('collection_id', '=', collectionId)
      .orderBy('version')
      .execute();
    return rows.map((r) => ({
      version: num(r.version),
      note: r.note,
      feedback: num(r.feedback),
      keys: JSON.parse(r.keys),
      memory: JSON.parse(r.memory),
      ...(r.dense ? { dense: JSON.parse(r.dense) } : {}),
      createdAt: num(r.created_at),
    }));
  }

  async setKeyVersion(collectionId: string, version: number): Promise<void> {
    await this.db
      .updateTable('retrieval_collections')
      .set({ key_version: version })
      .where('id', '=', collectionId)
      .execute();
  }

  /** Removes every key version (ERM reset) and points the collection back at "no learned keys". */
  async resetKeys(collectionId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('retrieval_key_versions').where('collection_id', '=', collectionId).execute();
      await trx.updateTable('retrieval_collections').set({ key_version: 0 }).where('id', '=', collectionId).execute();
    });
  }
}

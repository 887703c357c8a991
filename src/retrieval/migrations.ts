// Tables of the retrieval area. Lineage: source → document (content hash, version) → chunks (terms, embedding,
// index version) → index version; ERM key versions per collection. JSON columns are text on both dialects.
import { type Kysely, sql } from 'kysely';
import type { Migration } from '../storage/database.ts';

// biome-ignore lint/suspicious/noExplicitAny: tables are created here, typed rows live in store.ts
type Db = Kysely<any>;

async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('retrieval_collections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('index_version', 'integer', (c) => c.notNull())
    .addColumn('key_version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('retrieval_collections_name', ['tenant', 'name'])
    .execute();
  await db.schema
    .createTable('retrieval_documents')
    .addColumn('collection_id', 'text', (c) => c.notNull())
    .addColumn('doc_key', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('metadata', 'text', (c) => c.notNull())
    .addColumn('index_version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('retrieval_documents_pk', ['collection_id', 'doc_key'])
    .execute();
  await db.schema
    .createTable('retrieval_chunks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('collection_id', 'text', (c) => c.notNull())
    .addColumn('doc_key', 'text', (c) => c.notNull())
    .addColumn('doc_version', 'integer', (c) => c.notNull())
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('simhash', 'text', (c) => c.notNull())
    .addColumn('terms', 'text', (c) => c.notNull())
    .addColumn('length', 'integer', (c) => c.notNull())
    .addColumn('embedding', 'text')
    .addColumn('index_version', 'integer', (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX retrieval_chunks_doc ON retrieval_chunks (collection_id, doc_key)`.execute(db);
  await db.schema
    .createTable('retrieval_index_versions')
    .addColumn('collection_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('run_id', 'text')
    .addColumn('stats', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('retrieval_index_versions_pk', ['collection_id', 'version'])
    .execute();
  await db.schema
    .createTable('retrieval_key_versions')
    .addColumn('collection_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('feedback', 'integer', (c) => c.notNull())
    .addColumn('keys', 'text', (c) => c.notNull())
    .addColumn('memory', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('retrieval_key_versions_pk', ['collection_id', 'version'])
    .execute();
}

export const retrievalMigrations: Migration[] = [
  { name: '0800_retrieval', up: (db) => up(db) },
  {
    // Dense ERM: per version, the additive key updates of chunk vectors (JSON: chunk → base64 float32 delta).
    name: '0801_retrieval_dense_keys',
    up: async (db) => {
      await db.schema.alterTable('retrieval_key_versions').addColumn('dense', 'text').execute();
    },
  },
];

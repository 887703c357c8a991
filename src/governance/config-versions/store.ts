// Config versions: every load or change of configuration is stored with its content hash, author and
// time; request records carry the version that served them. Every secret is masked before storing, decided by the
// config schema (mask.ts; a `${ENV}` reference is kept as written). Readable by global admin/operator/auditor keys.
import { sql } from 'kysely';
import type { Database, Migration } from '../../storage/database.ts';
import { maskConfigText } from './mask.ts';

export interface ConfigVersion {
  version: string;
  author: string;
  source: string;
  createdAt: number;
  content: string;
}

export const configVersionMigrations: Migration[] = [
  {
    name: '0210_config_versions',
    async up(db) {
      await sql`CREATE TABLE IF NOT EXISTS config_versions (
        version TEXT PRIMARY KEY,
        author TEXT NOT NULL,
        source TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        content TEXT NOT NULL
      )`.execute(db);
      await sql`CREATE INDEX IF NOT EXISTS config_versions_created ON config_versions (created_at)`.execute(db);
    },
  },
  {
    // Versions stored by the earlier line-pattern masking could keep secrets written in flow style, in headers or
    // inside URLs: mask them again by the schema (idempotent: masked values stay masked).
    name: '0211_config_versions_remask',
    async up(db) {
      const rows = await sql<{
        version: string;
        content: string;
      }>`SELECT version, content FROM config_versions`.execute(db);
      for (const r of rows.rows) {
        const masked = maskConfigText(r.content);
        if (masked !== r.content) {
          await sql`UPDATE config_versions SET content = ${masked} WHERE version = ${r.version}`.execute(db);
        }
      }
    },
  },
];

/** Stores the version if it is new; returns true when it was inserted. */
export async function recordConfigVersion(
  database: Database,
  v: { version: string; author: string; source: string; content: string },
): Promise<boolean> {
  const r = await sql`INSERT INTO config_versions (version, author, source, created_at, content)
    VALUES (${v.version}, ${v.author}, ${v.source}, ${Date.now()}, ${maskConfigText(v.content)})
    ON CONFLICT (version) DO NOTHING`.execute(database.db);
  return Number(r.numAffectedRows ?? 0) > 0;
}

type Row = { version: string; author: string; source: string; created_at: string | number; content: string };

function fromRow(r: Row): ConfigVersion {
  return {
    version: r.version,
    author: r.author,
    source: r.source,
    createdAt: Number(r.created_at),
    content: r.content,
  };
}

export async function listConfigVersions(database: Database, limit = 50): Promise<ConfigVersion[]> {
  const r = await sql<Row>`SELECT version, author, source, created_at, content FROM config_versions
    ORDER BY created_at DESC, version LIMIT ${limit}`.execute(database.db);
  return r.rows.map(fromRow);
}

export async function getConfigVersion(database: Database, version: string): Promise<ConfigVersion | null> {
  const r = await sql<Row>`SELECT version, author, source, created_at, content FROM config_versions
    WHERE version = ${version}`.execute(database.db);
  return r.rows[0] ? fromRow(r.rows[0]) : null;
}

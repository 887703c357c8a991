// Evaluation datasets: JSONL, one item per line, validated whole before anything is stored (errors name the line);
// a dataset version is the SHA-256 of its normalised items, so the same content is the same version.
import { sql } from 'kysely';
import { z } from 'zod';
import { LintelError } from '../../errors/lintel-error.ts';
import type { Database } from '../../storage/database.ts';
import { canonicalHash, canonicalJson } from '../registry/store.ts';
import { NAME_RE } from '../registry/types.ts';

const messageSchema = z
  .object({
    role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
    content: z.unknown(),
  })
  .passthrough();

export const itemSchema = z
  .strictObject({
    id: z.string().max(200).optional(),
    /** Chat messages sent as they are… */
    messages: z.array(messageSchema).min(1).optional(),
    /** …or variables for the version's template (`{{name}}`). */
    vars: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    /** Expected output: a string, a number, JSON, or tool calls ({name, arguments}) for tool_call. */
    reference: z.unknown().optional(),
    tags: z.array(z.string().max(64)).max(20).optional(),
  })
  .refine((i) => (i.messages === undefined) !== (i.vars === undefined), {
    message: 'an item needs exactly one of "messages" or "vars"',
  });
export type DatasetItem = z.infer<typeof itemSchema>;

export const MAX_ITEMS = 50_000;
const MAX_REPORTED = 20;

/** Parses and validates JSONL; throws one 400 listing every bad line (up to 20) — nothing is stored then. */
export function parseJsonl(text: string): DatasetItem[] {
  const items: DatasetItem[] = [];
  const errors: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      errors.push(`line ${i + 1}: not valid JSON (${(err as Error).message})`);
      continue;
    }
    const r = itemSchema.safeParse(raw);
    if (!r.success) {
      const issue = r.error.issues[0];
      const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
      errors.push(`line ${i + 1}${where}: ${issue.message}`);
      continue;
    }
    items.push(r.data);
  }
  if (errors.length > 0) {
    const more = errors.length > MAX_REPORTED ? ` (and ${errors.length - MAX_REPORTED} more)` : '';
    throw new LintelError(
      'invalid_request',
      `The dataset has ${errors.length} bad line(s): ${errors.slice(0, MAX_REPORTED).join('; ')}${more}`,
      { param: 'jsonl' },
    );
  }
  if (items.length === 0) throw new LintelError('invalid_request', 'The dataset has no items.', { param: 'jsonl' });
  if (items.length > MAX_ITEMS) {
    throw new LintelError('invalid_request', `At most ${MAX_ITEMS} items per dataset.`, { param: 'jsonl' });
  }
  return items;
}

export interface DatasetVersion {
  name: string;
  hash: string;
  items: number;
  description: string;
  createdBy: string;
  createdAt: number;
}

export const uploadSchema = z.strictObject({
  name: z.string().regex(NAME_RE, 'use letters, digits, _ . - (at most 64)'),
  description: z.string().max(2000).default(''),
  jsonl: z.string().min(1),
});

export class DatasetStore {
  constructor(private readonly database: Database) {}

  /** Stores a version (idempotent: the same content under the same name returns the existing version). */
  async put(
    name: string,
    description: string,
    items: DatasetItem[],
    by: string,
  ): Promise<DatasetVersion & { created: boolean }> {
    const hash = canonicalHash(items);
    const existing = await this.get(name, hash);
    if (existing) return { ...existing, created: false };
    const v: DatasetVersion = { name, hash, items: items.length, description, createdBy: by, createdAt: Date.now() };
    await this.database.db.transaction().execute(async (trx) => {
      // Items are keyed by content hash: two names with the same content share them.
      const have = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM lc_dataset_items WHERE hash = ${hash}`.execute(
        trx,
      );
      if (Number(have.rows[0]?.n ?? 0) === 0) {
        for (let i = 0; i < items.length; i++) {
          await sql`INSERT INTO lc_dataset_items (hash, idx, item) VALUES (${hash}, ${i}, ${canonicalJson(items[i])})`.execute(
            trx,
          );
        }
      }
      await sql`INSERT INTO lc_datasets (name, hash, items, description, created_by, created_at)
        VALUES (${name}, ${hash}, ${v.items}, ${description}, ${by}, ${v.createdAt})`.execute(trx);
    });
    return { ...v, created: true };
  }

  async get(name: string, hash: string): Promise<DatasetVersion | null> {
    const r = await sql<
      Record<string, unknown>
    >`SELECT * FROM lc_datasets WHERE name = ${name} AND hash = ${hash}`.execute(this.database.db);
    return r.rows[0] ? toVersion(r.rows[0]) : null;
  }

  /** `name` (latest version) or `name@hashprefix`. */
  async resolve(ref: string): Promise<DatasetVersion> {
    const at = ref.indexOf('@');
    const name = at < 0 ? ref : ref.slice(0, at);
    const prefix = at < 0 ? '' : ref.slice(at + 1);
    const all = await this.versions(name);
    const hit = prefix ? all.filter((v) => v.hash.startsWith(prefix)) : all.slice(0, 1);
    if (hit.length === 0) {
      throw new LintelError('not_found', `No dataset "${ref}".`, { param: 'dataset' });
    }
    if (hit.length > 1) throw new LintelError('invalid_request', `"${ref}" is ambiguous.`, { param: 'dataset' });
    return hit[0];
  }

  /** Versions of a dataset, newest first. */
  async versions(name?: string): Promise<DatasetVersion[]> {
    const db = this.database.db;
    const r = name
      ? await sql<
          Record<string, unknown>
        >`SELECT * FROM lc_datasets WHERE name = ${name} ORDER BY created_at DESC`.execute(db)
      : await sql<Record<string, unknown>>`SELECT * FROM lc_datasets ORDER BY name, created_at DESC`.execute(db);
    return r.rows.map(toVersion);
  }

  async items(hash: string): Promise<DatasetItem[]> {
    const r = await sql<{ item: string }>`SELECT item FROM lc_dataset_items WHERE hash = ${hash} ORDER BY idx`.execute(
      this.database.db,
    );
    return r.rows.map((x) => JSON.parse(x.item) as DatasetItem);
  }
}

function toVersion(r: Record<string, unknown>): DatasetVersion {
  return {
    name: String(r.name),
    hash: String(r.hash),
    items: Number(r.items),
    description: String(r.description),
    createdBy: String(r.created_by),
    createdAt: Number(r.created_at),
  };
}

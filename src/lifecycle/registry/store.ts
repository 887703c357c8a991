// Registry persistence: models, versions (spec never updated), aliases, tags, lineage edges, state counter.
import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../storage/database.ts';
import type { AliasRow, ModelCard, ModelRow, VersionRow, VersionSpec } from './types.ts';

// biome-ignore lint/suspicious/noExplicitAny: tables are this module's own
type Db = Kysely<any>;

export function canonicalHash(v: unknown): string {
  return createHash('sha256').update(canonicalJson(v)).digest('hex');
}

/** JSON with sorted keys, so equal values hash equally whatever their key order. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export class RegistryStore {
  constructor(readonly database: Database) {}

  get db(): Db {
    return this.database.db;
  }

  async bumpState(db: Db = this.db): Promise<void> {
    await sql`UPDATE lc_state_version SET version = version + 1 WHERE id = 1`.execute(db);
  }

  async stateVersion(): Promise<number> {
    const r = await sql<{ version: number }>`SELECT version FROM lc_state_version WHERE id = 1`.execute(this.db);
    return Number(r.rows[0]?.version ?? 0);
  }

  async insertModel(m: ModelRow, db: Db = this.db): Promise<void> {
    await sql`INSERT INTO lc_models (name, description, owner, policy, created_by, created_at)
      VALUES (${m.name}, ${m.description}, ${m.owner}, ${m.policy === null ? null : JSON.stringify(m.policy)},
              ${m.createdBy}, ${m.createdAt})`.execute(db);
  }

  async model(name: string, db: Db = this.db): Promise<ModelRow | null> {
    const r = await sql<Record<string, unknown>>`SELECT * FROM lc_models WHERE name = ${name}`.execute(db);
    return r.rows[0] ? toModel(r.rows[0]) : null;
  }

  async models(): Promise<ModelRow[]> {
    const r = await sql<Record<string, unknown>>`SELECT * FROM lc_models ORDER BY name`.execute(this.db);
    return r.rows.map(toModel);
  }

  async setPolicy(name: string, policy: unknown, db: Db = this.db): Promise<void> {
    await sql`UPDATE lc_models SET policy = ${policy === null ? null : JSON.stringify(policy)} WHERE name = ${name}`.execute(
      db,
    );
  }

  async nextVersion(model: string, db: Db): Promise<number> {
    const r = await sql<{ v: number | null }>`SELECT MAX(version) AS v FROM lc_versions WHERE model = ${model}`.execute(
      db,
    );
    return Number(r.rows[0]?.v ?? 0) + 1;
  }

  async insertVersion(v: VersionRow, db: Db): Promise<void> {
    await sql`INSERT INTO lc_versions (model, version, kind, spec, spec_hash, card, created_by, created_at)
      VALUES (${v.model}, ${v.version}, ${v.spec.kind}, ${JSON.stringify(v.spec)}, ${v.specHash},
              ${JSON.stringify(v.card)}, ${v.createdBy}, ${v.createdAt})`.execute(db);
    await this.replaceTags(v.model, v.version, v.tags, db);
  }

  async updateCard(model: string, version: number, card: ModelCard, db: Db = this.db): Promise<void> {
    await sql`UPDATE lc_versions SET card = ${JSON.stringify(card)} WHERE model = ${model} AND version = ${version}`.execute(
      db,
    );
  }

  async replaceTags(model: string, version: number, tags: Record<string, string>, db: Db = this.db): Promise<void> {
    await sql`DELETE FROM lc_tags WHERE model = ${model} AND version = ${version}`.execute(db);
    for (const [k, v] of Object.entries(tags)) {
      await sql`INSERT INTO lc_tags (model, version, tag_key, tag_value) VALUES (${model}, ${version}, ${k}, ${v})`.execute(
        db,
      );
    }
  }

  async version(model: string, version: number, db: Db = this.db): Promise<VersionRow | null> {
    const r = await sql<Record<string, unknown>>`SELECT * FROM lc_versions
      WHERE model = ${model} AND version = ${version}`.execute(db);
    if (!r.rows[0]) return null;
    return toVersion(r.rows[0], await this.tagsOf(model, db));
  }

  async versions(model?: string): Promise<VersionRow[]> {
    const r = model
      ? await sql<Record<string, unknown>>`SELECT * FROM lc_versions WHERE model = ${model} ORDER BY version`.execute(
          this.db,
        )
      : await sql<Record<string, unknown>>`SELECT * FROM lc_versions ORDER BY model, version`.execute(this.db);
    const tags = await this.tagsOf(model, this.db);
    return r.rows.map((row) => toVersion(row, tags));
  }

  /** Tags keyed by "model/version". */
  private async tagsOf(model: string | undefined, db: Db): Promise<Map<string, Record<string, string>>> {
    const r = model
      ? await sql<Record<string, unknown>>`SELECT * FROM lc_tags WHERE model = ${model}`.execute(db)
      : await sql<Record<string, unknown>>`SELECT * FROM lc_tags`.execute(db);
    const out = new Map<string, Record<string, string>>();
    for (const t of r.rows) {
      const key = `${t.model}/${t.version}`;
      const m = out.get(key) ?? {};
      m[String(t.tag_key)] = String(t.tag_value);
      out.set(key, m);
    }
    return out;
  }

  async aliases(model?: string, db: Db = this.db): Promise<AliasRow[]> {
    const r = model
      ? await sql<Record<string, unknown>>`SELECT * FROM lc_aliases WHERE model = ${model} ORDER BY alias`.execute(db)
      : await sql<Record<string, unknown>>`SELECT * FROM lc_aliases ORDER BY model, alias`.execute(db);
    return r.rows.map((a) => ({
      model: String(a.model),
      alias: String(a.alias),
      version: num(a.version),
      follows: a.follows === null || a.follows === undefined ? null : String(a.follows),
      updatedBy: String(a.updated_by),
      updatedAt: Number(a.updated_at),
    }));
  }

  async putAlias(a: AliasRow, db: Db): Promise<void> {
    await sql`DELETE FROM lc_aliases WHERE model = ${a.model} AND alias = ${a.alias}`.execute(db);
    await sql`INSERT INTO lc_aliases (model, alias, version, follows, updated_by, updated_at)
      VALUES (${a.model}, ${a.alias}, ${a.version}, ${a.follows}, ${a.updatedBy}, ${a.updatedAt})`.execute(db);
    await this.bumpState(db);
  }

  async deleteAlias(model: string, alias: string, db: Db): Promise<void> {
    await sql`DELETE FROM lc_aliases WHERE model = ${model} AND alias = ${alias}`.execute(db);
    await this.bumpState(db);
  }

  async addEdge(fromKind: string, fromId: string, toKind: string, toId: string, db: Db = this.db): Promise<void> {
    await sql`INSERT INTO lc_lineage (from_kind, from_id, to_kind, to_id, created_at)
      VALUES (${fromKind}, ${fromId}, ${toKind}, ${toId}, ${Date.now()})
      ON CONFLICT DO NOTHING`.execute(db);
  }

  /** Edges touching any of the given nodes (`kind:id`). */
  async edgesAround(nodes: { kind: string; id: string }[]): Promise<{ from: string; to: string }[]> {
    const out: { from: string; to: string }[] = [];
    for (const n of nodes) {
      const r = await sql<Record<string, string>>`SELECT * FROM lc_lineage
        WHERE (from_kind = ${n.kind} AND from_id = ${n.id}) OR (to_kind = ${n.kind} AND to_id = ${n.id})`.execute(
        this.db,
      );
      for (const e of r.rows) out.push({ from: `${e.from_kind}:${e.from_id}`, to: `${e.to_kind}:${e.to_id}` });
    }
    return out;
  }
}

function toModel(r: Record<string, unknown>): ModelRow {
  return {
    name: String(r.name),
    description: String(r.description),
    owner: r.owner === null || r.owner === undefined ? null : String(r.owner),
    policy: r.policy ? JSON.parse(String(r.policy)) : null,
    createdBy: String(r.created_by),
    createdAt: Number(r.created_at),
  };
}

function toVersion(r: Record<string, unknown>, tags: Map<string, Record<string, string>>): VersionRow {
  const model = String(r.model);
  const version = Number(r.version);
  return {
    model,
    version,
    spec: JSON.parse(String(r.spec)) as VersionSpec,
    specHash: String(r.spec_hash),
    card: JSON.parse(String(r.card)) as ModelCard,
    tags: tags.get(`${model}/${version}`) ?? {},
    createdBy: String(r.created_by),
    createdAt: Number(r.created_at),
  };
}

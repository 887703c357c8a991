// SQL for the access hierarchy. Every write runs in a transaction that first bumps access_rev (a row lock on
// PostgreSQL, so revisions commit in order) and stamps the written rows with the new revision.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Budget, KeyRecord, Limits, Role, TeamRecord, TenantRecord } from './types.ts';

// biome-ignore lint/suspicious/noExplicitAny: access tables are untyped in Kysely; rows are converted here
type Db = Kysely<any>;
// biome-ignore lint/suspicious/noExplicitAny: see Db
export type Trx = Transaction<any>;
type Row = Record<string, unknown>;

export interface Snapshot {
  rev: number;
  tenants: TenantRecord[];
  teams: TeamRecord[];
  keys: KeyRecord[];
}

/** pg returns BIGINT as a string; SQLite as a number. */
function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}
function numOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : num(v);
}

interface ScopeSettings {
  models: string[] | null;
  limits: Limits;
  budget: Budget | null;
  metadata: Record<string, string>;
}

function tenantFromRow(r: Row): TenantRecord {
  const s = JSON.parse(r.settings as string) as ScopeSettings & { endUserLimits: Limits; endUserBudget: Budget | null };
  return {
    name: r.name as string,
    models: s.models,
    limits: s.limits,
    budget: s.budget,
    endUserLimits: s.endUserLimits,
    endUserBudget: s.endUserBudget,
    metadata: s.metadata,
    createdAt: num(r.created_at),
    updatedAt: num(r.updated_at),
  };
}

function teamFromRow(r: Row): TeamRecord {
  const s = JSON.parse(r.settings as string) as ScopeSettings;
  return {
    tenant: r.tenant as string,
    name: r.name as string,
    models: s.models,
    limits: s.limits,
    budget: s.budget,
    metadata: s.metadata,
    createdAt: num(r.created_at),
    updatedAt: num(r.updated_at),
  };
}

function keyFromRow(r: Row): KeyRecord {
  const s = JSON.parse(r.settings as string) as ScopeSettings;
  return {
    id: r.id as string,
    prefix: r.prefix as string,
    name: r.name as string,
    tenant: (r.tenant as string | null) ?? null,
    team: (r.team as string | null) ?? null,
    role: r.role as Role,
    ownerKeyId: (r.owner_key_id as string | null) ?? null,
    models: s.models,
    limits: s.limits,
    budget: s.budget,
    metadata: s.metadata,
    expiresAt: numOrNull(r.expires_at),
    revokedAt: numOrNull(r.revoked_at),
    createdAt: num(r.created_at),
    updatedAt: num(r.updated_at),
    hash: r.hash as string,
    prevHash: (r.prev_hash as string | null) ?? null,
    prevValidUntil: numOrNull(r.prev_valid_until),
  };
}

export async function currentRev(db: Db): Promise<number> {
  const r = await sql<{ rev: unknown }>`SELECT rev FROM access_rev WHERE id = 1`.execute(db);
  return num(r.rows[0].rev);
}

/** Rows written after `sinceRev` (all rows for -1), with the revision they are complete up to. */
export async function readSince(db: Db, sinceRev: number): Promise<Snapshot> {
  // Read the counter first: rows committed later carry a higher rev and are picked up by the next sync.
  const rev = await currentRev(db);
  const [tenants, teams, keys] = await Promise.all(
    ['access_tenants', 'access_teams', 'access_keys'].map((t) =>
      db.selectFrom(t).selectAll().where('rev', '>', sinceRev).execute(),
    ),
  );
  return {
    rev,
    tenants: tenants.map(tenantFromRow),
    teams: teams.map(teamFromRow),
    keys: keys.map(keyFromRow),
  };
}

/** Runs `fn` in a transaction holding the next revision number. */
export async function writeWithRev<T>(db: Db, fn: (trx: Trx, rev: number) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const r = await sql<{ rev: unknown }>`UPDATE access_rev SET rev = rev + 1 WHERE id = 1 RETURNING rev`.execute(trx);
    return fn(trx, num(r.rows[0].rev));
  });
}

function tenantSettings(t: TenantRecord): string {
  return JSON.stringify({
    models: t.models,
    limits: t.limits,
    budget: t.budget,
    endUserLimits: t.endUserLimits,
    endUserBudget: t.endUserBudget,
    metadata: t.metadata,
  });
}

function scopeSettings(s: ScopeSettings): string {
  return JSON.stringify({ models: s.models, limits: s.limits, budget: s.budget, metadata: s.metadata });
}

export async function upsertTenant(trx: Trx, t: TenantRecord, rev: number, insert: boolean): Promise<void> {
  const row = { settings: tenantSettings(t), updated_at: t.updatedAt, rev };
  if (insert)
    await trx
      .insertInto('access_tenants')
      .values({ name: t.name, created_at: t.createdAt, ...row })
      .execute();
  else await trx.updateTable('access_tenants').set(row).where('name', '=', t.name).execute();
}

export async function upsertTeam(trx: Trx, t: TeamRecord, rev: number, insert: boolean): Promise<void> {
  const row = { settings: scopeSettings(t), updated_at: t.updatedAt, rev };
  if (insert) {
    await trx
      .insertInto('access_teams')
      .values({ tenant: t.tenant, name: t.name, created_at: t.createdAt, ...row })
      .execute();
  } else
    await trx.updateTable('access_teams').set(row).where('tenant', '=', t.tenant).where('name', '=', t.name).execute();
}

export async function upsertKey(trx: Trx, k: KeyRecord, rev: number, insert: boolean): Promise<void> {
  const row = {
    hash: k.hash,
    prefix: k.prefix,
    name: k.name,
    tenant: k.tenant,
    tenant_scope: k.tenant ?? '',
    team: k.team,
    role: k.role,
    owner_key_id: k.ownerKeyId,
    settings: scopeSettings(k),
    expires_at: k.expiresAt,
    revoked_at: k.revokedAt,
    prev_hash: k.prevHash,
    prev_valid_until: k.prevValidUntil,
    updated_at: k.updatedAt,
    rev,
  };
  if (insert)
    await trx
      .insertInto('access_keys')
      .values({ id: k.id, created_at: k.createdAt, ...row })
      .execute();
  else await trx.updateTable('access_keys').set(row).where('id', '=', k.id).execute();
}

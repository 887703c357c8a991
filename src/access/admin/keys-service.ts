// Keys: create (the secret is returned once), update, revoke, rotate with an overlap window. Admins act within
// their tenant (global admins anywhere); developers create developer keys in their own team, which they then own
// and which count against their own limits too, and manage only those and themselves.
import type { z } from 'zod';
import { LintelError } from '../../errors/lintel-error.ts';
import { newId, newSecret } from '../key-format.ts';
import { upsertKey, writeWithRev } from '../repository.ts';
import { type AdminPrincipal, type Budget, type KeyRecord, NO_LIMITS, type Role } from '../types.ts';
import { isUniqueViolation } from './db-errors.ts';
import {
  type AdminDeps,
  existingTenant,
  forbid,
  mergeLimits,
  pick,
  requireGlobal,
  requireTenantAccess,
} from './tenants-service.ts';
import { badField, takenField, type createKeyInput, type rotateKeyInput, type updateKeyInput } from './validation.ts';

export const DEFAULT_OVERLAP_SECONDS = 3600;

function parseExpiry(v: string | null | undefined, now: number): number | null | undefined {
  if (v === undefined || v === null) return v;
  const ms = Date.parse(v);
  if (ms <= now) throw badField('expires_at', 'must be in the future');
  return ms;
}

function nameTaken(name: string): LintelError {
  return takenField('name', `a live key named "${name}" already exists in this tenant`);
}

/** May `p` see or manage key `k`? `self` = acting on its own key is enough (developers). */
export function canManageKey(p: AdminPrincipal, k: KeyRecord, allowSelf: boolean): boolean {
  if (p.role === 'admin') return p.global || (k.tenant !== null && k.tenant === p.tenant);
  if (p.role === 'developer') return k.ownerKeyId === p.keyId || (allowSelf && k.id === p.keyId);
  return false;
}

export function keyFor(deps: AdminDeps, p: AdminPrincipal, id: string, allowSelf: boolean): KeyRecord {
  const k = deps.directory.key(id);
  if (!k) throw new LintelError('not_found', `No key with id "${id}".`);
  if (!canManageKey(p, k, allowSelf)) {
    if (p.role === 'admin') requireTenantAccess(p, k.tenant ?? '(global)');
    if (k.id === p.keyId)
      throw forbid(
        'A developer key may not change itself (it could loosen its own limits); an admin of its tenant can.',
      );
    throw forbid('Developers may manage only their own keys and the keys they created.');
  }
  return k;
}

export async function createKey(
  deps: AdminDeps,
  p: AdminPrincipal,
  input: z.infer<typeof createKeyInput>,
): Promise<{ record: KeyRecord; key: string }> {
  await deps.directory.sync();
  const now = Date.now();
  let tenant = input.tenant === undefined ? (p.global ? null : p.tenant) : input.tenant;
  let team = input.team ?? null;
  let role: Role = input.role ?? 'developer';
  let owner: string | null = null;
  if (p.role === 'developer') {
    if (input.role !== undefined && input.role !== 'developer')
      throw forbid('Developers may create developer keys only.');
    if (input.tenant !== undefined && input.tenant !== p.tenant)
      throw forbid('Developers create keys in their own tenant.');
    if (input.team !== undefined && input.team !== p.team) throw forbid('Developers create keys in their own team.');
    [tenant, team, role, owner] = [p.tenant, p.team, 'developer', p.keyId];
  }
  if (tenant === null) requireGlobal(p, 'create keys outside any tenant');
  else {
    requireTenantAccess(p, tenant);
    if (!deps.directory.tenant(tenant)) throw badField('tenant', `no tenant named "${tenant}"`);
  }
  if (team !== null) {
    if (tenant === null) throw badField('team', 'a team needs a tenant');
    if (!deps.directory.team(tenant, team)) throw badField('team', `tenant "${tenant}" has no team named "${team}"`);
  }
  if (deps.directory.liveKeyNamed(tenant, input.name)) throw nameTaken(input.name);
  const secret = newSecret();
  const record: KeyRecord = {
    id: newId('key'),
    prefix: secret.prefix,
    name: input.name,
    tenant,
    team,
    role,
    ownerKeyId: owner,
    models: input.models ?? null,
    limits: mergeLimits(NO_LIMITS, input.limits),
    budget: (input.budget ?? null) as Budget | null,
    metadata: input.metadata ?? {},
    expiresAt: parseExpiry(input.expires_at, now) ?? null,
    revokedAt: null,
    createdAt: now,
    updatedAt: now,
    hash: secret.hash,
    prevHash: null,
    prevValidUntil: null,
  };
  await save(deps, record, true);
  return { record, key: secret.key };
}

async function save(deps: AdminDeps, record: KeyRecord, insert: boolean): Promise<void> {
  try {
    await writeWithRev(deps.database.db, (trx, rev) => upsertKey(trx, record, rev, insert));
  } catch (err) {
    if (isUniqueViolation(err)) throw nameTaken(record.name);
    throw err;
  }
  await deps.directory.sync();
}

export async function updateKey(
  deps: AdminDeps,
  p: AdminPrincipal,
  id: string,
  input: z.infer<typeof updateKeyInput>,
): Promise<KeyRecord> {
  await deps.directory.sync();
  const old = keyFor(deps, p, id, false);
  if (old.revokedAt !== null) throw new LintelError('invalid_request', 'This key is revoked; it cannot be changed.');
  if (p.role === 'developer' && (input.role ?? 'developer') !== 'developer') {
    throw forbid('Developers may create developer keys only.');
  }
  if (p.role === 'developer' && input.team !== undefined && input.team !== old.team) {
    throw forbid('Developers may not move keys between teams.');
  }
  const team = pick(input.team, old.team);
  if (team !== null && team !== old.team) {
    if (old.tenant === null) throw badField('team', 'a team needs a tenant');
    await existingTenant(deps, old.tenant);
    if (!deps.directory.team(old.tenant, team))
      throw badField('team', `tenant "${old.tenant}" has no team named "${team}"`);
  }
  const name = pick(input.name, old.name);
  const clash = name !== old.name ? deps.directory.liveKeyNamed(old.tenant, name) : undefined;
  if (clash && clash.id !== old.id) throw nameTaken(name);
  const now = Date.now();
  const expires = parseExpiry(input.expires_at, now);
  const record: KeyRecord = {
    ...old,
    name,
    team,
    role: pick(input.role, old.role),
    models: pick(input.models, old.models),
    limits: mergeLimits(old.limits, input.limits),
    budget: pick(input.budget, old.budget) as Budget | null,
    metadata: pick(input.metadata, old.metadata),
    expiresAt: expires === undefined ? old.expiresAt : expires,
    updatedAt: now,
  };
  await save(deps, record, false);
  return record;
}

export async function revokeKey(deps: AdminDeps, p: AdminPrincipal, id: string): Promise<KeyRecord> {
  await deps.directory.sync();
  const old = keyFor(deps, p, id, true);
  if (old.revokedAt !== null) return old;
  const now = Date.now();
  const record: KeyRecord = { ...old, revokedAt: now, prevHash: null, prevValidUntil: null, updatedAt: now };
  await save(deps, record, false);
  return record;
}

export async function rotateKey(
  deps: AdminDeps,
  p: AdminPrincipal,
  id: string,
  input: z.infer<typeof rotateKeyInput>,
): Promise<{ record: KeyRecord; key: string }> {
  await deps.directory.sync();
  const old = keyFor(deps, p, id, true);
  if (old.revokedAt !== null) throw new LintelError('invalid_request', 'This key is revoked; it cannot be rotated.');
  const now = Date.now();
  const overlap = (input.overlap_seconds ?? DEFAULT_OVERLAP_SECONDS) * 1000;
  const secret = newSecret();
  // Only the secret being replaced stays valid for the overlap; an older one from a previous rotation ends now.
  const record: KeyRecord = {
    ...old,
    hash: secret.hash,
    prefix: secret.prefix,
    prevHash: overlap > 0 ? old.hash : null,
    prevValidUntil: overlap > 0 ? now + overlap : null,
    updatedAt: now,
  };
  await save(deps, record, false);
  return { record, key: secret.key };
}

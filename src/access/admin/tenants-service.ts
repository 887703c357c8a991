// Tenants and teams: validated, authorised, written in one transaction each, then visible on this node at once
// (and on the others at their next sync).
import type { z } from 'zod';
import { LintelError } from '../../errors/lintel-error.ts';
import type { Database } from '../../storage/database.ts';
import type { Directory } from '../directory.ts';
import { upsertTeam, upsertTenant, writeWithRev } from '../repository.ts';
import {
  type AdminPrincipal,
  type Budget,
  type Limits,
  NO_LIMITS,
  type TeamRecord,
  type TenantRecord,
} from '../types.ts';
import { isUniqueViolation } from './db-errors.ts';
import {
  takenField,
  type createTeamInput,
  type createTenantInput,
  type limitsInput,
  type updateTeamInput,
  type updateTenantInput,
} from './validation.ts';

export interface AdminDeps {
  database: Database;
  directory: Directory;
}

type LimitsPatch = z.infer<typeof limitsInput> | undefined;

/** Fields left out keep their value; null clears a limit. */
export function mergeLimits(base: Limits, patch: LimitsPatch): Limits {
  if (!patch) return base;
  return {
    rpm: patch.rpm === undefined ? base.rpm : patch.rpm,
    tpm: patch.tpm === undefined ? base.tpm : patch.tpm,
    concurrency: patch.concurrency === undefined ? base.concurrency : patch.concurrency,
  };
}

export function pick<T>(value: T | undefined, base: T): T {
  return value === undefined ? base : value;
}

export function forbid(message: string): LintelError {
  return new LintelError('permission_denied', message);
}

export function requireGlobal(p: AdminPrincipal, what: string): void {
  if (!p.global) throw forbid(`Only a global admin may ${what}.`);
}

export function requireTenantAccess(p: AdminPrincipal, tenant: string): void {
  if (!p.global && p.tenant !== tenant) {
    throw forbid(`The calling key belongs to tenant "${p.tenant}" and may not act on tenant "${tenant}".`);
  }
}

export async function existingTenant(deps: AdminDeps, name: string): Promise<TenantRecord> {
  const t = deps.directory.tenant(name);
  if (!t) throw new LintelError('not_found', `No tenant named "${name}".`);
  return t;
}

export async function createTenant(
  deps: AdminDeps,
  p: AdminPrincipal,
  input: z.infer<typeof createTenantInput>,
): Promise<TenantRecord> {
  requireGlobal(p, 'create tenants');
  await deps.directory.sync();
  if (deps.directory.tenant(input.name)) throw takenField('name', `a tenant named "${input.name}" already exists`);
  const now = Date.now();
  const t: TenantRecord = {
    name: input.name,
    models: input.models ?? null,
    limits: mergeLimits(NO_LIMITS, input.limits),
    budget: (input.budget ?? null) as Budget | null,
    endUserLimits: mergeLimits(NO_LIMITS, input.end_user?.limits),
    endUserBudget: (input.end_user?.budget ?? null) as Budget | null,
    metadata: input.metadata ?? {},
    createdAt: now,
    updatedAt: now,
  };
  try {
    await writeWithRev(deps.database.db, (trx, rev) => upsertTenant(trx, t, rev, true));
  } catch (err) {
    if (isUniqueViolation(err)) throw takenField('name', `a tenant named "${input.name}" already exists`);
    throw err;
  }
  await deps.directory.sync();
  return t;
}

export async function updateTenant(
  deps: AdminDeps,
  p: AdminPrincipal,
  name: string,
  input: z.infer<typeof updateTenantInput>,
): Promise<TenantRecord> {
  requireGlobal(p, 'change a tenant’s limits and budget');
  await deps.directory.sync();
  const old = await existingTenant(deps, name);
  const t: TenantRecord = {
    ...old,
    models: pick(input.models, old.models),
    limits: mergeLimits(old.limits, input.limits),
    budget: pick(input.budget, old.budget) as Budget | null,
    endUserLimits: mergeLimits(old.endUserLimits, input.end_user?.limits),
    endUserBudget: pick(input.end_user?.budget, old.endUserBudget) as Budget | null,
    metadata: pick(input.metadata, old.metadata),
    updatedAt: Date.now(),
  };
  await writeWithRev(deps.database.db, (trx, rev) => upsertTenant(trx, t, rev, false));
  await deps.directory.sync();
  return t;
}

export async function createTeam(
  deps: AdminDeps,
  p: AdminPrincipal,
  tenant: string,
  input: z.infer<typeof createTeamInput>,
): Promise<TeamRecord> {
  requireTenantAccess(p, tenant);
  await deps.directory.sync();
  await existingTenant(deps, tenant);
  if (deps.directory.team(tenant, input.name)) {
    throw takenField('name', `tenant "${tenant}" already has a team named "${input.name}"`);
  }
  const now = Date.now();
  const t: TeamRecord = {
    tenant,
    name: input.name,
    models: input.models ?? null,
    limits: mergeLimits(NO_LIMITS, input.limits),
    budget: (input.budget ?? null) as Budget | null,
    metadata: input.metadata ?? {},
    createdAt: now,
    updatedAt: now,
  };
  try {
    await writeWithRev(deps.database.db, (trx, rev) => upsertTeam(trx, t, rev, true));
  } catch (err) {
    if (isUniqueViolation(err)) throw takenField('name', `tenant "${tenant}" already has a team named "${input.name}"`);
    throw err;
  }
  await deps.directory.sync();
  return t;
}

export async function updateTeam(
  deps: AdminDeps,
  p: AdminPrincipal,
  tenant: string,
  name: string,
  input: z.infer<typeof updateTeamInput>,
): Promise<TeamRecord> {
  requireTenantAccess(p, tenant);
  await deps.directory.sync();
  await existingTenant(deps, tenant);
  const old = deps.directory.team(tenant, name);
  if (!old) throw new LintelError('not_found', `Tenant "${tenant}" has no team named "${name}".`);
  const t: TeamRecord = {
    ...old,
    models: pick(input.models, old.models),
    limits: mergeLimits(old.limits, input.limits),
    budget: pick(input.budget, old.budget) as Budget | null,
    metadata: pick(input.metadata, old.metadata),
    updatedAt: Date.now(),
  };
  await writeWithRev(deps.database.db, (trx, rev) => upsertTeam(trx, t, rev, false));
  await deps.directory.sync();
  return t;
}

// The levels that apply to one request — tenant, team, every key above this one (developers' keys), the key, and the
// end user — each with its limits and budget. Every level is checked, so the most restrictive one wins.
import { createHash } from 'node:crypto';
import { ancestorsOf } from './ancestry.ts';
import type { HierarchyView } from './directory.ts';
import { periodWindow } from './limits/periods.ts';
import type { ScopeCheck, ScopeLevel } from './limits/types.ts';
import type { Budget, KeyRecord, Limits } from './types.ts';

function hasAny(l: Limits, b: Budget | null): boolean {
  return l.rpm !== null || l.tpm !== null || l.concurrency !== null || b !== null;
}

function check(
  id: string,
  level: ScopeLevel,
  tenant: string | null,
  name: string,
  limits: Limits,
  budget: Budget | null,
  now: number,
): ScopeCheck {
  const w = budget ? periodWindow(budget.period, now) : null;
  return {
    id,
    level,
    tenant,
    name,
    limits,
    budget:
      budget && w
        ? {
            usd: budget.usd,
            period: budget.period,
            periodId: w.id,
            endsAt: w.endsAt,
            ...(budget.alert_thresholds ? { alertThresholds: budget.alert_thresholds } : {}),
          }
        : null,
  };
}

/** End-user ids come from clients: long ones are hashed so storage keys stay bounded. */
export function endUserId(endUser: string): string {
  return endUser.length <= 64 ? endUser : createHash('sha256').update(endUser).digest('base64url');
}

export function scopeId(level: ScopeLevel, tenant: string | null, name: string): string {
  switch (level) {
    case 'tenant':
      return `t:${name}`;
    case 'team':
      return `tm:${tenant}/${name}`;
    case 'end_user':
      return `u:${tenant ?? ''}/${endUserId(name)}`;
    default:
      return `k:${name}`;
  }
}

export function scopesFor(dir: HierarchyView, key: KeyRecord, endUser: string | null, now = Date.now()): ScopeCheck[] {
  const out: ScopeCheck[] = [];
  const tenant = key.tenant !== null ? dir.tenant(key.tenant) : undefined;
  if (tenant && hasAny(tenant.limits, tenant.budget)) {
    out.push(
      check(
        scopeId('tenant', null, tenant.name),
        'tenant',
        tenant.name,
        tenant.name,
        tenant.limits,
        tenant.budget,
        now,
      ),
    );
  }
  const team = key.tenant !== null && key.team !== null ? dir.team(key.tenant, key.team) : undefined;
  if (team && hasAny(team.limits, team.budget)) {
    out.push(
      check(scopeId('team', team.tenant, team.name), 'team', team.tenant, team.name, team.limits, team.budget, now),
    );
  }
  // Every key above this one (its creator, the creator's creator, …): a chain never gets more than its root.
  for (const owner of ancestorsOf((id) => dir.key(id), key)) {
    if (!hasAny(owner.limits, owner.budget)) continue;
    out.push(
      check(scopeId('owner', null, owner.id), 'owner', owner.tenant, owner.name, owner.limits, owner.budget, now),
    );
  }
  if (hasAny(key.limits, key.budget)) {
    out.push(check(scopeId('key', null, key.id), 'key', key.tenant, key.name, key.limits, key.budget, now));
  }
  if (endUser !== null && tenant && hasAny(tenant.endUserLimits, tenant.endUserBudget)) {
    out.push(
      check(
        scopeId('end_user', tenant.name, endUser),
        'end_user',
        tenant.name,
        endUser,
        tenant.endUserLimits,
        tenant.endUserBudget,
        now,
      ),
    );
  }
  return out;
}

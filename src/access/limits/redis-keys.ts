// Redis key names of the limit store. Every key a request's scripts touch carries the same hash tag — the tenant
// (`{t:acme}`, or `{g}` for keys outside any tenant) — so on Redis Cluster they all live in one slot and the admit
// and settle scripts stay atomic. A request's scopes always share one tenant: keys are created inside their tenant,
// and a developer's child keys inherit it (keys-service.ts), so the tenant is a safe slot for all of them.
import type { ScopeCheck } from './types.ts';

/** The hash tag of a tenant's limit keys (the text between the braces decides the cluster slot). */
export function slotTag(tenant: string | null): string {
  return tenant === null ? '{g}' : `{t:${tenant}}`;
}

export interface ScopeKeys {
  win: string;
  conc: string;
  bud: string;
  res: string;
}

export function scopeKeys(prefix: string, s: Pick<ScopeCheck, 'id' | 'tenant' | 'budget'>): ScopeKeys {
  return {
    win: `${prefix}${slotTag(s.tenant)}rl:${s.id}:win`,
    conc: `${prefix}${slotTag(s.tenant)}rl:${s.id}:conc`,
    ...budgetKeys(prefix, s.tenant, s.id, s.budget?.periodId ?? '-'),
  };
}

export function budgetKeys(prefix: string, tenant: string | null, scopeId: string, periodId: string) {
  const bud = `${prefix}${slotTag(tenant)}bd:${scopeId}:${periodId}`;
  return { bud, res: `${bud}:res` };
}

/**
 * Written when a tenant's state is (re)built and never expires: its absence means Redis has no state for the tenant
 * — first use, or Redis lost its data (restart without persistence, failover to an empty replica, eviction).
 */
export function epochKey(prefix: string, tenant: string | null): string {
  return `${prefix}${slotTag(tenant)}epoch`;
}

/** Held by the one node rebuilding a tenant's state. */
export function rebuildLockKey(prefix: string, tenant: string | null): string {
  return `${prefix}${slotTag(tenant)}rebuild`;
}

/** Marks a settle applied after a rebuild, so a retried settle is counted once. */
export function lateSettleKey(prefix: string, tenant: string | null, ticketId: string): string {
  return `${prefix}${slotTag(tenant)}late:${ticketId}`;
}

// JSON shapes the admin API returns (snake_case, ISO dates). Key hashes never leave the server.
import type { KeyRecord, Limits, TeamRecord, TenantRecord } from '../types.ts';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function limitsView(l: Limits) {
  return { rpm: l.rpm, tpm: l.tpm, concurrency: l.concurrency };
}

export function tenantView(t: TenantRecord) {
  return {
    name: t.name,
    models: t.models,
    limits: limitsView(t.limits),
    budget: t.budget,
    end_user: { limits: limitsView(t.endUserLimits), budget: t.endUserBudget },
    metadata: t.metadata,
    created_at: iso(t.createdAt),
    updated_at: iso(t.updatedAt),
  };
}

export function teamView(t: TeamRecord) {
  return {
    tenant: t.tenant,
    name: t.name,
    models: t.models,
    limits: limitsView(t.limits),
    budget: t.budget,
    metadata: t.metadata,
    created_at: iso(t.createdAt),
    updated_at: iso(t.updatedAt),
  };
}

export function keyStatus(k: KeyRecord, now = Date.now()): 'active' | 'revoked' | 'expired' {
  if (k.revokedAt !== null && k.revokedAt <= now) return 'revoked';
  if (k.expiresAt !== null && k.expiresAt <= now) return 'expired';
  return 'active';
}

export function keyView(k: KeyRecord) {
  const now = Date.now();
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    tenant: k.tenant,
    team: k.team,
    role: k.role,
    owner_key_id: k.ownerKeyId,
    models: k.models,
    limits: limitsView(k.limits),
    budget: k.budget,
    metadata: k.metadata,
    status: keyStatus(k, now),
    expires_at: iso(k.expiresAt),
    revoked_at: iso(k.revokedAt),
    previous_key_valid_until: k.prevValidUntil !== null && k.prevValidUntil > now ? iso(k.prevValidUntil) : null,
    created_at: iso(k.createdAt),
    updated_at: iso(k.updatedAt),
  };
}

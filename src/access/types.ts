// Records of the access hierarchy (tenants → teams → keys) as held in memory and returned by the admin API.

export const ROLES = ['admin', 'operator', 'auditor', 'developer'] as const;
export type Role = (typeof ROLES)[number];

export const BUDGET_PERIODS = ['day', 'week', 'month', 'total'] as const;
export type BudgetPeriod = (typeof BUDGET_PERIODS)[number];

/** Per-minute request and token limits and a concurrency cap; null = no limit at this level. */
export interface Limits {
  rpm: number | null;
  tpm: number | null;
  concurrency: number | null;
}

export interface Budget {
  usd: number;
  period: BudgetPeriod;
  /** Shares of `usd` whose crossing sends a budget alert (ascending, distinct, in (0, 1]); default 0.5, 0.8, 1. */
  alert_thresholds?: number[];
}

export const NO_LIMITS: Limits = Object.freeze({ rpm: null, tpm: null, concurrency: null });

export interface TenantRecord {
  name: string;
  /** Model globs this tenant may call; null = any routed model. */
  models: string[] | null;
  limits: Limits;
  budget: Budget | null;
  /** Applied to each end user (x-lintel-end-user header or `user` field) of this tenant. */
  endUserLimits: Limits;
  endUserBudget: Budget | null;
  metadata: Record<string, string>;
  createdAt: number;
  updatedAt: number;
}

export interface TeamRecord {
  tenant: string;
  name: string;
  models: string[] | null;
  limits: Limits;
  budget: Budget | null;
  metadata: Record<string, string>;
  createdAt: number;
  updatedAt: number;
}

export interface KeyRecord {
  id: string;
  /** The first characters of the key, shown so people can tell keys apart. */
  prefix: string;
  name: string;
  /** null = a global key (only a global admin creates these). */
  tenant: string | null;
  team: string | null;
  role: Role;
  /** The key that created this one (developers' keys); its limits and budget apply too. */
  ownerKeyId: string | null;
  models: string[] | null;
  limits: Limits;
  budget: Budget | null;
  metadata: Record<string, string>;
  expiresAt: number | null;
  revokedAt: number | null;
  createdAt: number;
  updatedAt: number;
  /** SHA-256 (hex) of the current secret; never leaves the server. */
  hash: string;
  /** After a rotation, the previous secret's hash stays valid until prevValidUntil. */
  prevHash: string | null;
  prevValidUntil: number | null;
}

/** A caller as the admin API sees it. The master key is a global admin (tenant null). */
export interface AdminPrincipal {
  role: Role;
  tenant: string | null;
  team: string | null;
  keyId: string | null;
  /** True for the master key and for keys without a tenant. */
  global: boolean;
}

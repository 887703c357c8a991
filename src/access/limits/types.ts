// The contract of a limit store (in-process or Redis): check every scope of a request at once and, only if all
// pass, count the request, its estimated tokens, a concurrency slot and the reserved cost — then settle to actuals.
import type { BudgetPeriod, Limits } from '../types.ts';

export type LimitKind = 'rpm' | 'tpm' | 'concurrency' | 'budget';
export type ScopeLevel = 'tenant' | 'team' | 'owner' | 'key' | 'end_user';

export interface ScopeBudget {
  usd: number;
  period: BudgetPeriod;
  /** Which period the spend counts against ('2025-03-01', 'total', …). */
  periodId: string;
  /** When that period ends (ms), or null for 'total'. */
  endsAt: number | null;
  /** The budget's own alert thresholds; DEFAULT_ALERT_THRESHOLDS when absent. */
  alertThresholds?: readonly number[];
}

/** One level of the hierarchy that applies to a request. */
export interface ScopeCheck {
  /** Storage id, unique per scope: 'k:<keyId>', 't:<tenant>', … */
  id: string;
  level: ScopeLevel;
  /** The tenant this scope belongs to (null for global keys), for alerts. */
  tenant: string | null;
  /** The scope's display name (key name, team name, …), for messages and alerts. */
  name: string;
  limits: Limits;
  budget: ScopeBudget | null;
}

export interface AdmitInput {
  scopes: ScopeCheck[];
  /** Estimated tokens of the whole call: prompt plus the maximum output. */
  tokens: number;
  /** Estimated cost in USD reserved against every budget. */
  costUsd: number;
}

/** What a store says about one scope after an admit, for the x-ratelimit-* headers. */
export interface ScopeState {
  remainingRequests: number | null;
  resetRequestsMs: number | null;
  remainingTokens: number | null;
  resetTokensMs: number | null;
}

/** Spend crossing a threshold of the budget, reported once per scope, period and threshold across all nodes. */
export interface BudgetAlert {
  scope: ScopeCheck;
  threshold: number;
  spentUsd: number;
  /** 'settled': spend crossed it; 'refused': a request was refused for this budget first. */
  cause: 'settled' | 'refused';
}

/** Handed back to the store at settle time. */
export interface Ticket {
  id: string;
  /** Store clock at admit (ms), where the token entry was placed. */
  at: number;
  tokens: number;
  /** Exact decimal text of the reserved cost (Redis members embed it). */
  cost: string;
  scopes: ScopeCheck[];
}

export type AdmitResult =
  | { ok: true; ticket: Ticket; states: ScopeState[]; alerts: BudgetAlert[] }
  | {
      ok: false;
      /** Index into scopes of the first scope that refused. */
      scope: number;
      kind: LimitKind;
      retryAfterMs: number;
      states: ScopeState[];
      alerts: BudgetAlert[];
      /** For budget refusals: settled and reserved spend of that budget. */
      spentUsd?: number;
      reservedUsd?: number;
    };

export interface BudgetState {
  spentUsd: number;
  reservedUsd: number;
}

export interface LimitStore {
  readonly kind: 'memory' | 'redis';
  admit(input: AdmitInput): Promise<AdmitResult>;
  /** Replaces the estimate with the actual tokens, frees the slot, moves the reservation to spent. Idempotent. */
  settle(ticket: Ticket, actual: { tokens: number; costUsd: number }): Promise<BudgetAlert[]>;
  /** Settled and reserved spend of a scope in a period; `tenant` is the scope's tenant (it names the Redis slot). */
  budgetState(scopeId: string, periodId: string, tenant: string | null): Promise<BudgetState>;
  close(): Promise<void>;
}

export const WINDOW_MS = 60_000;
/** Shares of a budget that alert when the budget does not set its own. */
export const DEFAULT_ALERT_THRESHOLDS: readonly number[] = [0.5, 0.8, 1];

/** The thresholds a budget alerts at, ascending. */
export function alertThresholds(b: { alertThresholds?: readonly number[] }): readonly number[] {
  return b.alertThresholds ?? DEFAULT_ALERT_THRESHOLDS;
}

/** Fixed-precision text of a USD amount (nano-dollars), identical wherever it is written. */
export function costText(usd: number): string {
  return (Math.round(usd * 1e9) / 1e9).toFixed(9);
}

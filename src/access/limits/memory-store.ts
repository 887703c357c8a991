// The in-process limit store (embedded mode, and the per-node fallback when Redis is down and the policy is
// fail-open). Node runs it on one thread, so each admit is atomic; the semantics match redis-store.ts exactly:
// one-minute windows of per-second buckets for requests and tokens, a set of in-flight requests, budgets with
// per-request reservations.
import { bucketEndMs, SecondWindow } from './second-window.ts';
import {
  alertThresholds,
  type AdmitInput,
  type AdmitResult,
  type BudgetAlert,
  type BudgetState,
  costText,
  type LimitKind,
  type LimitStore,
  type ScopeCheck,
  type ScopeState,
  type Ticket,
  WINDOW_MS,
} from './types.ts';

interface ScopeMem {
  window: SecondWindow;
  conc: Set<string>;
}

interface BudgetMem {
  spent: number;
  reserved: number;
  alerted: number;
  endsAt: number | null;
  reservations: Map<string, number>;
  dirty: boolean;
}

interface Refusal {
  scope: number;
  kind: LimitKind;
  retryAfterMs: number;
  spent?: number;
  reserved?: number;
}

export interface SpendRow {
  scope: string;
  period: string;
  spentUsd: number;
  alerted: number;
}

let seq = 0;
const EPSILON = 1e-9;

export class MemoryLimitStore implements LimitStore {
  readonly kind = 'memory' as const;
  private readonly scopes = new Map<string, ScopeMem>();
  private readonly budgets = new Map<string, BudgetMem>();
  /** Tickets already settled, so a repeated settle changes nothing. */
  private readonly settled = new WeakSet<Ticket>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly clock: () => number = Date.now) {
    this.sweeper = setInterval(() => this.sweep(), WINDOW_MS);
    this.sweeper.unref();
  }

  async admit(input: AdmitInput): Promise<AdmitResult> {
    const now = this.clock();
    const cost = Number(costText(input.costUsd));
    const states: ScopeState[] = [];
    const alerts: BudgetAlert[] = [];
    // The first refusal wins; every scope's state is still computed for the headers.
    const verdict: { fail: Refusal | null } = { fail: null };
    const refuse = (scope: number, kind: LimitKind, retryAfterMs: number, spent?: number, reserved?: number) => {
      verdict.fail ??= { scope, kind, retryAfterMs, spent, reserved };
    };

    const nowSec = Math.floor(now / 1000);
    input.scopes.forEach((s, i) => {
      const m = this.scope(s.id);
      const st: ScopeState = {
        remainingRequests: null,
        resetRequestsMs: null,
        remainingTokens: null,
        resetTokensMs: null,
      };
      const { rpm, tpm, concurrency } = s.limits;
      const w = m.window.totals(nowSec);
      if (rpm !== null) {
        const reset = bucketEndMs(w.oldestRequestSec ?? nowSec) - now;
        if (w.requests + 1 > rpm) refuse(i, 'rpm', w.requests > 0 ? reset : WINDOW_MS);
        st.remainingRequests = Math.max(0, rpm - w.requests);
        st.resetRequestsMs = reset;
      }
      if (tpm !== null) {
        if (w.tokens + input.tokens > tpm) refuse(i, 'tpm', m.window.tokensFreeIn(input.tokens, tpm, now));
        st.remainingTokens = Math.max(0, tpm - w.tokens);
        st.resetTokensMs = bucketEndMs(w.oldestTokenSec ?? nowSec) - now;
      }
      if (concurrency !== null && m.conc.size + 1 > concurrency) refuse(i, 'concurrency', 1000);
      if (s.budget) {
        const b = this.budget(s, now);
        if (b.spent >= s.budget.usd - EPSILON || b.spent + b.reserved + cost > s.budget.usd + EPSILON) {
          refuse(i, 'budget', s.budget.endsAt === null ? 0 : s.budget.endsAt - now, b.spent, b.reserved);
          // Announce exhaustion only when spend alone leaves no room, not while others' reservations do.
          if (verdict.fail?.scope === i && b.alerted < 1 && b.spent + cost > s.budget.usd + EPSILON) {
            b.alerted = 1;
            b.dirty = true;
            alerts.push({ scope: s, threshold: 1, spentUsd: b.spent, cause: 'refused' });
          }
        }
      }
      states.push(st);
    });

    const failed = verdict.fail;
    if (failed) {
      return {
        ok: false,
        scope: failed.scope,
        kind: failed.kind,
        retryAfterMs: Math.max(0, failed.retryAfterMs),
        states,
        alerts,
        spentUsd: failed.spent,
        reservedUsd: failed.reserved,
      };
    }

    const id = `m${(++seq).toString(36)}`;
    input.scopes.forEach((s, i) => {
      const m = this.scopes.get(s.id) as ScopeMem;
      const st = states[i];
      // Remaining counts include this request now that it passed.
      if (st.remainingRequests !== null) st.remainingRequests = Math.max(0, st.remainingRequests - 1);
      if (st.remainingTokens !== null) st.remainingTokens = Math.max(0, st.remainingTokens - input.tokens);
      if (s.limits.rpm !== null || s.limits.tpm !== null) {
        m.window.add(nowSec, s.limits.rpm !== null ? 1 : 0, s.limits.tpm !== null ? input.tokens : 0);
      }
      if (s.limits.concurrency !== null) m.conc.add(id);
      if (s.budget) {
        const b = this.budget(s, now);
        b.reserved += cost;
        b.reservations.set(id, cost);
      }
    });
    return {
      ok: true,
      ticket: { id, at: now, tokens: input.tokens, cost: costText(cost), scopes: input.scopes },
      states,
      alerts,
    };
  }

  async settle(ticket: Ticket, actual: { tokens: number; costUsd: number }): Promise<BudgetAlert[]> {
    const alerts: BudgetAlert[] = [];
    const spend = Number(costText(actual.costUsd));
    const nowSec = Math.floor(this.clock() / 1000);
    if (this.settled.has(ticket)) return alerts;
    this.settled.add(ticket);
    for (const s of ticket.scopes) {
      const m = this.scopes.get(s.id);
      if (m) {
        if (s.limits.tpm !== null) {
          m.window.adjustTokens(Math.floor(ticket.at / 1000), actual.tokens - ticket.tokens, nowSec);
        }
        m.conc.delete(ticket.id);
      }
      if (!s.budget) continue;
      const b = this.budgets.get(budgetKey(s.id, s.budget.periodId));
      const reserved = b?.reservations.get(ticket.id);
      if (!b || reserved === undefined) continue;
      b.reservations.delete(ticket.id);
      b.reserved = Math.max(0, b.reserved - reserved);
      b.spent += spend;
      b.dirty = true;
      const crossed = crossedThreshold(b.spent, s.budget.usd, alertThresholds(s.budget));
      if (crossed > b.alerted) {
        b.alerted = crossed;
        alerts.push({ scope: s, threshold: crossed, spentUsd: b.spent, cause: 'settled' });
      }
    }
    return alerts;
  }

  async budgetState(scopeId: string, periodId: string): Promise<BudgetState> {
    const b = this.budgets.get(budgetKey(scopeId, periodId));
    return { spentUsd: b?.spent ?? 0, reservedUsd: b?.reserved ?? 0 };
  }

  /** Restores settled spend (embedded mode keeps it in the database across restarts). */
  loadSpend(rows: SpendRow[], endsAt: (row: SpendRow) => number | null): void {
    for (const r of rows) {
      this.budgets.set(budgetKey(r.scope, r.period), {
        spent: r.spentUsd,
        reserved: 0,
        alerted: r.alerted,
        endsAt: endsAt(r),
        reservations: new Map(),
        dirty: false,
      });
    }
  }

  /** Spend changed since the last call, for the journal to write. */
  takeDirtySpend(): SpendRow[] {
    const out: SpendRow[] = [];
    for (const [k, b] of this.budgets) {
      if (!b.dirty) continue;
      b.dirty = false;
      const sep = k.lastIndexOf('|');
      out.push({ scope: k.slice(0, sep), period: k.slice(sep + 1), spentUsd: b.spent, alerted: b.alerted });
    }
    return out;
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
  }

  private scope(id: string): ScopeMem {
    let m = this.scopes.get(id);
    if (!m) {
      m = { window: new SecondWindow(), conc: new Set() };
      this.scopes.set(id, m);
    }
    return m;
  }

  private budget(s: ScopeCheck, _now: number): BudgetMem {
    const budget = s.budget!;
    const k = budgetKey(s.id, budget.periodId);
    let b = this.budgets.get(k);
    if (!b) {
      b = { spent: 0, reserved: 0, alerted: 0, endsAt: budget.endsAt, reservations: new Map(), dirty: false };
      this.budgets.set(k, b);
    }
    return b;
  }

  /** Drops idle scopes and budgets of ended periods so per-end-user state does not accumulate. */
  private sweep(): void {
    const now = this.clock();
    const nowSec = Math.floor(now / 1000);
    for (const [id, m] of this.scopes) {
      if (m.conc.size === 0 && m.window.empty(nowSec)) this.scopes.delete(id);
    }
    for (const [k, b] of this.budgets) {
      if (b.endsAt !== null && b.endsAt < now && !b.dirty && b.reservations.size === 0) this.budgets.delete(k);
    }
  }
}

/** The highest of `thresholds` (ascending) that `spent` has reached, 0 for none. */
export function crossedThreshold(spent: number, usd: number, thresholds: readonly number[]): number {
  let crossed = 0;
  for (const t of thresholds) if (spent >= usd * t - EPSILON) crossed = t;
  return crossed;
}

function budgetKey(scopeId: string, periodId: string): string {
  return `${scopeId}|${periodId}`;
}

// Redis with a policy for when it cannot be reached: fail closed (refuse with 503, the default) or fail open to
// this node's own in-process limits. Either way the failure is logged on each transition and counted. ioredis
// reconnects by itself; the first command that succeeds again puts shared limits back in force.
import { LintelError } from '../../errors/lintel-error.ts';
import type { MemoryLimitStore } from './memory-store.ts';
import type { RedisLimitStore } from './redis-store.ts';
import type { AdmitInput, AdmitResult, BudgetAlert, BudgetState, LimitStore, Ticket } from './types.ts';

export type FailureMode = 'closed' | 'open';

export interface FailoverLogger {
  error(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

export interface FailoverStats {
  /** Redis commands that failed (admit, settle, cache). */
  redisErrors: number;
  /** Requests admitted by this node's own limits while Redis was unreachable (fail-open). */
  failOpenAdmits: number;
  /** Requests refused with 503 because Redis was unreachable (fail-closed). */
  failClosedRefusals: number;
  /** Settlements waiting for Redis to come back. */
  pendingSettles: number;
  redisUp: boolean;
}

interface PendingSettle {
  ticket: Ticket;
  actual: { tokens: number; costUsd: number };
}

const MAX_PENDING = 10_000;

export class FailoverLimitStore implements LimitStore {
  readonly kind = 'redis' as const;
  private readonly local = new WeakSet<Ticket>();
  private readonly pending: PendingSettle[] = [];
  private retryTimer: NodeJS.Timeout | null = null;
  private up = true;
  private closed = false;
  readonly counts = { redisErrors: 0, failOpenAdmits: 0, failClosedRefusals: 0 };

  constructor(
    private readonly shared: RedisLimitStore,
    private readonly fallback: MemoryLimitStore,
    private readonly mode: FailureMode,
    private readonly logger: FailoverLogger,
  ) {}

  stats(): FailoverStats {
    return { ...this.counts, pendingSettles: this.pending.length, redisUp: this.up };
  }

  /** Records a failed Redis command (also used by the cache); logs only on the up → down transition. */
  noteFailure(err: unknown, what: string): void {
    this.counts.redisErrors++;
    if (!this.up) return;
    this.up = false;
    this.logger.error(
      { err, policy: this.mode === 'closed' ? 'fail-closed' : 'fail-open' },
      `access: Redis unreachable during ${what}; ${this.mode === 'closed' ? 'refusing requests with 503' : 'enforcing per-node limits'} until it is back`,
    );
  }

  noteSuccess(): void {
    if (this.up) return;
    this.up = true;
    this.logger.info({}, 'access: Redis reachable again; shared limits and budgets are back in force');
  }

  async admit(input: AdmitInput): Promise<AdmitResult> {
    try {
      const r = await this.shared.admit(input);
      this.noteSuccess();
      return r;
    } catch (err) {
      this.noteFailure(err, 'admission');
      if (this.mode === 'closed') {
        this.counts.failClosedRefusals++;
        throw new LintelError('limits_unavailable', undefined, { headers: { 'retry-after': '1' } });
      }
      this.counts.failOpenAdmits++;
      const r = await this.fallback.admit(input);
      if (r.ok) this.local.add(r.ticket);
      return r;
    }
  }

  async settle(ticket: Ticket, actual: { tokens: number; costUsd: number }): Promise<BudgetAlert[]> {
    if (this.local.has(ticket)) return this.fallback.settle(ticket, actual);
    try {
      const alerts = await this.shared.settle(ticket, actual);
      this.noteSuccess();
      return alerts;
    } catch (err) {
      this.noteFailure(err, 'settlement');
      // The settle script is idempotent: replay it once Redis answers, so spend is not lost.
      if (this.pending.length < MAX_PENDING) this.pending.push({ ticket, actual });
      this.scheduleRetry();
      return [];
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.closed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flushPending();
    }, 1000);
    this.retryTimer.unref();
  }

  private async flushPending(): Promise<void> {
    while (this.pending.length > 0) {
      const p = this.pending[0];
      try {
        await this.shared.settle(p.ticket, p.actual);
        this.noteSuccess();
        this.pending.shift();
      } catch {
        this.counts.redisErrors++;
        this.scheduleRetry();
        return;
      }
    }
  }

  budgetState(scopeId: string, periodId: string, tenant: string | null): Promise<BudgetState> {
    return this.shared.budgetState(scopeId, periodId, tenant);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.flushPending().catch(() => {});
    await this.fallback.close();
  }
}

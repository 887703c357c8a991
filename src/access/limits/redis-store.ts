// The shared limit store: one Lua call per admit and one per settle (see redis-scripts.ts). Commands fail fast
// while Redis is unreachable (no offline queue, no retries) so the caller can apply its failure policy at once.
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { ADMIT_LUA, SETTLE_LUA } from './redis-scripts.ts';
import {
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
} from './types.ts';

type ScriptFn = (numKeys: number, ...args: (string | number)[]) => Promise<unknown[]>;

export interface RedisStoreOptions {
  /** Prepended to every key, e.g. 'lintel:' (tests use a unique one). */
  prefix: string;
  /** In-flight slots of a crashed node free themselves after this long. */
  concurrencyLeaseMs: number;
  /** Reservations of a crashed node are released after this long. */
  reservationLeaseMs: number;
  /** Tests only: a fixed clock instead of Redis's TIME. */
  clock?: () => number;
}

const NODE = randomBytes(4).toString('base64url');
let seq = 0;

export class RedisLimitStore implements LimitStore {
  readonly kind = 'redis' as const;
  private readonly admitScript: ScriptFn;
  private readonly settleScript: ScriptFn;

  constructor(
    private readonly redis: Redis,
    private readonly opts: RedisStoreOptions,
  ) {
    redis.defineCommand('lintelAdmit', { lua: ADMIT_LUA });
    redis.defineCommand('lintelSettle', { lua: SETTLE_LUA });
    const r = redis as unknown as Record<string, ScriptFn>;
    this.admitScript = r.lintelAdmit.bind(redis);
    this.settleScript = r.lintelSettle.bind(redis);
  }

  private keysOf(s: ScopeCheck): string[] {
    const p = `${this.opts.prefix}rl:${s.id}:`;
    const b = `${this.opts.prefix}bd:${s.id}:${s.budget?.periodId ?? '-'}`;
    return [`${p}win`, `${p}conc`, b, `${b}:res`];
  }

  async admit(input: AdmitInput): Promise<AdmitResult> {
    const id = `${NODE}.${(++seq).toString(36)}`;
    const tokens = Math.max(0, Math.ceil(input.tokens));
    const cost = costText(input.costUsd);
    const keys: string[] = [];
    const args: (string | number)[] = [
      id,
      input.scopes.length,
      tokens,
      cost,
      this.opts.concurrencyLeaseMs,
      this.opts.reservationLeaseMs,
      this.opts.clock?.() ?? 0,
    ];
    for (const s of input.scopes) {
      keys.push(...this.keysOf(s));
      args.push(
        s.limits.rpm ?? -1,
        s.limits.tpm ?? -1,
        s.limits.concurrency ?? -1,
        s.budget ? s.budget.usd : -1,
        s.budget?.endsAt ?? 0,
      );
    }
    const r = await this.admitScript(keys.length, ...keys, ...args);
    const states: ScopeState[] = [];
    for (let i = 0; i < input.scopes.length; i++) {
      const v = (j: number) => {
        const x = Number(r[9 + i * 4 + j]);
        return x < 0 ? null : x;
      };
      states.push({ remainingRequests: v(0), resetRequestsMs: v(1), remainingTokens: v(2), resetTokensMs: v(3) });
    }
    const alerts: BudgetAlert[] = [];
    const alertScope = Number(r[7]);
    if (alertScope > 0) {
      alerts.push({ scope: input.scopes[alertScope - 1], threshold: 1, spentUsd: Number(r[8]), cause: 'refused' });
    }
    if (Number(r[0]) === 1) {
      return { ok: true, ticket: { id, at: Number(r[1]), tokens, cost, scopes: input.scopes }, states, alerts };
    }
    return {
      ok: false,
      scope: Number(r[2]) - 1,
      kind: String(r[3]) as LimitKind,
      retryAfterMs: Math.max(0, Number(r[4])),
      states,
      alerts,
      ...(r[5] !== '' ? { spentUsd: Number(r[5]), reservedUsd: Number(r[6]) } : {}),
    };
  }

  async settle(ticket: Ticket, actual: { tokens: number; costUsd: number }): Promise<BudgetAlert[]> {
    const keys: string[] = [];
    const args: (string | number)[] = [
      ticket.id,
      ticket.scopes.length,
      Math.floor(ticket.at / 1000),
      ticket.tokens,
      Math.max(0, Math.ceil(actual.tokens)),
      ticket.cost,
      costText(actual.costUsd),
      this.opts.clock?.() ?? 0,
    ];
    for (const s of ticket.scopes) {
      keys.push(...this.keysOf(s));
      args.push(s.limits.tpm !== null ? '1' : '0', s.limits.concurrency !== null ? '1' : '0', s.budget?.usd ?? -1);
    }
    const r = await this.settleScript(keys.length, ...keys, ...args);
    const alerts: BudgetAlert[] = [];
    for (let i = 0; i + 2 < r.length; i += 3) {
      alerts.push({
        scope: ticket.scopes[Number(r[i]) - 1],
        threshold: Number(r[i + 1]),
        spentUsd: Number(r[i + 2]),
        cause: 'settled',
      });
    }
    return alerts;
  }

  async budgetState(scopeId: string, periodId: string): Promise<BudgetState> {
    const [spent, reserved] = await this.redis.hmget(
      `${this.opts.prefix}bd:${scopeId}:${periodId}`,
      'spent',
      'reserved',
    );
    return { spentUsd: Number(spent ?? 0), reservedUsd: Math.max(0, Number(reserved ?? 0)) };
  }

  async close(): Promise<void> {}
}

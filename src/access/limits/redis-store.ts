// The shared limit store: one Lua call per admit and one per settle (see redis-scripts.ts). Commands fail fast
// while Redis is unreachable (no offline queue, no retries) so the caller can apply its failure policy at once.
// When a tenant's epoch key is missing (Redis lost its data, or first use) the admit counts nothing; this node then
// rebuilds the tenant's budgets and windows from the request log — one node per tenant, under a lock — and retries.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RedisClient } from '../redis-client.ts';
import { budgetKeys, epochKey, lateSettleKey, rebuildLockKey, scopeKeys } from './redis-keys.ts';
import { ADMIT_LUA, SEED_LUA, SETTLE_LUA } from './redis-scripts.ts';
import {
  type AdmitInput,
  alertThresholds,
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

/** What the request log says one scope has used: spend in its budget period, requests and tokens per second. */
export interface SeedScope {
  scope: ScopeCheck;
  /** Spend recorded in the scope's current budget period (ignored without a budget). */
  spentUsd: number;
  /** [second (epoch s), requests, tokens] of the last minute. */
  buckets: [number, number, number][];
}

/** Reads what the request log recorded for a tenant's scopes (null = keys outside any tenant) at `now`. */
export type RebuildSource = (tenant: string | null, now: number) => Promise<SeedScope[]>;

export interface RebuildReport {
  tenant: string | null;
  scopes: number;
  /** The largest spend restored to one scope (the tenant's own, when it has a budget). */
  spentUsd: number;
  /** The most requests of the last minute restored to one scope's window. */
  requests: number;
  ms: number;
}

export interface RedisStoreOptions {
  /** Prepended to every key, e.g. 'lintel:' (tests use a unique one). */
  prefix: string;
  /** In-flight slots of a crashed node free themselves after this long. */
  concurrencyLeaseMs: number;
  /** Reservations of a crashed node are released after this long. */
  reservationLeaseMs: number;
  /** Tests only: a fixed clock instead of Redis's TIME. */
  clock?: () => number;
  /** Where a tenant's lost state is rebuilt from (the request log); without it a tenant starts from zero. */
  rebuild?: RebuildSource;
  /** Told after this node rebuilt a tenant's state. */
  onRebuilt?: (r: RebuildReport) => void;
  /** How long an admit waits for another node's rebuild before failing. Default 10 s. */
  rebuildWaitMs?: number;
}

const NODE = randomBytes(4).toString('base64url');
let seq = 0;

export class RedisLimitStore implements LimitStore {
  readonly kind = 'redis' as const;
  private readonly admitScript: ScriptFn;
  private readonly settleScript: ScriptFn;
  private readonly seedScript: ScriptFn;
  /** Rebuilds in progress on this node, by tenant ('' = outside any tenant). */
  private readonly seeding = new Map<string, Promise<void>>();
  /** Tenants' states this node rebuilt. */
  rebuilds = 0;

  constructor(
    private readonly redis: RedisClient,
    private readonly opts: RedisStoreOptions,
  ) {
    redis.defineCommand('lintelAdmit', { lua: ADMIT_LUA });
    redis.defineCommand('lintelSettle', { lua: SETTLE_LUA });
    redis.defineCommand('lintelSeed', { lua: SEED_LUA });
    const r = redis as unknown as Record<string, ScriptFn>;
    this.admitScript = r.lintelAdmit.bind(redis);
    this.settleScript = r.lintelSettle.bind(redis);
    this.seedScript = r.lintelSeed.bind(redis);
  }

  private keysOf(s: ScopeCheck): string[] {
    const k = scopeKeys(this.opts.prefix, s);
    return [k.win, k.conc, k.bud, k.res];
  }

  async admit(input: AdmitInput): Promise<AdmitResult> {
    const tenant = input.scopes[0]?.tenant ?? null;
    let r = await this.admitOnce(input, tenant);
    if (r === null) {
      await this.ensureSeeded(tenant);
      r = await this.admitOnce(input, tenant);
      if (r === null) throw new Error('Redis has no limit state for this tenant even after rebuilding it');
    }
    return r;
  }

  private ensureSeeded(tenant: string | null): Promise<void> {
    const id = tenant ?? '';
    let p = this.seeding.get(id);
    if (!p) {
      p = this.seed(tenant).finally(() => this.seeding.delete(id));
      this.seeding.set(id, p);
    }
    return p;
  }

  /** Rebuilds the tenant's state under a lock, or waits for the node holding it. */
  private async seed(tenant: string | null): Promise<void> {
    const { prefix } = this.opts;
    const epoch = epochKey(prefix, tenant);
    const lock = rebuildLockKey(prefix, tenant);
    const t0 = Date.now();
    if ((await this.redis.set(lock, NODE, 'PX', 30_000, 'NX')) !== 'OK') {
      const deadline = t0 + (this.opts.rebuildWaitMs ?? 10_000);
      while (Date.now() < deadline) {
        if ((await this.redis.exists(epoch)) === 1) return;
        await sleep(50);
      }
      throw new Error('timed out waiting for another node to rebuild the limit state of this tenant');
    }
    try {
      let plan: SeedScope[] = [];
      try {
        if (this.opts.rebuild) plan = await this.opts.rebuild(tenant, this.opts.clock?.() ?? Date.now());
      } catch (err) {
        // Without the log the state cannot be restored: fail this admit (the failure policy applies) and retry later.
        throw new Error(
          `Redis holds no limit state for tenant ${tenant ?? '(none)'} and it cannot be rebuilt from the request log: ${(err as Error).message}`,
          { cause: err },
        );
      }
      const keys = [epoch];
      const args: (string | number)[] = [this.opts.reservationLeaseMs, plan.length, this.opts.clock?.() ?? 0];
      let spentUsd = 0;
      let requests = 0;
      for (const p of plan) {
        const k = scopeKeys(prefix, p.scope);
        keys.push(k.win, k.bud);
        const b = p.scope.budget;
        if (b) spentUsd = Math.max(spentUsd, p.spentUsd);
        args.push(
          b ? costText(p.spentUsd) : -1,
          b?.endsAt ?? 0,
          b?.usd ?? 0,
          p.buckets.length,
          b ? alertThresholds(b).join(',') : '',
        );
        let inWindow = 0;
        for (const [sec, reqs, toks] of p.buckets) {
          args.push(sec, reqs, toks);
          inWindow += reqs;
        }
        requests = Math.max(requests, inWindow);
      }
      const seeded = Number(await this.seedScript(keys.length, ...keys, ...args));
      if (seeded === 1) {
        this.rebuilds++;
        this.opts.onRebuilt?.({ tenant, scopes: plan.length, spentUsd, requests, ms: Date.now() - t0 });
      }
    } finally {
      await this.redis.del(lock).catch(() => {});
    }
  }

  /** One admit call; null when the tenant has no state in Redis yet. */
  private async admitOnce(input: AdmitInput, tenant: string | null): Promise<AdmitResult | null> {
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
    keys.push(epochKey(this.opts.prefix, tenant));
    const r = await this.admitScript(keys.length, ...keys, ...args);
    if (Number(r[0]) === -1) return null;
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
      ticket.at,
      this.opts.reservationLeaseMs,
    ];
    const flag = (v: unknown) => (v !== null ? '1' : '0');
    for (const s of ticket.scopes) {
      keys.push(...this.keysOf(s));
      args.push(
        flag(s.limits.rpm),
        flag(s.limits.tpm),
        flag(s.limits.concurrency),
        s.budget?.usd ?? -1,
        s.budget?.endsAt ?? 0,
        s.budget ? alertThresholds(s.budget).join(',') : '',
      );
    }
    const tenant = ticket.scopes[0]?.tenant ?? null;
    keys.push(epochKey(this.opts.prefix, tenant), lateSettleKey(this.opts.prefix, tenant, ticket.id));
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

  async budgetState(scopeId: string, periodId: string, tenant: string | null): Promise<BudgetState> {
    const [spent, reserved] = await this.redis.hmget(
      budgetKeys(this.opts.prefix, tenant, scopeId, periodId).bud,
      'spent',
      'reserved',
    );
    return { spentUsd: Number(spent ?? 0), reservedUsd: Math.max(0, Number(reserved ?? 0)) };
  }

  async close(): Promise<void> {}
}

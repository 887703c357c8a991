// The gateway's access hooks: authenticate (key → principal) and admit (model allow-lists, then one atomic
// check of rate limits and budget reservation across every level), plus the settle that follows the response.
import type { IncomingHttpHeaders } from 'node:http';
import type { PriceBook } from '../cost/price-book.ts';
import { LintelError } from '../errors/lintel-error.ts';
import type { RequestContext } from '../gateway/context.ts';
import type { Admission } from '../gateway/hooks.ts';
import type { CompiledRoute } from '../routing/router.ts';
import type { Json } from '../spec/translate.ts';
import { ancestorsOf } from './ancestry.ts';
import type { Directory, HierarchyView } from './directory.ts';
import { estimateRequest } from './estimate.ts';
import { modelAllowed } from './globs.ts';
import type { IdentifyFn } from './identity.ts';
import type { AdmitResult, BudgetAlert, LimitStore, ScopeCheck, Ticket } from './limits/types.ts';
import { formatReset, rateLimitHeaders } from './rate-headers.ts';
import { accessState, cacheDirective, setAccessState } from './request-state.ts';
import { scopesFor } from './scopes.ts';
import type { KeyRecord } from './types.ts';
import { isSubcall } from './subcall.ts';

export interface AdmissionDeps {
  identify: IdentifyFn;
  directory: Directory;
  store: () => LimitStore;
  prices: PriceBook;
  defaultMaxOutputTokens: number;
  onAlerts(alerts: BudgetAlert[]): void;
  onSettleError(err: unknown): void;
}

export function authenticateHook(deps: AdmissionDeps) {
  return (headers: IncomingHttpHeaders, ctx: RequestContext): void => {
    const id = deps.identify(headers);
    const key = id.kind === 'key' ? id.key : null;
    if (key?.role === 'auditor') {
      const what = ctx.endpoint.startsWith('retrieve') ? 'search collections' : 'call models';
      throw new LintelError('permission_denied', `Auditor keys read logs and audit records; they cannot ${what}.`);
    }
    ctx.principal = key
      ? { tenant: key.tenant, team: key.team, keyId: key.id, role: key.role }
      : { tenant: null, team: null, keyId: null, role: 'admin' };
    setAccessState(ctx, { key, cache: cacheDirective(headers), ...(isSubcall(headers) ? { subcall: true } : {}) });
  };
}

/** The key, every key above it, its team and tenant must all allow the model (the public name asked for). */
export function checkModel(dir: HierarchyView, key: KeyRecord, model: string): void {
  const levels: [string, string[] | null | undefined][] = [
    ['key', key.models],
    ['team', key.tenant && key.team ? dir.team(key.tenant, key.team)?.models : null],
    ['tenant', key.tenant ? dir.tenant(key.tenant)?.models : null],
  ];
  for (const a of ancestorsOf((id) => dir.key(id), key)) levels.push([`owner key "${a.name}"`, a.models]);
  for (const [level, globs] of levels) {
    if (!modelAllowed(globs ?? null, model)) {
      throw new LintelError('permission_denied', `The ${level} does not allow the model "${model}".`, {
        param: 'model',
      });
    }
  }
}

/** Whether the caller may call `model`, by the same rule admit applies (GET /v1/models lists only these). */
export function mayCallHook(deps: Pick<AdmissionDeps, 'directory'>) {
  return (ctx: RequestContext, model: string): boolean => {
    const key = accessState(ctx)?.key;
    if (!key) return true; // the master key calls every route
    try {
      checkModel(deps.directory, key, model);
      return true;
    } catch {
      return false;
    }
  };
}

function usd(n: number): string {
  return `$${n < 0.01 && n > 0 ? n.toPrecision(3) : n.toFixed(2)}`;
}

const LEVEL_NAMES: Record<ScopeCheck['level'], string> = {
  tenant: 'tenant',
  team: 'team',
  owner: 'owner key',
  key: 'key',
  end_user: 'end user',
};

function describe(s: ScopeCheck): string {
  return `${LEVEL_NAMES[s.level]} "${s.name}"`;
}

function refusal(r: Extract<AdmitResult, { ok: false }>, scopes: ScopeCheck[], tokens: number, cost: number) {
  const s = scopes[r.scope];
  const headers = rateLimitHeaders(scopes, r.states);
  const retrySeconds = Math.max(1, Math.ceil(r.retryAfterMs / 1000));
  if (r.kind === 'budget') {
    const b = s.budget!;
    const period = b.period === 'total' ? 'total' : `${b.period === 'day' ? 'daily' : `${b.period}ly`}`;
    if (b.endsAt !== null) headers['retry-after'] = String(retrySeconds);
    return new LintelError(
      'budget_exceeded',
      `Budget exceeded: the ${period} budget of ${describe(s)} is ${usd(b.usd)}; ${usd(r.spentUsd ?? 0)} is spent` +
        ` and ${usd(r.reservedUsd ?? 0)} reserved by requests in flight, and this request may cost up to ${usd(cost)}.`,
      { headers },
    );
  }
  headers['retry-after'] = String(retrySeconds);
  const what =
    r.kind === 'rpm'
      ? `${s.limits.rpm} requests per minute`
      : r.kind === 'tpm'
        ? `${s.limits.tpm} tokens per minute and this request may use up to ${tokens}` +
          (tokens > (s.limits.tpm ?? 0) ? ' (more than the limit itself: lower max_tokens)' : '')
        : `${s.limits.concurrency} concurrent requests`;
  return new LintelError(
    'rate_limit_exceeded',
    `Rate limit exceeded: ${describe(s)} allows ${what}. Retry in ${formatReset(r.retryAfterMs)}.`,
    { headers },
  );
}

export function admitHook(deps: AdmissionDeps) {
  return async (ctx: RequestContext, body: Json, route: CompiledRoute | null): Promise<Admission | null> => {
    const state = accessState(ctx);
    const key = state?.key;
    if (!key) return null; // the master key is not limited
    if (route === null) return admitRequestOnly(deps, ctx, key);
    checkModel(deps.directory, key, route.model);
    let scopes = scopesFor(deps.directory, key, ctx.endUser);
    // A sub-call's request was counted by the request it serves: only its tokens and cost count here.
    if (state?.subcall) {
      scopes = scopes
        .map((s) => ({ ...s, limits: { ...s.limits, rpm: null, concurrency: null } }))
        .filter((s) => s.limits.tpm !== null || s.budget);
    }
    if (scopes.length === 0) return null;
    const est = estimateRequest(body, route, deps.prices, deps.defaultMaxOutputTokens);
    const tokens = est.promptTokens + est.maxOutputTokens;
    const cost = est.costUsd ?? 0;
    if (est.costUsd === null && scopes.some((s) => s.budget)) {
      ctx.notes.push(`budget: no price known for the targets of route "${route.model}"; spend is not counted`);
    }
    const store = deps.store();
    const r = await store.admit({ scopes, tokens, costUsd: cost });
    if (r.alerts.length) deps.onAlerts(r.alerts);
    if (!r.ok) throw refusal(r, scopes, tokens, cost);
    const ticket = r.ticket;
    return {
      headers: rateLimitHeaders(scopes, r.states),
      settle: (done) => settle(deps, store, ticket, cost, done),
    };
  };
}

/**
 * A call that names no model and spends no tokens or money (retrieval): one request against every level's requests
 * per minute and concurrency. Token limits and budgets are left out — an exhausted LLM budget does not stop search.
 */
async function admitRequestOnly(deps: AdmissionDeps, ctx: RequestContext, key: KeyRecord): Promise<Admission | null> {
  const scopes: ScopeCheck[] = [];
  for (const s of scopesFor(deps.directory, key, ctx.endUser)) {
    if (s.limits.rpm === null && s.limits.concurrency === null) continue;
    scopes.push({ ...s, limits: { ...s.limits, tpm: null }, budget: null });
  }
  if (scopes.length === 0) return null;
  const store = deps.store();
  const r = await store.admit({ scopes, tokens: 0, costUsd: 0 });
  if (!r.ok) throw refusal(r, scopes, 0, 0);
  const ticket = r.ticket;
  return {
    headers: rateLimitHeaders(scopes, r.states),
    settle: () => settleRequestOnly(deps, store, ticket),
  };
}

async function settleRequestOnly(deps: AdmissionDeps, store: LimitStore, ticket: Ticket): Promise<void> {
  try {
    await store.settle(ticket, { tokens: 0, costUsd: 0 });
  } catch (err) {
    deps.onSettleError(err);
  }
}

/** Actual tokens and cost: the usage the upstream reported, else the estimate for an answer that was sent. */
async function settle(
  deps: AdmissionDeps,
  store: LimitStore,
  ticket: Ticket,
  estimatedCost: number,
  ctx: RequestContext,
): Promise<void> {
  const answered = ctx.status >= 200 && ctx.status < 300 && !ctx.cacheHit;
  const tokens = ctx.usage ? ctx.usage.inputTokens + ctx.usage.outputTokens : answered ? ticket.tokens : 0;
  let cost = 0;
  if (ctx.cacheHit) cost = 0;
  else if (ctx.costUsd !== null) cost = ctx.costUsd;
  else if (ctx.usage && ctx.modelServed) {
    cost = deps.prices.cost(ctx.modelServed, ctx.usage, ctx.receivedAt, ctx.provider ?? undefined).costUsd ?? 0;
  } else if (answered) cost = estimatedCost;
  try {
    const alerts = await store.settle(ticket, { tokens, costUsd: cost });
    if (alerts.length) deps.onAlerts(alerts);
  } catch (err) {
    deps.onSettleError(err);
  }
}

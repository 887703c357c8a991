// Applies the kill switch to one request: a stopped tenant, key or route refuses it with 503
// service_stopped and the reason; stopped providers and upstream models are taken out of the plan.
import { LintelError } from '../errors/lintel-error.ts';
import type { KillSwitch, Stop } from '../governance/killswitch/store.ts';
import type { PlanStep } from '../routing/router.ts';
import type { RequestContext } from './context.ts';

function stopped(s: Stop): LintelError {
  return new LintelError(
    'service_stopped',
    `${s.scope} "${s.target}" has been stopped by an administrator: ${s.reason}`,
  );
}

export function applyStops(ks: KillSwitch | undefined, ctx: RequestContext, plan: PlanStep[]): PlanStep[] {
  if (!ks || ks.size === 0) return plan;
  const hit =
    ks.find('tenant', ctx.principal.tenant) ?? ks.find('key', ctx.principal.keyId) ?? ks.find('route', ctx.route);
  if (hit) {
    ctx.notes.push(`kill switch: ${hit.scope} ${hit.target} stopped (${hit.reason})`);
    throw stopped(hit);
  }
  let last: Stop | undefined;
  const open = plan.filter((step) => {
    const s = ks.find('provider', step.target.provider.name) ?? ks.find('model', step.target.upstreamModel);
    if (s) {
      last = s;
      ctx.trace.steps.push({
        target: step.target.id,
        why: step.why,
        circuit: step.target.breaker.current(),
        outcome: `skipped: ${s.scope} stopped (${s.reason})`,
      });
    }
    return !s;
  });
  if (open.length === 0 && last) throw stopped(last);
  return open;
}

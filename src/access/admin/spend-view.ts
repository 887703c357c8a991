// The current period's spend of a budgeted scope (key, team or tenant) as the admin API shows it, with the
// thresholds at which the limit store sends budget alerts — so a burn-down marks exactly those.
import { periodWindow } from '../limits/periods.ts';
import { DEFAULT_ALERT_THRESHOLDS, type LimitStore } from '../limits/types.ts';
import type { Budget } from '../types.ts';

const usd = (x: number) => Math.round(x * 1e9) / 1e9;

export async function spendView(
  store: LimitStore,
  scope: string,
  budget: Budget,
  tenant: string | null,
  now = Date.now(),
) {
  const w = periodWindow(budget.period, now);
  const s = await store.budgetState(scope, w.id, tenant);
  return {
    period_id: w.id,
    spent_usd: usd(s.spentUsd),
    reserved_usd: usd(s.reservedUsd),
    alert_thresholds: [...(budget.alert_thresholds ?? DEFAULT_ALERT_THRESHOLDS)],
  };
}

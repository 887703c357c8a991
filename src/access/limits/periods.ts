// Budget periods in UTC: a day, an ISO week (Monday to Monday), a calendar month, or the whole lifetime.
import type { BudgetPeriod } from '../types.ts';

export interface PeriodWindow {
  id: string;
  endsAt: number | null;
}

const DAY = 86_400_000;

export function periodWindow(period: BudgetPeriod, now: number): PeriodWindow {
  if (period === 'total') return { id: 'total', endsAt: null };
  const d = new Date(now);
  const dayStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  if (period === 'day') return { id: isoDay(dayStart), endsAt: dayStart + DAY };
  if (period === 'week') {
    const sinceMonday = (d.getUTCDay() + 6) % 7;
    const start = dayStart - sinceMonday * DAY;
    return { id: `w${isoDay(start)}`, endsAt: start + 7 * DAY };
  }
  const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return { id: isoDay(start).slice(0, 7), endsAt: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) };
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** When the period containing `now` began (0 for lifetime budgets). */
export function periodStart(period: BudgetPeriod, now: number): number {
  if (period === 'total') return 0;
  const d = new Date(now);
  const dayStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  if (period === 'day') return dayStart;
  if (period === 'week') return dayStart - ((d.getUTCDay() + 6) % 7) * DAY;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

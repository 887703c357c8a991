// Multi-window, multi-burn-rate alerting (Google SRE workbook, ch. 5): an SLO alert fires when both a long
// and a short window burn the error budget faster than a factor; the short window makes it reset quickly
// after recovery. The window pairs are data (as sloth's google-30d windows), not code.
export interface BurnWindow {
  severity: 'page' | 'ticket';
  longMinutes: number;
  shortMinutes: number;
  /** Burn-rate factor: budget share × period / long window (2% of 30 d in 1 h → 14.4). */
  factor: number;
}

export const DEFAULT_BURN_WINDOWS: BurnWindow[] = [
  { severity: 'page', longMinutes: 60, shortMinutes: 5, factor: 14.4 },
  { severity: 'ticket', longMinutes: 360, shortMinutes: 30, factor: 6 },
];

/** Factor that spends `budgetShare` of a `periodDays` budget in `longMinutes` (0.02, 30 d, 60 min → 14.4). */
export function burnFactor(budgetShare: number, periodDays: number, longMinutes: number): number {
  return (budgetShare * periodDays * 24 * 60) / longMinutes;
}

/** Error ratio divided by the allowed error ratio (1 − objective). 1 spends the budget exactly over the period. */
export function burnRate(bad: number, total: number, objective: number): number {
  if (total <= 0) return 0;
  return bad / total / (1 - objective);
}

/** Share of the period's error budget still unspent (negative when overspent). */
export function budgetRemaining(bad: number, total: number, objective: number): number {
  if (total <= 0) return 1;
  return 1 - bad / total / (1 - objective);
}

export interface WindowCounts {
  bad: number;
  total: number;
}

export interface BurnAlert {
  severity: BurnWindow['severity'];
  firing: boolean;
  longBurn: number;
  shortBurn: number;
  factor: number;
  longMinutes: number;
  shortMinutes: number;
}

/** Evaluates every window pair; `counts(minutes)` returns bad/total events over the last `minutes`. */
export function evaluateBurn(
  objective: number,
  counts: (minutes: number) => WindowCounts,
  windows: BurnWindow[] = DEFAULT_BURN_WINDOWS,
): BurnAlert[] {
  return windows.map((w) => {
    const l = counts(w.longMinutes);
    const s = counts(w.shortMinutes);
    const longBurn = burnRate(l.bad, l.total, objective);
    const shortBurn = burnRate(s.bad, s.total, objective);
    return {
      severity: w.severity,
      firing: longBurn > w.factor && shortBurn > w.factor,
      longBurn,
      shortBurn,
      factor: w.factor,
      longMinutes: w.longMinutes,
      shortMinutes: w.shortMinutes,
    };
  });
}

// Prometheus gauges for model-performance monitoring, set after each evaluation (not per request): the value
// behind every monitor, drift statistics, SLO burn rates and budgets, alert counts by state, and feedback /
// judge score means with counts over the last evaluated window.
import { Gauge, type Registry } from 'prom-client';

export interface MonitoringMetrics {
  setMonitorValue(monitor: string, group: string, value: number): void;
  setDrift(monitor: string, feature: string, method: string, group: string, statistic: number, drifted: boolean): void;
  setSlo(slo: string, window: string, burnRate: number): void;
  setSloBudget(slo: string, remaining: number): void;
  setAlerts(counts: Record<string, number>): void;
  setScore(route: string, score: string, mean: number, count: number): void;
  /** Drops series of monitors or groups that no longer exist (before each evaluation writes its values). */
  reset(): void;
}

export function createMonitoringMetrics(registry: Registry): MonitoringMetrics {
  const g = (name: string, help: string, labelNames: string[]) => {
    const existing = registry.getSingleMetric(name);
    if (existing) return existing as Gauge<string>;
    return new Gauge({ name, help, labelNames, registers: [registry] });
  };
  const value = g('lintel_monitor_value', 'Latest value of a monitor (signal or drift statistic)', [
    'monitor',
    'group',
  ]);
  const drift = g('lintel_drift_statistic', 'Drift statistic of a feature (p-value, distance or ROC AUC)', [
    'monitor',
    'feature',
    'method',
    'group',
  ]);
  const drifted = g('lintel_drift_detected', '1 when the feature drifted in the last evaluation', [
    'monitor',
    'feature',
    'group',
  ]);
  const burn = g('lintel_slo_burn_rate', 'Error-budget burn rate over a window', ['slo', 'window']);
  const budget = g('lintel_slo_error_budget_remaining', 'Share of the SLO period error budget left', ['slo']);
  const alerts = g('lintel_alerts', 'Alerts by state', ['state']);
  const score = g('lintel_score_mean', 'Mean feedback / judge score over the last evaluated window', [
    'route',
    'score',
  ]);
  const scoreCount = g('lintel_score_count', 'Scores counted over the last evaluated window', ['route', 'score']);
  return {
    setMonitorValue: (m, group, v) => value.set({ monitor: m, group }, v),
    setDrift: (m, feature, method, group, s, d) => {
      drift.set({ monitor: m, feature, method, group }, s);
      drifted.set({ monitor: m, feature, group }, d ? 1 : 0);
    },
    setSlo: (slo, window, b) => burn.set({ slo, window }, b),
    setSloBudget: (slo, r) => budget.set({ slo }, r),
    setAlerts: (counts) => {
      for (const state of ['pending', 'firing', 'resolved', 'inactive']) alerts.set({ state }, counts[state] ?? 0);
    },
    setScore: (route, s, mean, count) => {
      score.set({ route, score: s }, mean);
      scoreCount.set({ route, score: s }, count);
    },
    reset: () => {
      for (const m of [value, drift, drifted, burn, budget, score, scoreCount]) m.reset();
    },
  };
}

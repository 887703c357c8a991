// Equivalent Prometheus alerting rules for teams that alert through Alertmanager: signal monitors on error
// rate and latency quantiles become expressions over Lintel's own request metrics; other signals and drift
// use the gauges the evaluator exports (lintel_monitor_value, lintel_drift_detected); SLOs become the
// multi-window multi-burn-rate pairs of the SRE workbook.
import { stringify } from 'yaml';
import type { MonitorSpec, SloSpec } from '../definitions.ts';
import { DEFAULT_BURN_WINDOWS } from '../slo/burn-rate.ts';

interface Rule {
  alert: string;
  expr: string;
  for?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
const alertName = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_');

function selector(filter: MonitorSpec['filter'], extra: string[] = []): string {
  const parts = [...extra];
  if (filter.route) parts.push(`route="${esc(filter.route)}"`);
  if (filter.model) parts.push(`model="${esc(filter.model)}"`);
  return `{${parts.join(',')}}`;
}

function ratio(filter: MonitorSpec['filter'], bad: string, range: string): string {
  return `sum(rate(lintel_requests_total${selector(filter, [bad])}[${range}])) / sum(rate(lintel_requests_total${selector(filter)}[${range}]))`;
}

function monitorExpr(m: MonitorSpec): string {
  const range = `${m.window_minutes}m`;
  if (m.kind === 'drift') return `lintel_drift_detected{monitor="${esc(m.name)}"} == 1`;
  const metric = m.metric as string;
  const t = m.threshold as number;
  if (metric === 'error_rate') return `${ratio(m.filter, 'status_class=~"4xx|5xx"', range)} ${m.op} ${t}`;
  if (metric === 'failure_rate') return `${ratio(m.filter, 'status_class="5xx"', range)} ${m.op} ${t}`;
  const q = /^(latency_ms|ttft_ms)\.p(\d+(?:\.\d+)?)$/.exec(metric);
  if (q) {
    const hist =
      q[1] === 'latency_ms' ? 'lintel_request_duration_seconds_bucket' : 'lintel_time_to_first_token_seconds_bucket';
    return `histogram_quantile(${Number(q[2]) / 100}, sum by (le) (rate(${hist}${selector(m.filter)}[${range}]))) ${m.op} ${t / 1000}`;
  }
  return `lintel_monitor_value{monitor="${esc(m.name)}"} ${m.op} ${t}`;
}

function sloRules(s: SloSpec): Rule[] {
  const allowed = Number((1 - s.objective).toPrecision(6));
  return DEFAULT_BURN_WINDOWS.map((w) => {
    const bad = (range: string) => {
      if (s.sli === 'availability') return ratio(s.filter, 'status_class="5xx"', range);
      if (s.sli === 'latency') {
        const le = `le="${(s.latency_threshold_ms as number) / 1000}"`;
        return `(1 - sum(rate(lintel_request_duration_seconds_bucket${selector(s.filter, [le])}[${range}])) / sum(rate(lintel_request_duration_seconds_count${selector(s.filter)}[${range}])))`;
      }
      return null;
    };
    const long = bad(`${w.longMinutes}m`);
    const short = bad(`${w.shortMinutes}m`);
    const expr =
      long && short
        ? `(${long}) > (${w.factor} * ${allowed}) and (${short}) > (${w.factor} * ${allowed})`
        : `lintel_slo_burn_rate{slo="${esc(s.name)}",window="${w.severity}"} > ${w.factor}`;
    return {
      alert: alertName(`SLO_${s.name}_${w.severity}`),
      expr,
      labels: { severity: w.severity, slo: s.name, ...s.labels },
      annotations: {
        summary: `SLO ${s.name} burning its error budget over ${w.factor}× (${w.longMinutes}m and ${w.shortMinutes}m windows)`,
      },
    };
  });
}

export function prometheusRules(monitors: MonitorSpec[], slos: SloSpec[]): string {
  const monitorRules: Rule[] = monitors.map((m) => ({
    alert: alertName(m.name),
    expr: monitorExpr(m),
    ...(m.for_minutes > 0 ? { for: `${m.for_minutes}m` } : {}),
    labels: { severity: m.severity, ...m.labels },
    annotations: { summary: m.description ?? `${m.kind === 'drift' ? `${m.feature} drift` : m.metric} on ${m.name}` },
  }));
  return stringify({
    groups: [
      { name: 'lintel-monitors', rules: monitorRules },
      { name: 'lintel-slos', rules: slos.flatMap(sloRules) },
    ],
  });
}

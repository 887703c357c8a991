// Prometheus alerting rules for a Lintel fleet, as code: one list, rendered to deploy/prometheus/lintel-rules.yaml.
// Every expression names only metrics a running node exports (checked by deploy.test.ts against a live scrape).
import { stringify } from 'yaml';

export interface AlertRule {
  alert: string;
  expr: string;
  for: string;
  severity: 'page' | 'ticket';
  summary: string;
  /** What to do, in a sentence (the runbook in docs/operations.md has the long form). */
  action: string;
}

export const ALERT_RULES: AlertRule[] = [
  {
    alert: 'LintelHighErrorRate',
    expr: 'sum(rate(lintel_requests_total{status=~"5.."}[5m])) / clamp_min(sum(rate(lintel_requests_total[5m])), 1e-9) > 0.05',
    for: '5m',
    severity: 'page',
    summary: 'More than 5% of calls through Lintel fail with a 5xx',
    action:
      'Check lintel_upstream_errors_total by provider and the circuit states; stop a failing target with the kill switch.',
  },
  {
    alert: 'LintelHighLatencyP95',
    expr: 'histogram_quantile(0.95, sum by (le) (rate(lintel_request_duration_seconds_bucket[5m]))) > 30',
    for: '10m',
    severity: 'ticket',
    summary: 'p95 request duration above 30 s',
    action: 'Compare with lintel_time_to_first_token_seconds; a slow provider shows in the per-target latency.',
  },
  {
    alert: 'LintelCircuitOpen',
    expr: 'max by (target) (lintel_circuit_state) == 2',
    for: '2m',
    severity: 'ticket',
    summary: 'A target circuit breaker has been open for 2 minutes',
    action: 'The target is failing; traffic falls back. Check the provider status and lintel_upstream_errors_total.',
  },
  {
    alert: 'LintelRecordLag',
    expr: 'max(lintel_record_write_lag_seconds) > 30 or max(lintel_record_queue_depth) > 5000',
    for: '5m',
    severity: 'ticket',
    summary: 'Request records are written late or pile up',
    action: 'The store is slow or down; records spool to disk. Check PostgreSQL and lintel_store_up.',
  },
  {
    alert: 'LintelSpoolGrowing',
    expr: 'max(lintel_record_spooled_records) > 0 and deriv(max(lintel_record_spooled_records)[10m:1m]) > 0',
    for: '10m',
    severity: 'page',
    summary: 'The record spool keeps growing: the store has not accepted records for 10 minutes',
    action: 'Restore the store; the spool replays by itself. Watch disk space on the data volume.',
  },
  {
    alert: 'LintelRedisLostLimitState',
    expr: 'sum(increase(lintel_limits_rebuilds_total{kind="restored"}[10m])) > 0',
    for: '0m',
    severity: 'ticket',
    summary: 'Redis had lost the limit and budget state of a tenant; it was rebuilt from the request log',
    action:
      'Redis restarted without persistence, failed over to an empty replica, or evicted keys: check appendonly and maxmemory-policy.',
  },
  {
    alert: 'LintelStoreDown',
    expr: 'min(lintel_store_up) == 0',
    for: '2m',
    severity: 'page',
    summary: 'A node cannot reach its store (it keeps serving; records spool)',
    action: 'Restore PostgreSQL; nodes stay ready and answer calls meanwhile.',
  },
  {
    alert: 'LintelBudgetRejections',
    expr: 'sum(increase(lintel_budget_rejections_total[15m])) > 0',
    for: '0m',
    severity: 'ticket',
    summary: 'Calls are refused because a budget is exhausted',
    action: 'Raise the budget of the tenant or key (admin API or console) or let the period roll over.',
  },
  {
    alert: 'LintelAuditCheckpointStale',
    expr: 'time() - max(lintel_audit_last_checkpoint_timestamp_seconds) > 7200',
    for: '10m',
    severity: 'ticket',
    summary: 'No signed audit checkpoint for 2 hours',
    action: 'Check the node logs for checkpoint sink errors; run POST /admin/audit/checkpoint.',
  },
  {
    alert: 'LintelSinkBacklog',
    expr: 'max by (sink) (lintel_sink_spooled_events) > 0',
    for: '10m',
    severity: 'ticket',
    summary: 'A streaming sink (SIEM, log pipeline) has not taken events for 10 minutes; they wait in its spool',
    action: 'Check the receiver and the node log for the sink; the spool replays in order once it answers.',
  },
  {
    alert: 'LintelSinkRejecting',
    expr: 'sum by (sink) (increase(lintel_sink_rejected_events_total[15m])) > 0',
    for: '0m',
    severity: 'ticket',
    summary: 'A streaming sink refused events (4xx); they were set aside in its rejected-*.jsonl file',
    action: 'Fix the token, index or mapping named in the log, then re-send the rejected file (docs/integrations.md).',
  },
  {
    alert: 'LintelNodeNotReady',
    expr: 'min(lintel_ready) == 0',
    for: '5m',
    severity: 'page',
    summary: 'A node reports not ready (starting, draining, or limits unavailable)',
    action: 'See GET /status on the node; a node stuck draining should be restarted.',
  },
];

/** The rules file Prometheus loads (rule_files:) — also the PrometheusRule spec in the Helm chart. */
export function renderAlertRules(): string {
  const doc = {
    groups: [
      {
        name: 'lintel',
        rules: ALERT_RULES.map((r) => ({
          alert: r.alert,
          expr: r.expr,
          for: r.for,
          labels: { severity: r.severity },
          annotations: { summary: r.summary, action: r.action, runbook: 'docs/operations.md#alerts' },
        })),
      },
    ],
  };
  return `# Generated by src/ops/alert-rules.ts (npm run ops:render); do not edit by hand.\n${stringify(doc, { lineWidth: 0 })}`;
}

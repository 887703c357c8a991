// The Grafana dashboard for a Lintel fleet, as code: rendered to deploy/grafana/lintel.json (provisioned by the
// compose file and the Helm chart's ConfigMap). Every query names only metrics a running node exports.

export interface Panel {
  title: string;
  unit: string;
  /** PromQL, one per series; `legend` uses Grafana's {{label}} syntax. */
  targets: { expr: string; legend: string }[];
}

export const ROWS: { title: string; panels: Panel[] }[] = [
  {
    title: 'Traffic',
    panels: [
      {
        title: 'Requests per second by status',
        unit: 'reqps',
        targets: [{ expr: 'sum by (status) (rate(lintel_requests_total[$__rate_interval]))', legend: '{{status}}' }],
      },
      {
        title: 'Error ratio (5xx)',
        unit: 'percentunit',
        targets: [
          {
            expr: 'sum(rate(lintel_requests_total{status=~"5.."}[$__rate_interval])) / clamp_min(sum(rate(lintel_requests_total[$__rate_interval])), 1e-9)',
            legend: '5xx',
          },
        ],
      },
      {
        title: 'Requests by model',
        unit: 'reqps',
        targets: [{ expr: 'sum by (model) (rate(lintel_requests_total[$__rate_interval]))', legend: '{{model}}' }],
      },
    ],
  },
  {
    title: 'Latency',
    panels: [
      {
        title: 'Request duration p50 / p95 / p99',
        unit: 's',
        targets: [0.5, 0.95, 0.99].map((q) => ({
          expr: `histogram_quantile(${q}, sum by (le) (rate(lintel_request_duration_seconds_bucket[$__rate_interval])))`,
          legend: `p${q * 100}`,
        })),
      },
      {
        title: 'Time to first token p50 / p95',
        unit: 's',
        targets: [0.5, 0.95].map((q) => ({
          expr: `histogram_quantile(${q}, sum by (le) (rate(lintel_time_to_first_token_seconds_bucket[$__rate_interval])))`,
          legend: `p${q * 100}`,
        })),
      },
    ],
  },
  {
    title: 'Tokens and cost',
    panels: [
      {
        title: 'Tokens per second by type',
        unit: 'short',
        targets: [{ expr: 'sum by (type) (rate(lintel_tokens_total[$__rate_interval]))', legend: '{{type}}' }],
      },
      {
        title: 'Cost per hour (USD) by model',
        unit: 'currencyUSD',
        targets: [
          { expr: 'sum by (model) (rate(lintel_cost_usd_total[$__rate_interval])) * 3600', legend: '{{model}}' },
        ],
      },
    ],
  },
  {
    title: 'Guardrails, limits, budgets, cache',
    panels: [
      {
        title: 'Guardrail decisions by guard and action',
        unit: 'short',
        targets: [
          {
            expr: 'sum by (guard, action) (rate(lintel_guardrail_decisions_total[$__rate_interval]))',
            legend: '{{guard}} {{action}}',
          },
        ],
      },
      {
        title: 'Limit and budget rejections',
        unit: 'short',
        targets: [
          { expr: 'sum by (limit) (rate(lintel_limiter_rejections_total[$__rate_interval]))', legend: '{{limit}}' },
          { expr: 'sum(rate(lintel_budget_rejections_total[$__rate_interval]))', legend: 'budget' },
          {
            expr: 'sum(increase(lintel_limits_rebuilds_total{kind="restored"}[$__rate_interval]))',
            legend: 'limit state rebuilt (Redis lost it)',
          },
        ],
      },
      {
        title: 'Cache lookups by result',
        unit: 'short',
        targets: [
          { expr: 'sum by (result) (rate(lintel_cache_requests_total[$__rate_interval]))', legend: '{{result}}' },
        ],
      },
    ],
  },
  {
    title: 'Resilience and the record pipeline',
    panels: [
      {
        title: 'Circuit state by target (0 closed, 1 half-open, 2 open)',
        unit: 'short',
        targets: [{ expr: 'max by (target) (lintel_circuit_state)', legend: '{{target}}' }],
      },
      {
        title: 'Upstream errors by provider and class',
        unit: 'short',
        targets: [
          {
            expr: 'sum by (provider, error) (rate(lintel_upstream_errors_total[$__rate_interval]))',
            legend: '{{provider}} {{error}}',
          },
        ],
      },
      {
        title: 'Record queue, write lag, spool',
        unit: 'short',
        targets: [
          { expr: 'max(lintel_record_queue_depth)', legend: 'queue depth' },
          { expr: 'max(lintel_record_write_lag_seconds)', legend: 'write lag (s)' },
          { expr: 'max(lintel_record_spooled_records)', legend: 'spooled records' },
        ],
      },
      {
        title: 'Nodes ready / store up',
        unit: 'short',
        targets: [
          { expr: 'sum(lintel_ready)', legend: 'ready nodes' },
          { expr: 'sum(lintel_store_up)', legend: 'store reachable' },
        ],
      },
    ],
  },
];

export function renderDashboard(): Record<string, unknown> {
  const panels: unknown[] = [];
  let id = 1;
  let y = 0;
  for (const row of ROWS) {
    panels.push({ id: id++, type: 'row', title: row.title, collapsed: false, gridPos: { h: 1, w: 24, x: 0, y } });
    y += 1;
    const w = Math.floor(24 / row.panels.length);
    row.panels.forEach((p, i) => {
      panels.push({
        id: id++,
        type: 'timeseries',
        title: p.title,
        datasource: { type: 'prometheus', uid: '${datasource}' },
        gridPos: { h: 8, w, x: i * w, y },
        fieldConfig: { defaults: { unit: p.unit }, overrides: [] },
        options: { legend: { displayMode: 'list', placement: 'bottom' }, tooltip: { mode: 'multi' } },
        targets: p.targets.map((t, j) => ({
          refId: String.fromCharCode(65 + j),
          expr: t.expr,
          legendFormat: t.legend,
          datasource: { type: 'prometheus', uid: '${datasource}' },
        })),
      });
    });
    y += 8;
  }
  return {
    uid: 'lintel-fleet',
    title: 'Lintel',
    tags: ['lintel', 'ai-gateway'],
    timezone: 'browser',
    schemaVersion: 39,
    version: 1,
    refresh: '30s',
    time: { from: 'now-6h', to: 'now' },
    templating: {
      list: [{ name: 'datasource', type: 'datasource', query: 'prometheus', label: 'Prometheus', current: {} }],
    },
    panels,
  };
}

/** Every PromQL expression the dashboard runs. */
export function dashboardExpressions(): string[] {
  return ROWS.flatMap((r) => r.panels.flatMap((p) => p.targets.map((t) => t.expr)));
}

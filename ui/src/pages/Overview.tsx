// Overview: traffic, errors, latency, tokens and cost over time (from the rollups); top models, keys and
// tenants; guardrail blocks; circuit-breaker states.
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { api } from '../api.ts';
import { useSignedIn } from '../App.tsx';
import { Card, DataTable } from '../components/CardTable.tsx';
import { TimeControls, useTimeControls } from '../components/controls.tsx';
import { Loading, QueryView } from '../components/states.tsx';
import { fmtInt, fmtMs, fmtPct, fmtTokens, fmtUsd, rangeBounds } from '../format.ts';
import { can } from '../session.ts';
import type { Overview as OverviewData, RoutesStatus } from '../types.ts';

const loadChart = () => import('../components/Chart.tsx');
const Chart = lazy(loadChart);

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="stat">
      <div className="stat-label">{label}</div>
      <div className="stat-value">{value}</div>
    </div>
  );
}

type Point = OverviewData['series'][number];
/** The four charts: a title and its lines (label, colour, the value of a bucket). */
const CHARTS: { title: string; format?: (v: number) => string; lines: [string, string, (p: Point) => number][] }[] = [
  {
    title: 'Requests and errors',
    lines: [
      ['requests', '#3b82f6', (p) => p.requests],
      ['errors', '#ef4444', (p) => p.errors],
    ],
  },
  { title: 'Average latency (ms)', lines: [['avg latency ms', '#8b5cf6', (p) => Math.round(p.avg_latency_ms)]] },
  {
    title: 'Tokens',
    lines: [
      ['input', '#10b981', (p) => p.input_tokens],
      ['output', '#f59e0b', (p) => p.output_tokens],
    ],
  },
  { title: 'Cost (USD)', format: (v) => fmtUsd(v), lines: [['cost', '#ec4899', (p) => p.cost_usd]] },
];

type TopRow = OverviewData['top']['models'][number];

function Top({ title, rows }: { title: string; rows: TopRow[] }) {
  if (rows.length === 0) return null;
  return (
    <Card title={title}>
      <DataTable<TopRow>
        label={title}
        rows={rows}
        rowKey={(r) => r.value}
        columns={[
          { head: 'Name', cell: (r) => r.value },
          { head: 'Requests', num: true, cell: (r) => fmtInt(r.requests) },
          { head: 'Tokens', num: true, cell: (r) => fmtTokens(r.tokens) },
          { head: 'Cost', num: true, cell: (r) => fmtUsd(r.cost_usd) },
        ]}
      />
    </Card>
  );
}

export default function Overview() {
  const session = useSignedIn();
  // The chart code loads while the data does, not after it.
  useEffect(() => {
    loadChart();
  }, []);
  const { range, refetchInterval } = useTimeControls();
  const q = useQuery({
    queryKey: ['overview', range],
    queryFn: () => api<OverviewData>('/admin/console/overview', { query: rangeBounds(range) }),
    refetchInterval,
    placeholderData: (prev) => prev,
  });
  const routes = useQuery({
    queryKey: ['routes'],
    queryFn: () => api<RoutesStatus>('/admin/console/routes'),
    enabled: can(session, 'read_config'),
    refetchInterval,
  });
  return (
    <>
      <div className="page-head">
        <h1>Overview</h1>
        <TimeControls />
      </div>
      <QueryView q={q}>
        {(d) => {
          const x = d.series.map((s) => s.bucket);
          return (
            <>
              <section className="stats" aria-label="Totals">
                <Stat label="Requests" value={fmtInt(d.totals.requests)} />
                <Stat label="Error rate" value={fmtPct(d.totals.error_rate)} />
                <Stat label="p50 latency" value={fmtMs(d.latency.p50_ms)} />
                <Stat label="p95 latency" value={fmtMs(d.latency.p95_ms)} />
                <Stat label="p99 latency" value={fmtMs(d.latency.p99_ms)} />
                <Stat label="TTFT p50" value={fmtMs(d.latency.ttft_p50_ms)} />
                <Stat label="TTFT p95" value={fmtMs(d.latency.ttft_p95_ms)} />
                <Stat label="Tokens" value={fmtTokens(d.totals.input_tokens + d.totals.output_tokens)} />
                <Stat label="Cost" value={fmtUsd(d.totals.cost_usd)} />
              </section>
              {d.series.length === 0 ? (
                <p className="empty">
                  No traffic in this time range yet. Send a request through the gateway and it shows here.
                </p>
              ) : (
                <Suspense fallback={<Loading label="Loading charts" />}>
                  <div className="grid2">
                    {CHARTS.map((c) => (
                      <Chart
                        key={c.title}
                        range={[d.from, d.to]}
                        title={c.title}
                        x={x}
                        format={c.format}
                        series={c.lines.map(([label, color, value]) => ({
                          label,
                          color,
                          values: d.series.map(value),
                        }))}
                      />
                    ))}
                  </div>
                </Suspense>
              )}
              <p className="muted">
                {d.latency.source === 'sketches'
                  ? `Latency percentiles over all ${fmtInt(d.latency.sample_size)} requests in the range (merged monitoring sketches, within 1 %)`
                  : `Latency percentiles over your newest ${fmtInt(d.latency.sample_size)} requests in the range`}
                ; everything else from the usage rollups ({d.granularity}ly buckets).
              </p>
              <div className="grid3">
                <Top title="Top models" rows={d.top.models} />
                <Top title="Top keys" rows={d.top.keys} />
                <Top title="Top tenants" rows={d.top.tenants} />
              </div>
              <Card title="Guardrail blocks">
                {d.guardrail_blocks.length === 0 ? (
                  <p className="muted">No blocks in this range.</p>
                ) : (
                  <ul>
                    {d.guardrail_blocks.map((b) => (
                      <li key={b.guard}>
                        {b.guard}: <strong>{fmtInt(b.blocks)}</strong>
                      </li>
                    ))}
                  </ul>
                )}
              </Card>
            </>
          );
        }}
      </QueryView>
      {routes.data ? (
        <Card title="Circuit breakers">
          <ul className="chips">
            {routes.data.data.flatMap((r) =>
              r.targets.map((t) => (
                <li key={`${r.model}/${t.id}`} className={`chip circuit-${t.circuit}`}>
                  {r.model} → {t.id}: {t.circuit}
                </li>
              )),
            )}
          </ul>
        </Card>
      ) : null}
    </>
  );
}

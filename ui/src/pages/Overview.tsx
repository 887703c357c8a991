// Overview: traffic, errors, latency, tokens and cost over time (from the rollups); top models, keys and
// tenants; guardrail blocks; circuit-breaker states.
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { api } from '../api.ts';
import { useSignedIn } from '../App.tsx';
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

function Top({ title, rows }: { title: string; rows: OverviewData['top']['models'] }) {
  if (rows.length === 0) return null;
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col" className="num">
              Requests
            </th>
            <th scope="col" className="num">
              Tokens
            </th>
            <th scope="col" className="num">
              Cost
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.value}>
              <td>{r.value}</td>
              <td className="num">{fmtInt(r.requests)}</td>
              <td className="num">{fmtTokens(r.tokens)}</td>
              <td className="num">{fmtUsd(r.cost_usd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
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
                    <Chart
                      range={[d.from, d.to]}
                      title="Requests and errors"
                      x={x}
                      series={[
                        { label: 'requests', values: d.series.map((s) => s.requests), color: '#3b82f6' },
                        { label: 'errors', values: d.series.map((s) => s.errors), color: '#ef4444' },
                      ]}
                    />
                    <Chart
                      range={[d.from, d.to]}
                      title="Average latency (ms)"
                      x={x}
                      series={[
                        {
                          label: 'avg latency ms',
                          values: d.series.map((s) => Math.round(s.avg_latency_ms)),
                          color: '#8b5cf6',
                        },
                      ]}
                    />
                    <Chart
                      range={[d.from, d.to]}
                      title="Tokens"
                      x={x}
                      series={[
                        { label: 'input', values: d.series.map((s) => s.input_tokens), color: '#10b981' },
                        { label: 'output', values: d.series.map((s) => s.output_tokens), color: '#f59e0b' },
                      ]}
                    />
                    <Chart
                      range={[d.from, d.to]}
                      title="Cost (USD)"
                      x={x}
                      format={(v) => fmtUsd(v)}
                      series={[{ label: 'cost', values: d.series.map((s) => s.cost_usd), color: '#ec4899' }]}
                    />
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
              <section className="card" aria-label="Guardrail blocks">
                <h2>Guardrail blocks</h2>
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
              </section>
            </>
          );
        }}
      </QueryView>
      {routes.data ? (
        <section className="card" aria-label="Circuit breakers">
          <h2>Circuit breakers</h2>
          <ul className="chips">
            {routes.data.data.flatMap((r) =>
              r.targets.map((t) => (
                <li key={`${r.model}/${t.id}`} className={`chip circuit-${t.circuit}`}>
                  {r.model} → {t.id}: {t.circuit}
                </li>
              )),
            )}
          </ul>
        </section>
      ) : null}
    </>
  );
}

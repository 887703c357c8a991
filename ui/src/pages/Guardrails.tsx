// Guardrails: hits by guard and action (block, redact, flag, log) over time, sample requests with a block,
// redaction or flag (positions and types only, values masked),
// and a "try it" box that runs text through chosen guard sets and highlights the detections (guardrails/try-it.tsx).
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { api } from '../api.ts';
import { useSignedIn } from '../App.tsx';
import { Card, DataTable } from '../components/CardTable.tsx';
import { Time, TimeControls, useTimeControls } from '../components/controls.tsx';
import { Loading, QueryView } from '../components/states.tsx';
import { fmtInt, rangeBounds } from '../format.ts';
import { can } from '../session.ts';
import { TryIt } from './guardrails/try-it.tsx';

const loadChart = () => import('../components/Chart.tsx');
const Chart = lazy(loadChart);
const COLORS = ['#ef4444', '#3b82f6', '#10b981', '#f59e0b', '#8b5cf6', '#ec4899'];

interface Hits {
  from: number;
  to: number;
  granularity: 'hour' | 'day';
  total: number;
  by_guard: { guard: string; action: string; hits: number }[];
  series: { bucket: number; guard: string; action: string; hits: number }[];
  samples: {
    id: string;
    received_at: number;
    model: string | null;
    status: number;
    decisions: {
      guard: string;
      detector: string;
      action: string;
      spans: { start: number; end: number; type: string }[];
    }[];
  }[];
}
type Sample = Hits['samples'][number];

/** Requests with a block, redaction or flag: where and what was found, never the values. */
function Samples({ samples }: { samples: Sample[] }) {
  return (
    <section className="card" aria-label="Sample requests with hits">
      <h2>Sample blocked, redacted or flagged requests</h2>
      <DataTable<Sample>
        label="Sample requests"
        rows={samples}
        rowKey={(r) => r.id}
        columns={[
          { head: 'Time', cell: (r) => <Time t={r.received_at} /> },
          { head: 'Request', cell: (r) => <a href={`#/requests?id=${encodeURIComponent(r.id)}`}>{r.id}</a> },
          { head: 'Model', cell: (r) => r.model ?? '—' },
          {
            head: 'Decisions (values masked)',
            cell: (r) =>
              r.decisions
                .map(
                  (x) =>
                    `${x.guard}:${x.action} [${x.spans.map((sp) => `${sp.type}@${sp.start}-${sp.end} ▇▇▇`).join(', ')}]`,
                )
                .join('; '),
          },
        ]}
      />
    </section>
  );
}

export default function Guardrails() {
  const s = useSignedIn();
  const { range, refetchInterval } = useTimeControls();
  const hits = useQuery({
    queryKey: ['guard-hits', range],
    enabled: can(s, 'audit'),
    queryFn: () => api<Hits>('/admin/console/guardrails', { query: rangeBounds(range) }),
    refetchInterval,
  });
  // One line per guard and action: "pii flag", "secrets redact", "prompt-injection block".
  const lines = [...new Set(hits.data?.series.map((p) => `${p.guard} ${p.action}`) ?? [])];
  const buckets = [...new Set(hits.data?.series.map((p) => p.bucket) ?? [])].sort((a, b) => a - b);
  return (
    <>
      <div className="page-head">
        <h1>Guardrails</h1>
        <TimeControls />
      </div>
      {can(s, 'audit') ? (
        <QueryView q={hits}>
          {(d) => (
            <>
              {d.total === 0 ? (
                <p className="empty">No guardrail hits in this range.</p>
              ) : (
                <Suspense fallback={<Loading />}>
                  <Chart
                    range={[d.from, d.to]}
                    title={`Hits per ${d.granularity} by guard and action`}
                    x={buckets}
                    series={lines.map((l, i) => ({
                      label: l,
                      color: COLORS[i % COLORS.length],
                      values: buckets.map(
                        (b) => d.series.find((p) => p.bucket === b && `${p.guard} ${p.action}` === l)?.hits ?? 0,
                      ),
                    }))}
                  />
                </Suspense>
              )}
              {d.by_guard.length ? (
                <Card title="Hits by guard and action">
                  <DataTable<Hits['by_guard'][number]>
                    label="Hits by guard and action"
                    rows={d.by_guard}
                    rowKey={(g) => `${g.guard}:${g.action}`}
                    columns={[
                      { head: 'Guard', cell: (g) => g.guard },
                      { head: 'Action', cell: (g) => g.action },
                      { head: 'Hits', num: true, cell: (g) => fmtInt(g.hits) },
                    ]}
                  />
                </Card>
              ) : null}
              {d.samples.length ? <Samples samples={d.samples} /> : null}
            </>
          )}
        </QueryView>
      ) : null}
      <TryIt />
    </>
  );
}

// Signals over time for a route / model / arm (filters in the URL), charted and per group in a table.
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { api } from '../../api.ts';
import { Card, DataTable } from '../../components/CardTable.tsx';
import { useTimeControls } from '../../components/controls.tsx';
import { Field, SelectField, text } from '../../components/forms.tsx';
import { Loading, QueryView } from '../../components/states.tsx';
import { fmtInt, fmtMs, fmtPct, fmtUsd, rangeBounds } from '../../format.ts';
import { useParams } from '../../route.ts';
import type { Signals } from '../../types.ts';
import { DIMS } from './common.ts';

export const loadChart = () => import('../../components/Chart.tsx');
const Chart = lazy(loadChart);

const STEP_MINUTES: Record<string, number> = { '1h': 1, '24h': 30, '7d': 240, '30d': 1440 };

interface SeriesPoint {
  at: number;
  requests: number;
  error_rate: number | null;
  latency_p50_ms: number | null;
  latency_p95_ms: number | null;
  cost_usd: number;
}
interface SignalsAnswer {
  from: number;
  to: number;
  data: { group: string; dimensions: Record<string, string>; signals: Signals }[];
  series: SeriesPoint[];
}

function SignalFilters() {
  const [params, set] = useParams();
  return (
    <form
      className="filters"
      aria-label="Signal filters"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const changes: Record<string, string | undefined> = {};
        for (const d of DIMS) changes[d] = text(f, d) || undefined;
        changes.group_by = String(f.get('group_by') ?? '') || undefined;
        set(changes);
      }}
    >
      {DIMS.map((d) => (
        // Keyed by the value too: a URL change remounts the field with the new default.
        <Field
          key={`${d}=${params[d] ?? ''}`}
          label={d[0].toUpperCase() + d.slice(1)}
          name={d}
          defaultValue={params[d] ?? ''}
        />
      ))}
      <SelectField
        label="Group by"
        name="group_by"
        defaultValue={params.group_by ?? 'route'}
        options={['route', 'model', 'arm', 'tenant']}
      />
      <button type="submit" className="primary">
        Apply
      </button>
    </form>
  );
}

function Charts({ d }: { d: SignalsAnswer }) {
  const x = d.series.map((p) => p.at);
  const range: [number, number] = [d.from, d.to];
  return (
    <Suspense fallback={<Loading label="Loading charts" />}>
      <div className="grid2">
        <Chart
          title="Requests"
          range={range}
          x={x}
          series={[{ label: 'requests', values: d.series.map((p) => p.requests), color: '#3b82f6' }]}
        />
        <Chart
          title="Error rate (%)"
          range={range}
          x={x}
          series={[
            {
              label: 'error rate %',
              values: d.series.map((p) => (p.error_rate === null ? null : p.error_rate * 100)),
              color: '#ef4444',
            },
          ]}
        />
        <Chart
          title="Latency (ms)"
          range={range}
          x={x}
          series={[
            { label: 'p50', values: d.series.map((p) => p.latency_p50_ms), color: '#8b5cf6' },
            { label: 'p95', values: d.series.map((p) => p.latency_p95_ms), color: '#f59e0b' },
          ]}
        />
        <Chart
          title="Cost (USD)"
          range={range}
          x={x}
          format={(v) => fmtUsd(v)}
          series={[{ label: 'cost', values: d.series.map((p) => p.cost_usd), color: '#ec4899' }]}
        />
      </div>
    </Suspense>
  );
}

type Group = SignalsAnswer['data'][number];

export function SignalsView() {
  const [params] = useParams();
  const { range, refetchInterval } = useTimeControls();
  const groupBy = params.group_by ?? 'route';
  const filter = { route: params.route, model: params.model, arm: params.arm };
  const q = useQuery({
    queryKey: ['signals', range, groupBy, filter],
    queryFn: () => {
      const { from, to } = rangeBounds(range);
      return api<SignalsAnswer>('/admin/monitors/signals', {
        query: { from, to, group_by: groupBy, step_minutes: STEP_MINUTES[range] ?? 30, ...filter },
      });
    },
    refetchInterval,
    placeholderData: (prev) => prev,
  });
  return (
    <Card title="Signals">
      <SignalFilters />
      <QueryView q={q} empty={(d) => d.data.length === 0}>
        {(d) => (
          <>
            <Charts d={d} />
            <DataTable<Group>
              label={`Signals by ${groupBy}`}
              rows={d.data}
              rowKey={(g) => g.group}
              columns={[
                { head: groupBy, cell: (g) => g.group || '(none)' },
                { head: 'Requests', num: true, cell: (g) => fmtInt(g.signals.requests) },
                { head: 'Error rate', num: true, cell: (g) => fmtPct(g.signals.error_rate) },
                { head: 'p50 latency', num: true, cell: (g) => fmtMs(g.signals.latency_ms.p50) },
                { head: 'p95 latency', num: true, cell: (g) => fmtMs(g.signals.latency_ms.p95) },
                { head: 'TTFT p50', num: true, cell: (g) => fmtMs(g.signals.ttft_ms.p50) },
                { head: 'Cost / request', num: true, cell: (g) => fmtUsd(g.signals.cost_per_request) },
                { head: 'Refusals', num: true, cell: (g) => fmtPct(g.signals.refusal_rate) },
                { head: 'Guardrail hits', num: true, cell: (g) => fmtPct(g.signals.guardrail_hit_rate) },
              ]}
            />
          </>
        )}
      </QueryView>
    </Card>
  );
}

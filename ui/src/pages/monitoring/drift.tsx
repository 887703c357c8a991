// Drift of the selected range against the period of the same length before it, computed on demand.
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { Card, DataTable } from '../../components/CardTable.tsx';
import { useTimeControls } from '../../components/controls.tsx';
import { ErrorBox, Loading } from '../../components/states.tsx';
import { fmtInt, fmtPct, RANGES, rangeBounds } from '../../format.ts';
import { useParams } from '../../route.ts';
import type { DriftResult } from '../../types.ts';
import { DIMS, num } from './common.ts';

export function Drift() {
  const [params] = useParams();
  const { range } = useTimeControls();
  const filter = Object.fromEntries(DIMS.flatMap((d) => (params[d] ? [[d, params[d]]] : [])));
  const m = useMutation({
    mutationFn: () => {
      const { from, to } = rangeBounds(range);
      const span = RANGES[range] ?? to - from;
      return api<{ dataset: { share: number; drifted: boolean; evaluated: number }; results: DriftResult[] }>(
        '/admin/monitors/drift',
        { method: 'POST', body: { filter, current: { from, to }, reference: { from: from - span, to: from } } },
      );
    },
  });
  return (
    <Card title="Drift">
      <p className="muted">The selected time range against the period of the same length before it.</p>
      <button type="button" onClick={() => m.mutate()} disabled={m.isPending}>
        Compute drift
      </button>
      {m.isPending ? <Loading label="Computing drift" /> : null}
      {m.error ? <ErrorBox error={m.error} title="Drift not computed" /> : null}
      {m.data ? (
        <>
          <p role="status">
            {m.data.dataset.drifted ? 'Dataset drift' : 'No dataset drift'}: {fmtPct(m.data.dataset.share)} of{' '}
            {m.data.dataset.evaluated} evaluated features drifted.
          </p>
          <DataTable
            label="Drift results"
            rows={m.data.results}
            rowKey={(r) => r.feature}
            columns={[
              { head: 'Feature', cell: (r) => r.feature },
              { head: 'Method', cell: (r) => r.method },
              {
                head: 'Status',
                tone: (r) => (r.drifted ? 'bad' : undefined),
                cell: (r) => (r.drifted ? 'drifted' : r.status),
              },
              { head: 'Statistic', num: true, cell: (r) => num(r.statistic) },
              {
                head: 'p-value / distance',
                num: true,
                cell: (r) => (r.pValue !== null ? num(r.pValue, 4) : num(r.distance)),
              },
              { head: 'Threshold', num: true, cell: (r) => num(r.threshold) },
              { head: 'n (ref / cur)', num: true, cell: (r) => `${fmtInt(r.nReference)} / ${fmtInt(r.nCurrent)}` },
              {
                head: 'Top contributors',
                cell: (r) =>
                  r.top
                    .slice(0, 3)
                    .map((t) => t.name)
                    .join(', ') || '—',
              },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}

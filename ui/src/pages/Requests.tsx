// Requests: the request log with filters and cursor paging (all in the URL), and a detail drawer for the
// selected request (requests/drawer.tsx).
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { DataTable } from '../components/CardTable.tsx';
import { Time, TimeControls, useTimeControls } from '../components/controls.tsx';
import { QueryView } from '../components/states.tsx';
import { fmtInt, fmtMs, fmtUsd, rangeBounds } from '../format.ts';
import { useParams } from '../route.ts';
import type { RequestRecord } from '../types.ts';
import { Drawer } from './requests/drawer.tsx';
import { Filters } from './requests/filters.tsx';

/** Previous / Next page: the cursors already visited are kept in the URL (`prev`) so Previous can go back. */
function Pager({ next }: { next: string | null }) {
  const [params, set] = useParams();
  const prev = params.prev ? params.prev.split(',') : [];
  return (
    <div className="row">
      <button
        type="button"
        disabled={prev.length === 0}
        onClick={() => {
          const back = [...prev];
          const cursor = back.pop();
          set({ cursor: cursor || undefined, prev: back.length ? back.join(',') : undefined });
        }}
      >
        Previous page
      </button>
      <button
        type="button"
        disabled={!next}
        onClick={() => set({ cursor: next ?? undefined, prev: [...prev, params.cursor ?? ''].join(',') })}
      >
        Next page
      </button>
    </div>
  );
}

export default function Requests() {
  const [params, set] = useParams();
  const { range, refetchInterval } = useTimeControls();
  const filters = {
    model: params.model,
    status: params.status,
    key_id: params.key_id,
    tenant: params.tenant,
    route: params.route,
    guard: params.guard,
    tag: params.tag,
    q: params.q,
    cursor: params.cursor,
  };
  const q = useQuery({
    queryKey: ['requests', range, filters],
    queryFn: () =>
      api<{ data: RequestRecord[]; next_cursor: string | null }>('/admin/requests', {
        query: { ...filters, ...rangeBounds(range), limit: 50 },
      }),
    refetchInterval,
    placeholderData: (prev) => prev,
  });
  return (
    <div className={params.id ? 'with-drawer' : ''}>
      <div className="page-head">
        <h1>Requests</h1>
        <TimeControls />
      </div>
      <Filters />
      <QueryView q={q} empty={(d) => d.data.length === 0}>
        {(d) => (
          <>
            <DataTable<RequestRecord>
              label="Requests"
              className="clickable"
              rows={d.data}
              rowKey={(r) => r.id}
              selected={(r) => params.id === r.id}
              columns={[
                { head: 'Time', cell: (r) => <Time t={r.receivedAt} /> },
                {
                  head: 'Request id',
                  cell: (r) => (
                    <button type="button" className="link" onClick={() => set({ id: r.id })}>
                      {r.id}
                    </button>
                  ),
                },
                { head: 'Model', cell: (r) => r.modelRequested ?? '—' },
                { head: 'Route', cell: (r) => r.route ?? '—' },
                { head: 'Key', cell: (r) => r.keyId ?? 'master' },
                { head: 'Guardrails', cell: (r) => [...new Set(r.guardrails.map((g) => g.action))].join(', ') || '—' },
                { head: 'Status', tone: (r) => (r.status >= 400 ? 'bad' : undefined), cell: (r) => r.status },
                { head: 'Latency', num: true, cell: (r) => fmtMs(r.doneAt - r.receivedAt) },
                { head: 'Tokens', num: true, cell: (r) => fmtInt((r.inputTokens ?? 0) + (r.outputTokens ?? 0)) },
                { head: 'Cost', num: true, cell: (r) => fmtUsd(r.costUsd) },
              ]}
            />
            <Pager next={d.next_cursor} />
          </>
        )}
      </QueryView>
      {params.id ? <Drawer id={params.id} onClose={() => set({ id: undefined })} /> : null}
    </div>
  );
}

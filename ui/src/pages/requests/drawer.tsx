// The detail drawer of one request: attempts, tokens, cost, guardrail decisions, the explanation, and bodies
// when the caller may read them. Escape closes it.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api } from '../../api.ts';
import { CallFacts } from '../../components/call-facts.tsx';
import { DataTable } from '../../components/CardTable.tsx';
import { Time } from '../../components/controls.tsx';
import { ErrorBox, Loading, QueryView } from '../../components/states.tsx';
import { fmtMs } from '../../format.ts';
import type { RequestRecord } from '../../types.ts';

type Attempt = RequestRecord['attempts'][number];

function RecordDetail({ r }: { r: RequestRecord }) {
  return (
    <>
      <dl className="kv">
        <dt>Time</dt>
        <dd>
          <Time t={r.receivedAt} />
        </dd>
        <dt>Status</dt>
        <dd>
          {r.status}
          {r.errorType ? ` (${r.errorType})` : ''}
        </dd>
        <dt>Model</dt>
        <dd>
          {r.modelRequested ?? '—'} → {r.modelServed ?? '—'} ({r.provider ?? 'no provider'})
        </dd>
        <dt>Key / tenant</dt>
        <dd>
          {r.keyId ?? 'master key'} / {r.tenant ?? '—'}
        </dd>
        <CallFacts r={r} />
      </dl>
      <h3>Attempts</h3>
      <DataTable<Attempt>
        label="Attempts"
        rows={r.attempts}
        // Attempts are ordered and immutable: the position is the key.
        rowKey={(_, i) => i}
        columns={[
          { head: 'Target', cell: (a) => String(a.target) },
          { head: 'Status', cell: (a) => String(a.status ?? '—') },
          { head: 'Latency', num: true, cell: (a) => fmtMs(Number(a.latencyMs)) },
          { head: 'Error', cell: (a) => String(a.error ?? '') },
        ]}
      />
      <h3>Guardrail decisions</h3>
      {r.guardrails.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul>
          {r.guardrails.map((g, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: decisions are ordered and immutable
            <li key={i}>
              {g.stage} · {g.guard} ({g.detector}): <strong>{g.action}</strong>
              {g.spans?.length ? `, ${g.spans.length} span(s)` : ''}
            </li>
          ))}
        </ul>
      )}
      {r.bodies ? (
        <>
          <h3>Bodies</h3>
          {r.bodies.shredded ? (
            <p className="muted">The tenant's data key was destroyed: bodies are unreadable.</p>
          ) : null}
          <pre tabIndex={0} className="body" data-label="Request body">
            {r.bodies.request ?? '—'}
          </pre>
          <pre tabIndex={0} className="body" data-label="Response body">
            {r.bodies.response ?? '—'}
          </pre>
        </>
      ) : null}
    </>
  );
}

export function Drawer({ id, onClose }: { id: string; onClose: () => void }) {
  const rec = useQuery({
    queryKey: ['request', id],
    queryFn: () => api<RequestRecord>(`/admin/requests/${encodeURIComponent(id)}`),
  });
  const exp = useQuery({
    queryKey: ['explain', id],
    queryFn: () => api<Record<string, unknown>>(`/admin/requests/${encodeURIComponent(id)}/explain`),
  });
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
    const esc = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', esc);
    return () => window.removeEventListener('keydown', esc);
  }, [onClose]);
  return (
    <aside className="drawer" aria-label={`Request ${id}`} ref={ref} tabIndex={-1}>
      <div className="row between">
        <h2>Request {id}</h2>
        <button type="button" onClick={onClose} aria-label="Close request details">
          Close
        </button>
      </div>
      <QueryView q={rec}>{(r) => <RecordDetail r={r} />}</QueryView>
      <h3>Explanation</h3>
      {exp.isPending ? (
        <Loading />
      ) : exp.error ? (
        <ErrorBox error={exp.error} title="No explanation" />
      ) : (
        <pre tabIndex={0} className="body" data-label="Explanation">
          {JSON.stringify(exp.data, null, 2)}
        </pre>
      )}
    </aside>
  );
}

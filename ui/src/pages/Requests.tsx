// Requests: the request log with filters and cursor paging (all in the URL), and a detail drawer for the
// selected request: attempts, tokens, cost, guardrail decisions, the explanation, and bodies when allowed.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api } from '../api.ts';
import { Time, TimeControls, useTimeControls } from '../components/controls.tsx';
import { ErrorBox, Loading, QueryView } from '../components/states.tsx';
import { fmtInt, fmtMs, fmtUsd, rangeBounds } from '../format.ts';
import { useParams } from '../route.ts';
import type { RequestRecord } from '../types.ts';

const FILTERS = [
  { id: 'q', label: 'Search request id' },
  { id: 'model', label: 'Model' },
  { id: 'route', label: 'Route' },
  { id: 'status', label: 'Status (e.g. 200, 4xx)' },
  { id: 'key_id', label: 'Key id' },
  { id: 'tenant', label: 'Tenant' },
  { id: 'tag', label: 'Tags (key=value, …)' },
] as const;

const GUARD_OUTCOMES: [string, string][] = [
  ['', 'any or none'],
  ['any', 'any decision'],
  ['none', 'no decision'],
  ['block', 'blocked'],
  ['redact', 'redacted'],
  ['flag', 'flagged'],
  ['log', 'logged'],
];

function Filters() {
  const [params, set] = useParams();
  return (
    <form
      className="filters"
      aria-label="Request filters"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const changes: Record<string, string | undefined> = { cursor: undefined, prev: undefined };
        for (const { id } of FILTERS) changes[id] = String(f.get(id) ?? '').trim() || undefined;
        changes.guard = String(f.get('guard') ?? '') || undefined;
        const id = String(f.get('id') ?? '').trim();
        if (id) changes.id = id;
        set(changes);
      }}
    >
      {FILTERS.map((f) => (
        <label key={f.id}>
          {f.label}
          <input name={f.id} defaultValue={params[f.id] ?? ''} key={params[f.id] ?? ''} />
        </label>
      ))}
      <label>
        Guardrail outcome
        <select name="guard" defaultValue={params.guard ?? ''} key={params.guard ?? ''}>
          {GUARD_OUTCOMES.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Open request id
        <input name="id" placeholder="open by id" />
      </label>
      <button type="submit" className="primary">
        Apply
      </button>
    </form>
  );
}

function Drawer({ id, onClose }: { id: string; onClose: () => void }) {
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
      <QueryView q={rec}>
        {(r) => (
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
              <dt>Latency</dt>
              <dd>
                {fmtMs(r.doneAt - r.receivedAt)}
                {r.ttftMs !== null ? ` · TTFT ${fmtMs(r.ttftMs)}` : ''}
              </dd>
              <dt>Tokens</dt>
              <dd>
                {fmtInt(r.inputTokens ?? null)} in · {fmtInt(r.outputTokens ?? null)} out
              </dd>
              <dt>Cost</dt>
              <dd>{fmtUsd(r.costUsd)}</dd>
            </dl>
            <h3>Attempts</h3>
            <table>
              <thead>
                <tr>
                  <th scope="col">Target</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Latency
                  </th>
                  <th scope="col">Error</th>
                </tr>
              </thead>
              <tbody>
                {r.attempts.map((a, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: attempts are ordered and immutable
                  <tr key={i}>
                    <td>{String(a.target)}</td>
                    <td>{String(a.status ?? '—')}</td>
                    <td className="num">{fmtMs(Number(a.latencyMs))}</td>
                    <td>{String(a.error ?? '')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
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
        )}
      </QueryView>
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
  const prev = params.prev ? params.prev.split(',') : [];
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
            <table className="clickable" aria-label="Requests">
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Request id</th>
                  <th scope="col">Model</th>
                  <th scope="col">Route</th>
                  <th scope="col">Key</th>
                  <th scope="col">Guardrails</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Latency
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
                {d.data.map((r) => (
                  <tr key={r.id} className={params.id === r.id ? 'selected' : undefined}>
                    <td>
                      <Time t={r.receivedAt} />
                    </td>
                    <td>
                      <button type="button" className="link" onClick={() => set({ id: r.id })}>
                        {r.id}
                      </button>
                    </td>
                    <td>{r.modelRequested ?? '—'}</td>
                    <td>{r.route ?? '—'}</td>
                    <td>{r.keyId ?? 'master'}</td>
                    <td>{[...new Set(r.guardrails.map((g) => g.action))].join(', ') || '—'}</td>
                    <td className={r.status >= 400 ? 'bad' : ''}>{r.status}</td>
                    <td className="num">{fmtMs(r.doneAt - r.receivedAt)}</td>
                    <td className="num">{fmtInt((r.inputTokens ?? 0) + (r.outputTokens ?? 0))}</td>
                    <td className="num">{fmtUsd(r.costUsd)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
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
                disabled={!d.next_cursor}
                onClick={() => {
                  set({ cursor: d.next_cursor ?? undefined, prev: [...prev, params.cursor ?? ''].join(',') });
                }}
              >
                Next page
              </button>
            </div>
          </>
        )}
      </QueryView>
      {params.id ? <Drawer id={params.id} onClose={() => set({ id: undefined })} /> : null}
    </div>
  );
}

// Guardrails: hits by guard and action (block, redact, flag, log) over time, sample requests with a block,
// redaction or flag (positions and types only, values masked),
// and a "try it" box that runs text through chosen guard sets and highlights the detections.
import { useMutation, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { api } from '../api.ts';
import { useSignedIn } from '../App.tsx';
import { Time, TimeControls, useTimeControls } from '../components/controls.tsx';
import { ErrorBox, Loading, QueryView } from '../components/states.tsx';
import { fmtInt, rangeBounds } from '../format.ts';
import { can } from '../session.ts';
import type { RoutesStatus } from '../types.ts';

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
interface ScanResult {
  blocked: boolean;
  flagged: boolean;
  decisions: {
    guard: string;
    detector: string;
    action: string;
    score: number;
    spans: { start: number; end: number; type: string }[];
  }[];
}

function Highlighted({ text, r }: { text: string; r: ScanResult }) {
  const spans = r.decisions
    .flatMap((d) => d.spans.map((s) => ({ ...s, guard: d.guard })))
    .sort((a, b) => a.start - b.start);
  const out: React.ReactNode[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out.push(text.slice(at, s.start));
    out.push(
      <mark key={`${s.start}-${s.end}`} title={`${s.guard}: ${s.type}`}>
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  out.push(text.slice(at));
  return <p className="highlighted">{out}</p>;
}

function TryIt() {
  const routes = useQuery({ queryKey: ['routes'], queryFn: () => api<RoutesStatus>('/admin/console/routes') });
  const [text, setText] = useState('');
  const scan = useMutation({
    mutationFn: (b: { text: string; sets: string[]; stage: string }) =>
      api<ScanResult>('/admin/guardrails/scan', { method: 'POST', body: b }),
  });
  return (
    <section className="card" aria-label="Try it">
      <h2>Try it</h2>
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          scan.mutate({
            text: String(f.get('text')),
            sets: f.getAll('sets').map(String),
            stage: String(f.get('stage')),
          });
        }}
      >
        <label className="wide">
          Text
          <textarea name="text" rows={4} required value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <fieldset>
          <legend>Guard sets</legend>
          {(routes.data?.guard_sets ?? ['default']).map((s, i) => (
            <label key={s} className="inline">
              <input type="checkbox" name="sets" value={s} defaultChecked={i === 0} /> {s}
            </label>
          ))}
        </fieldset>
        <label>
          Stage
          <select name="stage" defaultValue="input">
            <option>input</option>
            <option>output</option>
          </select>
        </label>
        <button type="submit" className="primary" disabled={scan.isPending}>
          Scan
        </button>
      </form>
      {scan.error ? <ErrorBox error={scan.error} title="Scan refused" /> : null}
      {scan.data ? (
        <div role="status" data-testid="scan-result">
          <p>
            <strong>{scan.data.blocked ? 'Blocked' : scan.data.flagged ? 'Flagged' : 'Allowed'}</strong> ·{' '}
            {scan.data.decisions.length} decision(s)
          </p>
          <Highlighted text={text} r={scan.data} />
          <ul>
            {scan.data.decisions.map((d, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: ordered result
              <li key={i}>
                {d.guard} ({d.detector}): {d.action}, score {d.score.toFixed(2)},{' '}
                {d.spans.map((s) => s.type).join(', ') || 'no spans'}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
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
                <section className="card" aria-label="Hits by guard and action">
                  <h2>Hits by guard and action</h2>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">Guard</th>
                        <th scope="col">Action</th>
                        <th scope="col">Hits</th>
                      </tr>
                    </thead>
                    <tbody>
                      {d.by_guard.map((g) => (
                        <tr key={`${g.guard}:${g.action}`}>
                          <td>{g.guard}</td>
                          <td>{g.action}</td>
                          <td className="num">{fmtInt(g.hits)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </section>
              ) : null}
              {d.samples.length ? (
                <section className="card" aria-label="Sample requests with hits">
                  <h2>Sample blocked, redacted or flagged requests</h2>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">Time</th>
                        <th scope="col">Request</th>
                        <th scope="col">Model</th>
                        <th scope="col">Decisions (values masked)</th>
                      </tr>
                    </thead>
                    <tbody>
                      {d.samples.map((r) => (
                        <tr key={r.id}>
                          <td>
                            <Time t={r.received_at} />
                          </td>
                          <td>
                            <a href={`#/requests?id=${encodeURIComponent(r.id)}`}>{r.id}</a>
                          </td>
                          <td>{r.model ?? '—'}</td>
                          <td>
                            {r.decisions
                              .map(
                                (x) =>
                                  `${x.guard}:${x.action} [${x.spans.map((sp) => `${sp.type}@${sp.start}-${sp.end} ▇▇▇`).join(', ')}]`,
                              )
                              .join('; ')}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </section>
              ) : null}
            </>
          )}
        </QueryView>
      ) : null}
      <TryIt />
    </>
  );
}

// Monitoring: signals over time for a route / model / arm (and per group), drift between the range and the
// period before it (statistic, threshold, top contributors), SLOs with their burn rates, alerts by state, signal
// monitors, silences (create, expire) and recent feedback. Filters live in the URL.
import { useMutation, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { api } from '../api.ts';
import { useSignedIn } from '../App.tsx';
import { Time, TimeControls, useTimeControls } from '../components/controls.tsx';
import { ErrorBox, Loading, QueryView } from '../components/states.tsx';
import { fmtInt, fmtMs, fmtPct, fmtUsd, RANGES, rangeBounds } from '../format.ts';
import { useInvalidate } from '../invalidate.ts';
import { useParams } from '../route.ts';
import { can } from '../session.ts';
import type { Alert, Definition, DriftResult, Signals, SloStatus } from '../types.ts';

const loadChart = () => import('../components/Chart.tsx');
const Chart = lazy(loadChart);

const DIMS = ['route', 'model', 'arm'] as const;
const STEP_MINUTES: Record<string, number> = { '1h': 1, '24h': 30, '7d': 240, '30d': 1440 };
const num = (n: number | null | undefined, digits = 3) => (n === null || n === undefined ? '—' : n.toFixed(digits));

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
        for (const d of DIMS) changes[d] = String(f.get(d) ?? '').trim() || undefined;
        changes.group_by = String(f.get('group_by') ?? '') || undefined;
        set(changes);
      }}
    >
      {DIMS.map((d) => (
        <label key={d}>
          {d[0].toUpperCase() + d.slice(1)}
          <input name={d} defaultValue={params[d] ?? ''} key={params[d] ?? ''} />
        </label>
      ))}
      <label>
        Group by
        <select name="group_by" defaultValue={params.group_by ?? 'route'}>
          <option value="route">route</option>
          <option value="model">model</option>
          <option value="arm">arm</option>
          <option value="tenant">tenant</option>
        </select>
      </label>
      <button type="submit" className="primary">
        Apply
      </button>
    </form>
  );
}

function SignalsView() {
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
    <section className="card" aria-label="Signals">
      <h2>Signals</h2>
      <SignalFilters />
      <QueryView q={q} empty={(d) => d.data.length === 0}>
        {(d) => {
          const x = d.series.map((p) => p.at);
          const range: [number, number] = [d.from, d.to];
          return (
            <>
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
              <table aria-label={`Signals by ${groupBy}`}>
                <thead>
                  <tr>
                    <th scope="col">{groupBy}</th>
                    <th scope="col" className="num">
                      Requests
                    </th>
                    <th scope="col" className="num">
                      Error rate
                    </th>
                    <th scope="col" className="num">
                      p50 latency
                    </th>
                    <th scope="col" className="num">
                      p95 latency
                    </th>
                    <th scope="col" className="num">
                      TTFT p50
                    </th>
                    <th scope="col" className="num">
                      Cost / request
                    </th>
                    <th scope="col" className="num">
                      Refusals
                    </th>
                    <th scope="col" className="num">
                      Guardrail hits
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {d.data.map((g) => (
                    <tr key={g.group}>
                      <td>{g.group || '(none)'}</td>
                      <td className="num">{fmtInt(g.signals.requests)}</td>
                      <td className="num">{fmtPct(g.signals.error_rate)}</td>
                      <td className="num">{fmtMs(g.signals.latency_ms.p50)}</td>
                      <td className="num">{fmtMs(g.signals.latency_ms.p95)}</td>
                      <td className="num">{fmtMs(g.signals.ttft_ms.p50)}</td>
                      <td className="num">{fmtUsd(g.signals.cost_per_request)}</td>
                      <td className="num">{fmtPct(g.signals.refusal_rate)}</td>
                      <td className="num">{fmtPct(g.signals.guardrail_hit_rate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

function Drift() {
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
    <section className="card" aria-label="Drift">
      <h2>Drift</h2>
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
          <table aria-label="Drift results">
            <thead>
              <tr>
                <th scope="col">Feature</th>
                <th scope="col">Method</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Statistic
                </th>
                <th scope="col" className="num">
                  p-value / distance
                </th>
                <th scope="col" className="num">
                  Threshold
                </th>
                <th scope="col" className="num">
                  n (ref / cur)
                </th>
                <th scope="col">Top contributors</th>
              </tr>
            </thead>
            <tbody>
              {m.data.results.map((r) => (
                <tr key={r.feature}>
                  <td>{r.feature}</td>
                  <td>{r.method}</td>
                  <td className={r.drifted ? 'bad' : ''}>{r.drifted ? 'drifted' : r.status}</td>
                  <td className="num">{num(r.statistic)}</td>
                  <td className="num">{r.pValue !== null ? num(r.pValue, 4) : num(r.distance)}</td>
                  <td className="num">{num(r.threshold)}</td>
                  <td className="num">
                    {fmtInt(r.nReference)} / {fmtInt(r.nCurrent)}
                  </td>
                  <td>
                    {r.top
                      .slice(0, 3)
                      .map((t) => t.name)
                      .join(', ') || '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}

function CreateSlo() {
  const inv = useInvalidate();
  const m = useMutation({
    mutationFn: ({ name, ...body }: { name: string } & Record<string, unknown>) =>
      api(`/admin/slos/${encodeURIComponent(name)}`, { method: 'PUT', body }),
    onSuccess: () => inv('slos'),
  });
  return (
    <form
      className="form-grid"
      aria-label="Create an SLO"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const route = String(f.get('route') ?? '').trim();
        const sli = String(f.get('sli'));
        const threshold = Number(f.get('latency_threshold_ms'));
        m.mutate({
          name: String(f.get('name')).trim(),
          sli,
          objective: Number(f.get('objective')) / 100,
          period_days: Number(f.get('period_days')),
          ...(route ? { filter: { route } } : {}),
          ...(sli === 'latency' && threshold > 0 ? { latency_threshold_ms: threshold } : {}),
        });
      }}
    >
      <h3>Create an SLO</h3>
      <label>
        Name
        <input name="name" required />
      </label>
      <label>
        Indicator
        <select name="sli" defaultValue="availability">
          <option value="availability">availability</option>
          <option value="latency">latency</option>
        </select>
      </label>
      <label>
        Objective (%)
        <input name="objective" type="number" step="0.001" min="1" max="99.999" defaultValue="99.9" required />
      </label>
      <label>
        Latency threshold (ms, latency SLOs)
        <input name="latency_threshold_ms" type="number" min="1" />
      </label>
      <label>
        Period (days)
        <input name="period_days" type="number" min="1" max="90" defaultValue="30" />
      </label>
      <label>
        Route (empty = all)
        <input name="route" />
      </label>
      <button type="submit" className="primary" disabled={m.isPending}>
        Save SLO
      </button>
      {m.error ? <ErrorBox error={m.error} title="SLO not saved" /> : null}
    </form>
  );
}

function Slos({ canWrite }: { canWrite: boolean }) {
  const { refetchInterval } = useTimeControls();
  const q = useQuery({ queryKey: ['slos'], queryFn: () => api<{ data: SloStatus[] }>('/admin/slos'), refetchInterval });
  return (
    <section className="card" aria-label="SLOs">
      <h2>SLOs</h2>
      <QueryView q={q} empty={(d) => d.data.length === 0}>
        {(d) => (
          <table aria-label="SLO list">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Indicator</th>
                <th scope="col" className="num">
                  Objective
                </th>
                <th scope="col" className="num">
                  SLI (period)
                </th>
                <th scope="col" className="num">
                  Events
                </th>
                <th scope="col" className="num">
                  Error budget left
                </th>
                <th scope="col">Burn rates (long / short window vs factor)</th>
              </tr>
            </thead>
            <tbody>
              {d.data.map((s) => (
                <tr key={s.name}>
                  <td>{s.name}</td>
                  <td>
                    {s.spec.sli}
                    {s.spec.filter.route ? ` · route ${s.spec.filter.route}` : ''}
                  </td>
                  <td className="num">{fmtPct(s.spec.objective)}</td>
                  <td className="num">{fmtPct(s.period.sli)}</td>
                  <td className="num">
                    {fmtInt(s.period.good)} / {fmtInt(s.period.total)} good
                  </td>
                  <td className="num">{fmtPct(s.error_budget_remaining)}</td>
                  <td>
                    <ul className="chips">
                      {s.burn.map((b) => (
                        <li key={b.severity} className={`chip${b.firing ? ' bad' : ''}`}>
                          {b.severity}: {num(b.longBurn, 2)}× ({b.longMinutes} min) / {num(b.shortBurn, 2)}× (
                          {b.shortMinutes} min) vs {b.factor}×{b.firing ? ' · FIRING' : ''}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
      {canWrite ? <CreateSlo /> : null}
    </section>
  );
}

function CreateMonitor() {
  const inv = useInvalidate();
  const m = useMutation({
    mutationFn: ({ name, ...body }: { name: string } & Record<string, unknown>) =>
      api(`/admin/monitors/${encodeURIComponent(name)}`, { method: 'PUT', body }),
    onSuccess: () => inv('monitors', 'alerts'),
  });
  return (
    <form
      className="form-grid"
      aria-label="Create an alert rule"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const route = String(f.get('route') ?? '').trim();
        m.mutate({
          name: String(f.get('name')).trim(),
          kind: 'signal',
          metric: String(f.get('metric')),
          op: String(f.get('op')),
          threshold: Number(f.get('threshold')),
          window_minutes: Number(f.get('window_minutes')),
          min_requests: Number(f.get('min_requests')),
          for_minutes: Number(f.get('for_minutes')),
          severity: String(f.get('severity')),
          ...(route ? { filter: { route } } : {}),
        });
      }}
    >
      <h3>Create an alert rule (signal monitor)</h3>
      <label>
        Name
        <input name="name" required />
      </label>
      <label>
        Metric
        <select name="metric" defaultValue="error_rate">
          <option>error_rate</option>
          <option>latency_ms.p95</option>
          <option>ttft_ms.p95</option>
          <option>refusal_rate</option>
          <option>guardrail_hit_rate</option>
          <option>cost_per_request</option>
          <option>tokens_in.mean</option>
          <option>tokens_out.mean</option>
          <option>empty_rate</option>
        </select>
      </label>
      <label>
        Comparison
        <select name="op" defaultValue=">">
          <option>{'>'}</option>
          <option>{'>='}</option>
          <option>{'<'}</option>
          <option>{'<='}</option>
        </select>
      </label>
      <label>
        Threshold
        <input name="threshold" type="number" step="any" required />
      </label>
      <label>
        Window (min)
        <input name="window_minutes" type="number" min="1" defaultValue="5" />
      </label>
      <label>
        Minimum requests
        <input name="min_requests" type="number" min="1" defaultValue="20" />
      </label>
      <label>
        Pending for (min)
        <input name="for_minutes" type="number" min="0" defaultValue="0" />
      </label>
      <label>
        Severity
        <select name="severity" defaultValue="ticket">
          <option>page</option>
          <option>ticket</option>
          <option>info</option>
        </select>
      </label>
      <label>
        Route (empty = all)
        <input name="route" />
      </label>
      <button type="submit" className="primary" disabled={m.isPending}>
        Save rule
      </button>
      {m.error ? <ErrorBox error={m.error} title="Rule not saved" /> : null}
    </form>
  );
}

function Alerts({ canWrite }: { canWrite: boolean }) {
  const [params, set] = useParams();
  const inv = useInvalidate();
  const { refetchInterval } = useTimeControls();
  const state = params.state ?? '';
  const q = useQuery({
    queryKey: ['alerts', state],
    queryFn: () => api<{ data: Alert[] }>('/admin/alerts', { query: { state } }),
    refetchInterval,
  });
  const monitors = useQuery({
    queryKey: ['monitors'],
    queryFn: () => api<{ data: { name: string; spec: Record<string, unknown> }[] }>('/admin/monitors'),
    refetchInterval,
  });
  const evaluate = useMutation({
    mutationFn: () =>
      api<{ transitions: unknown[]; instances: number }>('/admin/monitors/evaluate', { method: 'POST', body: {} }),
    onSuccess: () => inv('alerts', 'monitors', 'slos'),
  });
  return (
    <section className="card" aria-label="Alerts">
      <div className="row between">
        <h2>Alerts</h2>
        <label>
          State{' '}
          <select value={state} onChange={(e) => set({ state: e.target.value || undefined })}>
            <option value="">all</option>
            <option value="firing">firing</option>
            <option value="pending">pending</option>
            <option value="resolved">resolved</option>
            <option value="inactive">inactive</option>
          </select>
        </label>
      </div>
      <QueryView q={q} empty={(d) => d.data.length === 0}>
        {(d) => (
          <table aria-label="Alert list">
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">State</th>
                <th scope="col" className="num">
                  Value
                </th>
                <th scope="col">Labels</th>
                <th scope="col">Summary</th>
                <th scope="col">Since</th>
              </tr>
            </thead>
            <tbody>
              {d.data.map((a) => (
                <tr key={a.fingerprint}>
                  <td>{a.rule}</td>
                  <td className={a.state === 'firing' ? 'bad' : ''}>{a.state}</td>
                  <td className="num">{num(a.value)}</td>
                  <td>
                    <code>
                      {Object.entries(a.labels)
                        .map(([k, v]) => `${k}=${v}`)
                        .join(' ')}
                    </code>
                  </td>
                  <td>{a.summary}</td>
                  <td>
                    <Time t={a.firedAt ?? a.pendingSince ?? a.resolvedAt ?? a.updatedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
      <h3>Rules</h3>
      <QueryView q={monitors} empty={(d) => d.data.length === 0}>
        {(d) => (
          <ul aria-label="Alert rules">
            {d.data.map((m) => (
              <li key={m.name}>
                <strong>{m.name}</strong>:{' '}
                {m.spec.kind === 'signal'
                  ? `${String(m.spec.metric)} ${String(m.spec.op)} ${String(m.spec.threshold)} over ${String(m.spec.window_minutes)} min`
                  : `drift of ${String(m.spec.feature)}`}{' '}
                · {String(m.spec.severity)}
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      {canWrite ? (
        <>
          <button type="button" onClick={() => evaluate.mutate()} disabled={evaluate.isPending}>
            Evaluate rules now
          </button>
          {evaluate.data ? (
            <p role="status">
              Evaluated {fmtInt(evaluate.data.instances)} instances, {evaluate.data.transitions.length} state changes.
            </p>
          ) : null}
          {evaluate.error ? <ErrorBox error={evaluate.error} title="Not evaluated" /> : null}
          <CreateMonitor />
        </>
      ) : null}
    </section>
  );
}

interface SilenceSpec {
  matchers: Record<string, string>;
  starts_at?: number;
  ends_at: number;
  comment: string;
}

function Silences({ canWrite }: { canWrite: boolean }) {
  const inv = useInvalidate();
  const q = useQuery({
    queryKey: ['silences'],
    queryFn: () => api<{ data: Definition<SilenceSpec>[] }>('/admin/alerts/silences'),
  });
  const put = useMutation({
    mutationFn: ({ name, ...body }: { name: string } & SilenceSpec) =>
      api(`/admin/alerts/silences/${encodeURIComponent(name)}`, { method: 'PUT', body }),
    onSuccess: () => inv('silences', 'alerts'),
  });
  const now = Date.now();
  return (
    <section className="card" aria-label="Silences">
      <h2>Silences</h2>
      <QueryView q={q} empty={(d) => d.data.length === 0}>
        {(d) => (
          <table aria-label="Silence list">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Matchers</th>
                <th scope="col">Ends</th>
                <th scope="col">Comment</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {d.data.map((s) => {
                const active = s.spec.ends_at > now && (s.spec.starts_at ?? 0) <= now;
                return (
                  <tr key={s.name}>
                    <td>{s.name}</td>
                    <td>
                      <code>
                        {Object.entries(s.spec.matchers)
                          .map(([k, v]) => `${k}=${v}`)
                          .join(' ')}
                      </code>
                    </td>
                    <td>
                      <Time t={s.spec.ends_at} /> {active ? '(active)' : '(expired)'}
                    </td>
                    <td>{s.spec.comment}</td>
                    <td>
                      {canWrite && active ? (
                        <button
                          type="button"
                          aria-label={`Expire silence ${s.name}`}
                          onClick={() => put.mutate({ name: s.name, ...s.spec, ends_at: Date.now() })}
                        >
                          Expire
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </QueryView>
      {canWrite ? (
        <form
          className="form-grid"
          aria-label="Create a silence"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            const matchers: Record<string, string> = {};
            for (const pair of String(f.get('matchers')).split(/[\s,]+/)) {
              const [k, ...v] = pair.split('=');
              if (k && v.length) matchers[k] = v.join('=');
            }
            put.mutate({
              name: String(f.get('name')).trim(),
              matchers,
              ends_at: Date.now() + Number(f.get('hours')) * 3_600_000,
              comment: String(f.get('comment') ?? ''),
            });
          }}
        >
          <h3>Create a silence</h3>
          <label>
            Name
            <input name="name" required />
          </label>
          <label>
            Matchers (label=value, e.g. rule=errors)
            <input name="matchers" required />
          </label>
          <label>
            Duration (hours)
            <input name="hours" type="number" min="0.1" step="0.1" defaultValue="2" />
          </label>
          <label>
            Comment
            <input name="comment" />
          </label>
          <button type="submit" className="primary" disabled={put.isPending}>
            Silence
          </button>
        </form>
      ) : null}
      {put.error ? <ErrorBox error={put.error} title="Silence not saved" /> : null}
    </section>
  );
}

function Feedback() {
  const { refetchInterval } = useTimeControls();
  const q = useQuery({
    queryKey: ['feedback'],
    queryFn: () =>
      api<{
        data: {
          request_id: string;
          name: string;
          source: string;
          value: number | null;
          label: string | null;
          comment: string | null;
          route: string | null;
          created_at: number;
        }[];
      }>('/admin/feedback', { query: { limit: 50 } }),
    refetchInterval,
  });
  return (
    <section className="card" aria-label="Feedback">
      <h2>Feedback</h2>
      <QueryView q={q} empty={(d) => d.data.length === 0}>
        {(d) => (
          <table aria-label="Feedback list">
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Request</th>
                <th scope="col">Name</th>
                <th scope="col">Source</th>
                <th scope="col" className="num">
                  Value
                </th>
                <th scope="col">Label / comment</th>
                <th scope="col">Route</th>
              </tr>
            </thead>
            <tbody>
              {d.data.map((f) => (
                <tr key={`${f.request_id}/${f.name}/${f.source}`}>
                  <td>
                    <Time t={f.created_at} />
                  </td>
                  <td>
                    <a href={`#/requests?id=${encodeURIComponent(f.request_id)}`}>{f.request_id}</a>
                  </td>
                  <td>{f.name}</td>
                  <td>{f.source}</td>
                  <td className="num">{num(f.value, 2)}</td>
                  <td>{[f.label, f.comment].filter(Boolean).join(' · ') || '—'}</td>
                  <td>{f.route ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
    </section>
  );
}

export default function Monitoring() {
  const s = useSignedIn();
  useEffect(() => {
    loadChart();
  }, []);
  const write = can(s, 'operate');
  return (
    <>
      <div className="page-head">
        <h1>Monitoring</h1>
        <TimeControls />
      </div>
      <SignalsView />
      <Alerts canWrite={write} />
      <Slos canWrite={write} />
      <Silences canWrite={write} />
      <Drift />
      {can(s, 'read_logs') ? <Feedback /> : null}
    </>
  );
}

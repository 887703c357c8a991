// Routes & models: routes, targets, circuit state; the kill switch (scope + target + a required reason, then a
// confirmation) and its active stops; config versions with a diff view; reload.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api.ts';
import { useSignedIn } from '../App.tsx';
import { Confirm, Time, useTimeControls } from '../components/controls.tsx';
import { ErrorBox, QueryView } from '../components/states.tsx';
import { fmtMs } from '../format.ts';
import { useParams } from '../route.ts';
import { can } from '../session.ts';
import type { RoutesStatus } from '../types.ts';

interface Stop {
  scope: string;
  target: string;
  reason: string;
  actor: string;
  createdAt: number;
}

function KillSwitch({ routes }: { routes: RoutesStatus | undefined }) {
  const qc = useQueryClient();
  const [pending, setPending] = useState<{ scope: string; target: string; reason: string } | null>(null);
  const stops = useQuery({ queryKey: ['stops'], queryFn: () => api<{ data: Stop[] }>('/admin/killswitch') });
  const stop = useMutation({
    mutationFn: (b: { scope: string; target: string; reason: string }) =>
      api('/admin/killswitch', { method: 'POST', body: b }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['stops'] }),
  });
  const resume = useMutation({
    mutationFn: (s: Stop) => api(`/admin/killswitch/${s.scope}/${encodeURIComponent(s.target)}`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['stops'] }),
  });
  return (
    <section className="card" aria-label="Kill switch">
      <h2>Kill switch</h2>
      <form
        className="form-grid"
        aria-label="Stop traffic"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          setPending({
            scope: String(f.get('scope')),
            target: String(f.get('target')).trim(),
            reason: String(f.get('reason')).trim(),
          });
        }}
      >
        <label>
          Scope
          <select name="scope" defaultValue="route">
            {['route', 'model', 'provider', 'key', 'tenant'].map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Target
          <input name="target" required list="ks-targets" />
          <datalist id="ks-targets">
            {routes?.data.map((r) => (
              <option key={r.model} value={r.model} />
            ))}
            {routes?.providers.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
        </label>
        <label>
          Reason (required)
          <input name="reason" required minLength={1} />
        </label>
        <button type="submit" className="danger">
          Stop traffic…
        </button>
      </form>
      {stop.error ? <ErrorBox error={stop.error} title="Not stopped" /> : null}
      {resume.error ? <ErrorBox error={resume.error} title="Not resumed" /> : null}
      <QueryView q={stops}>
        {(d) =>
          d.data.length === 0 ? (
            <p className="muted">Nothing is stopped.</p>
          ) : (
            <table aria-label="Active stops">
              <thead>
                <tr>
                  <th scope="col">Scope</th>
                  <th scope="col">Target</th>
                  <th scope="col">Reason</th>
                  <th scope="col">By</th>
                  <th scope="col">Since</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.data.map((s) => (
                  <tr key={`${s.scope}/${s.target}`}>
                    <td>{s.scope}</td>
                    <td>{s.target}</td>
                    <td>{s.reason}</td>
                    <td>{s.actor}</td>
                    <td>
                      <Time t={s.createdAt} />
                    </td>
                    <td>
                      <button
                        type="button"
                        onClick={() => resume.mutate(s)}
                        aria-label={`Resume ${s.scope} ${s.target}`}
                      >
                        Resume
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
      <Confirm
        open={pending !== null}
        danger
        title={pending ? `Stop all traffic to ${pending.scope} “${pending.target}”?` : ''}
        confirmLabel="Stop traffic"
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) stop.mutate(pending);
          setPending(null);
        }}
      >
        <p>Calls are refused with 503 on every node within a second. Reason: {pending?.reason}</p>
      </Confirm>
    </section>
  );
}

function ConfigVersions() {
  const session = useSignedIn();
  const [params, set] = useParams();
  const qc = useQueryClient();
  const versions = useQuery({
    queryKey: ['config-versions'],
    queryFn: () =>
      api<{ data: { version: string; author: string; createdAt?: number; created_at?: string; source: string }[] }>(
        '/admin/config/versions',
      ),
  });
  const diff = useQuery({
    queryKey: ['config-diff', params.version, params.against],
    enabled: Boolean(params.version && params.against),
    queryFn: () =>
      api<{ diff: unknown }>(`/admin/config/versions/${encodeURIComponent(params.version)}`, {
        query: { diff: params.against },
      }),
  });
  const reload = useMutation({
    mutationFn: () =>
      api<{
        version: string;
        changed: boolean;
        applied: string[];
        restart_required?: string[];
        restartRequired?: string[];
      }>('/admin/config/reload', { method: 'POST', body: {} }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ['config-versions'] });
      qc.invalidateQueries({ queryKey: ['routes'] });
    },
  });
  return (
    <section className="card" aria-label="Config versions">
      <div className="row between">
        <h2>Config versions</h2>
        {can(session, 'operate') ? (
          <button type="button" onClick={() => reload.mutate()} disabled={reload.isPending}>
            Reload config from file
          </button>
        ) : null}
      </div>
      {reload.data ? (
        <p role="status">
          {reload.data.changed ? `Now running ${reload.data.version}.` : 'The file holds the config already in effect.'}
        </p>
      ) : null}
      {reload.error ? <ErrorBox error={reload.error} title="Reload refused" /> : null}
      <QueryView q={versions} empty={(d) => d.data.length === 0}>
        {(d) => (
          <table>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Author</th>
                <th scope="col">Loaded</th>
                <th scope="col">
                  <span className="sr-only">Diff</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {d.data.map((v, i) => (
                <tr key={v.version}>
                  <td>
                    <code>{v.version}</code>
                  </td>
                  <td>{v.author}</td>
                  <td>
                    <Time t={v.createdAt ?? v.created_at ?? null} />
                  </td>
                  <td>
                    {d.data[i + 1] ? (
                      <button type="button" onClick={() => set({ version: v.version, against: d.data[i + 1].version })}>
                        Diff with previous
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
      {params.version && params.against ? (
        <QueryView q={diff}>
          {(x) => (
            <pre tabIndex={0} className="body diff" data-label="Config diff">
              {typeof x.diff === 'string' ? x.diff : JSON.stringify(x.diff, null, 2)}
            </pre>
          )}
        </QueryView>
      ) : null}
    </section>
  );
}

export default function Routes() {
  const session = useSignedIn();
  const { refetchInterval } = useTimeControls();
  const routes = useQuery({
    queryKey: ['routes'],
    queryFn: () => api<RoutesStatus>('/admin/console/routes'),
    refetchInterval,
  });
  return (
    <>
      <div className="page-head">
        <h1>Routes &amp; models</h1>
      </div>
      <section className="card" aria-label="Routes">
        <h2>Routes</h2>
        <QueryView q={routes} empty={(d) => d.data.length === 0}>
          {(d) => (
            <table>
              <thead>
                <tr>
                  <th scope="col">Model</th>
                  <th scope="col">Strategy</th>
                  <th scope="col">Target</th>
                  <th scope="col" className="num">
                    Weight
                  </th>
                  <th scope="col">Circuit</th>
                  <th scope="col" className="num">
                    Latency (EWMA)
                  </th>
                  <th scope="col">Guard sets</th>
                </tr>
              </thead>
              <tbody>
                {d.data.flatMap((r) =>
                  r.targets.map((t, i) => (
                    <tr key={`${r.model}/${t.id}`}>
                      <td>{i === 0 ? r.model : ''}</td>
                      <td>{i === 0 ? r.strategy : ''}</td>
                      <td>{t.id}</td>
                      <td className="num">{t.weight}</td>
                      <td>
                        <span className={`chip circuit-${t.circuit}`}>{t.circuit}</span>
                      </td>
                      <td className="num">{fmtMs(t.latency_ewma_ms)}</td>
                      <td>{i === 0 ? r.guardrails.join(', ') || '—' : ''}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          )}
        </QueryView>
      </section>
      {can(session, 'operate') ? <KillSwitch routes={routes.data} /> : null}
      <ConfigVersions />
    </>
  );
}

// Models & lifecycle: the registry (models, immutable versions, model cards, aliases), evaluation runs with their
// aggregate score and 95 % CI, paired comparisons, gated promotion (the gate report when refused; admins may
// override with a reason) and deployments (canary / A/B / shadow / progressive) with per-arm state and rollback.
// The selected model, version, comparison and deployment live in the URL.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api } from '../api.ts';
import { useSignedIn } from '../App.tsx';
import { Confirm, RefreshControl, Time, useTimeControls } from '../components/controls.tsx';
import { ErrorBox, QueryView } from '../components/states.tsx';
import { fmtInt, fmtMs, fmtPct, fmtUsd } from '../format.ts';
import { useInvalidate } from '../invalidate.ts';
import { useParams } from '../route.ts';
import { can } from '../session.ts';
import type { Deployment, DeploymentStatus, EvalRun, GateReport, ModelDetail, ModelRow } from '../types.ts';

const ci = (c: [number, number] | null | undefined) => (c ? `[${c[0].toFixed(3)}, ${c[1].toFixed(3)}]` : '—');
const score = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toFixed(3));

function RegisterModel() {
  const inv = useInvalidate();
  const [, set] = useParams();
  const m = useMutation({
    mutationFn: (b: { name: string; description: string }) =>
      api<ModelRow>('/admin/models', { method: 'POST', body: b }),
    onSuccess: (r) => {
      inv('models');
      set({ model: r.name, version: undefined });
    },
  });
  return (
    <form
      className="row"
      aria-label="Register a model"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        m.mutate({ name: String(f.get('name')).trim(), description: String(f.get('description') ?? '') });
        e.currentTarget.reset();
      }}
    >
      <label>
        New model <input name="name" required />
      </label>
      <label>
        Description <input name="description" />
      </label>
      <button type="submit" disabled={m.isPending}>
        Register model
      </button>
      {m.error ? <ErrorBox error={m.error} title="Not registered" /> : null}
    </form>
  );
}

function RegisterVersion({ model }: { model: string }) {
  const inv = useInvalidate();
  const [, set] = useParams();
  const m = useMutation({
    mutationFn: (body: unknown) =>
      api<{ version: number }>(`/admin/models/${encodeURIComponent(model)}/versions`, { method: 'POST', body }),
    onSuccess: (v) => {
      inv('model');
      set({ version: String(v.version) });
    },
  });
  return (
    <form
      className="form-grid"
      aria-label="Register a version"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const system = String(f.get('system_prompt') ?? '').trim();
        m.mutate({
          spec: {
            kind: 'upstream',
            provider: String(f.get('provider')).trim(),
            model: String(f.get('upstream')).trim(),
            ...(system ? { system_prompt: system } : {}),
          },
          card: {
            intended_use: String(f.get('intended_use') ?? ''),
            owner: String(f.get('owner') ?? ''),
            risk_level: String(f.get('risk_level')),
          },
        });
      }}
    >
      <h3>Register the next version</h3>
      <label>
        Provider
        <input name="provider" required />
      </label>
      <label>
        Upstream model
        <input name="upstream" required />
      </label>
      <label>
        System prompt (optional)
        <input name="system_prompt" />
      </label>
      <label>
        Intended use
        <input name="intended_use" />
      </label>
      <label>
        Owner
        <input name="owner" />
      </label>
      <label>
        Risk level
        <select name="risk_level" defaultValue="medium">
          <option>low</option>
          <option>medium</option>
          <option>high</option>
        </select>
      </label>
      <button type="submit" className="primary" disabled={m.isPending}>
        Register version
      </button>
      {m.error ? <ErrorBox error={m.error} title="Not registered" /> : null}
    </form>
  );
}

function GateReportView({ report }: { report: GateReport }) {
  return (
    <section aria-label="Gate report" className={report.passed ? 'ok-box' : 'error-box'}>
      <strong>
        Gate {report.passed ? 'passed' : 'refused'}: {report.model}/{report.version} → @{report.alias}
        {report.current !== null ? ` (now v${report.current})` : ''}
      </strong>
      <table>
        <thead>
          <tr>
            <th scope="col">Dataset</th>
            <th scope="col">Criterion</th>
            <th scope="col" className="num">
              Required
            </th>
            <th scope="col" className="num">
              Actual
            </th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {report.criteria.map((c) => (
            <tr key={`${c.dataset}/${c.criterion}`}>
              <td>{c.dataset}</td>
              <td>{c.criterion}</td>
              <td className="num">{score(c.required)}</td>
              <td className="num">{score(c.actual)}</td>
              <td className={c.passed ? '' : 'bad'}>{c.passed ? 'pass' : `fail: ${c.detail}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Promote({ detail }: { detail: ModelDetail }) {
  const s = useSignedIn();
  const inv = useInvalidate();
  const [report, setReport] = useState<GateReport | null>(null);
  const name = encodeURIComponent(detail.name);
  const promote = useMutation({
    mutationFn: (b: { alias: string; version: number; override_reason?: string }) =>
      api<{ gate: GateReport | null }>(`/admin/models/${name}/aliases/${encodeURIComponent(b.alias)}`, {
        method: 'PUT',
        body: { version: b.version, ...(b.override_reason ? { override_reason: b.override_reason } : {}) },
      }),
    onMutate: () => setReport(null),
    onSuccess: (r) => {
      setReport(r.gate);
      inv('model', 'models');
    },
    onError: (e) => {
      if (e instanceof ApiError && e.body?.report) setReport(e.body.report as GateReport);
    },
  });
  const check = useMutation({
    mutationFn: (b: { alias: string; version: number }) =>
      api<{ report: GateReport | null }>(`/admin/models/${name}/aliases/${encodeURIComponent(b.alias)}/check`, {
        method: 'POST',
        body: { version: b.version },
      }),
    onMutate: () => setReport(null),
    onSuccess: (r) => setReport(r.report),
  });
  const read = (form: HTMLFormElement) => {
    const f = new FormData(form);
    return {
      alias: String(f.get('alias')).trim(),
      version: Number(f.get('version')),
      override_reason: String(f.get('override_reason') ?? '').trim() || undefined,
    };
  };
  const gated = (detail.policy as { alias?: string } | null)?.alias;
  return (
    <form
      className="form-grid"
      aria-label="Promote a version"
      onSubmit={(e) => {
        e.preventDefault();
        promote.mutate(read(e.currentTarget));
      }}
    >
      <h3>Promote</h3>
      <p className="muted">
        {gated
          ? `Moving @${gated} runs the promotion gate (the model's policy).`
          : 'No promotion policy: aliases move without a gate.'}
      </p>
      <label>
        Alias
        <input name="alias" defaultValue={gated ?? 'champion'} required />
      </label>
      <label>
        Version
        <select name="version" defaultValue={String(detail.versions.at(-1)?.version ?? '')}>
          {detail.versions.map((v) => (
            <option key={v.version} value={v.version}>
              v{v.version}
            </option>
          ))}
        </select>
      </label>
      {s.role === 'admin' ? (
        <label>
          Override reason (admin: moves despite a failed gate; audited)
          <input name="override_reason" minLength={3} />
        </label>
      ) : null}
      <div className="row">
        <button type="submit" className="primary" disabled={promote.isPending}>
          Promote
        </button>
        <button
          type="button"
          disabled={check.isPending}
          onClick={(e) => {
            const form = e.currentTarget.form;
            if (form) check.mutate(read(form));
          }}
        >
          Check gate
        </button>
      </div>
      {promote.isSuccess ? (
        <p className="ok-box" role="status">
          Alias moved.
        </p>
      ) : null}
      {promote.error ? <ErrorBox error={promote.error} title="Promotion refused" /> : null}
      {check.error ? <ErrorBox error={check.error} title="Gate check failed" /> : null}
      {check.isSuccess && !check.data.report ? <p className="muted">No gate applies to this alias.</p> : null}
      {report ? <GateReportView report={report} /> : null}
    </form>
  );
}

function VersionCard({ model, version, canEdit }: { model: string; version: string; canEdit: boolean }) {
  const inv = useInvalidate();
  const [editing, setEditing] = useState(false);
  const q = useQuery({
    queryKey: ['model', model, 'version', version],
    queryFn: () =>
      api<ModelDetail['versions'][number] & { aliases: string[] }>(
        `/admin/models/${encodeURIComponent(model)}/versions/${encodeURIComponent(version)}`,
      ),
  });
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api(`/admin/models/${encodeURIComponent(model)}/versions/${encodeURIComponent(version)}/card`, {
        method: 'PATCH',
        body,
      }),
    onSuccess: () => {
      inv('model');
      setEditing(false);
    },
  });
  return (
    <section className="card" aria-label={`Model card v${version}`}>
      <h3>
        Model card · {model} v{version}
      </h3>
      <QueryView q={q}>
        {(v) =>
          editing ? (
            <form
              className="form-grid"
              aria-label="Edit model card"
              onSubmit={(e) => {
                e.preventDefault();
                const f = new FormData(e.currentTarget);
                save.mutate({
                  intended_use: String(f.get('intended_use')),
                  limitations: String(f.get('limitations')),
                  owner: String(f.get('owner')),
                  risk_level: String(f.get('risk_level')),
                  notes: String(f.get('notes')),
                });
              }}
            >
              <label>
                Intended use <input name="intended_use" defaultValue={v.card.intended_use} />
              </label>
              <label>
                Limitations <input name="limitations" defaultValue={v.card.limitations} />
              </label>
              <label>
                Owner <input name="owner" defaultValue={v.card.owner} />
              </label>
              <label>
                Risk level
                <select name="risk_level" defaultValue={v.card.risk_level}>
                  <option>low</option>
                  <option>medium</option>
                  <option>high</option>
                </select>
              </label>
              <label>
                Notes <input name="notes" defaultValue={v.card.notes} />
              </label>
              <div className="row">
                <button type="submit" className="primary" disabled={save.isPending}>
                  Save card
                </button>
                <button type="button" onClick={() => setEditing(false)}>
                  Cancel
                </button>
              </div>
              {save.error ? <ErrorBox error={save.error} title="Card not saved" /> : null}
            </form>
          ) : (
            <>
              <dl className="kv">
                <dt>Spec</dt>
                <dd>
                  <code>
                    {v.spec.kind === 'upstream' ? `${v.spec.provider}/${v.spec.model}` : 'ONNX'} ·{' '}
                    {v.specHash.slice(0, 12)}
                  </code>
                </dd>
                <dt>Intended use</dt>
                <dd>{v.card.intended_use || '—'}</dd>
                <dt>Limitations</dt>
                <dd>{v.card.limitations || '—'}</dd>
                <dt>Owner</dt>
                <dd>{v.card.owner || '—'}</dd>
                <dt>Risk level</dt>
                <dd>{v.card.risk_level}</dd>
                <dt>Tags</dt>
                <dd>
                  {Object.entries(v.tags)
                    .map(([k, t]) => `${k}=${t}`)
                    .join(', ') || '—'}
                </dd>
              </dl>
              <h4>Evaluations on the card</h4>
              {(v.card.evaluations ?? []).length === 0 ? (
                <p className="muted">No evaluation run has finished on this version yet.</p>
              ) : (
                <ul>
                  {(v.card.evaluations ?? []).map((ev) => (
                    <li key={ev.run}>
                      {ev.dataset}: mean {score(ev.value)} (95 % CI {ci(ev.ci95)}) · run <code>{ev.run}</code>
                    </li>
                  ))}
                </ul>
              )}
              {canEdit ? (
                <button type="button" onClick={() => setEditing(true)}>
                  Edit card
                </button>
              ) : null}
            </>
          )
        }
      </QueryView>
    </section>
  );
}

function StartEval({ model, versions }: { model: string; versions: number[] }) {
  const inv = useInvalidate();
  const datasets = useQuery({
    queryKey: ['datasets'],
    queryFn: () => api<{ data: { name: string; hash: string; items: number }[] }>('/admin/datasets'),
  });
  const m = useMutation({
    mutationFn: (body: unknown) => api<EvalRun>('/admin/evals', { method: 'POST', body }),
    onSuccess: () => inv('evals'),
  });
  const names = [...new Set((datasets.data?.data ?? []).map((d) => d.name))];
  return (
    <form
      className="form-grid"
      aria-label="Run an evaluation"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        m.mutate({
          model,
          version: Number(f.get('version')),
          dataset: String(f.get('dataset')),
          scorers: [{ type: String(f.get('scorer')) }],
        });
      }}
    >
      <h3>Run an evaluation</h3>
      <label>
        Version
        <select name="version" defaultValue={String(versions.at(-1) ?? '')}>
          {versions.map((v) => (
            <option key={v} value={v}>
              v{v}
            </option>
          ))}
        </select>
      </label>
      <label>
        Dataset
        <select name="dataset" required>
          {names.map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
      </label>
      <label>
        Scorer
        <select name="scorer" defaultValue="contains">
          <option value="contains">contains the reference</option>
          <option value="exact">exact match</option>
          <option value="rouge_l">ROUGE-L</option>
          <option value="json_valid">valid JSON</option>
        </select>
      </label>
      <button type="submit" className="primary" disabled={m.isPending || names.length === 0}>
        Run evaluation
      </button>
      {names.length === 0 && datasets.isSuccess ? (
        <p className="muted">Upload a dataset first (POST /admin/datasets or `lintel eval dataset`).</p>
      ) : null}
      {m.error ? <ErrorBox error={m.error} title="Not started" /> : null}
      {m.data ? (
        <p role="status">
          Run <code>{m.data.id}</code> {m.data.reused ? 'reused (same version, data and scorers)' : 'started'}.
        </p>
      ) : null}
    </form>
  );
}

function Compare({ a, b }: { a: string; b: string }) {
  const q = useQuery({
    queryKey: ['evals', 'compare', a, b],
    queryFn: () =>
      api<{
        a: { run: string; version: number; mean: number };
        b: { run: string; version: number; mean: number };
        dataset: string;
        difference: { n: number; mean: number; ci95: [number, number]; wins: number; ties: number; losses: number };
      }>('/admin/evals/compare', { query: { a, b } }),
  });
  return (
    <section className="card" aria-label="Comparison">
      <h3>Comparison (b − a)</h3>
      <QueryView q={q}>
        {(c) => (
          <dl className="kv">
            <dt>Dataset</dt>
            <dd>{c.dataset}</dd>
            <dt>a</dt>
            <dd>
              v{c.a.version} · mean {score(c.a.mean)}
            </dd>
            <dt>b</dt>
            <dd>
              v{c.b.version} · mean {score(c.b.mean)}
            </dd>
            <dt>Difference</dt>
            <dd data-testid="compare-difference">
              {score(c.difference.mean)} (95 % CI {ci(c.difference.ci95)}) over {fmtInt(c.difference.n)} paired items
            </dd>
            <dt>Wins / ties / losses</dt>
            <dd>
              {c.difference.wins} / {c.difference.ties} / {c.difference.losses}
            </dd>
          </dl>
        )}
      </QueryView>
    </section>
  );
}

function Evals({ model, versions, canRun }: { model: string; versions: number[]; canRun: boolean }) {
  const [params, set] = useParams();
  const { refetchInterval } = useTimeControls();
  const q = useQuery({
    queryKey: ['evals', model],
    queryFn: () => api<{ data: EvalRun[] }>('/admin/evals', { query: { model } }),
    // Runs in progress refresh on their own.
    refetchInterval: (query) =>
      query.state.data?.data.some((r) => r.status === 'queued' || r.status === 'running') ? 1000 : refetchInterval,
  });
  const [pick, setPick] = useState<string[]>([]);
  return (
    <section className="card" aria-label="Evaluation runs">
      <h2>Evaluation runs</h2>
      {canRun ? <StartEval model={model} versions={versions} /> : null}
      <QueryView q={q} empty={(d) => d.data.length === 0}>
        {(d) => (
          <>
            <table aria-label="Runs">
              <thead>
                <tr>
                  <th scope="col">
                    <span className="sr-only">Compare</span>
                  </th>
                  <th scope="col">Run</th>
                  <th scope="col">Version</th>
                  <th scope="col">Dataset</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Mean score
                  </th>
                  <th scope="col">95 % CI</th>
                  <th scope="col" className="num">
                    Errors
                  </th>
                  <th scope="col" className="num">
                    p95 latency
                  </th>
                  <th scope="col" className="num">
                    Cost
                  </th>
                  <th scope="col">Started</th>
                </tr>
              </thead>
              <tbody>
                {d.data.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Compare ${r.id}`}
                        checked={pick.includes(r.id)}
                        onChange={(e) =>
                          setPick((p) => (e.target.checked ? [...p, r.id].slice(-2) : p.filter((x) => x !== r.id)))
                        }
                      />
                    </td>
                    <td>
                      <code>{r.id}</code>
                    </td>
                    <td>v{r.version}</td>
                    <td>{r.dataset}</td>
                    <td>
                      {r.status}
                      {r.status === 'running' && r.done !== undefined ? ` ${r.done}/${r.total}` : ''}
                    </td>
                    <td className="num">{score(r.summary?.score.mean)}</td>
                    <td>{ci(r.summary?.score.ci95)}</td>
                    <td className="num">{r.summary ? fmtInt(r.summary.errors) : '—'}</td>
                    <td className="num">{fmtMs(r.summary?.latency_ms.p95)}</td>
                    <td className="num">{fmtUsd(r.summary?.cost_usd)}</td>
                    <td>
                      <Time t={r.createdAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button
              type="button"
              disabled={pick.length !== 2}
              onClick={() => {
                const [a, b] = [...pick].sort(
                  (x, y) =>
                    (d.data.find((r) => r.id === x)?.version ?? 0) - (d.data.find((r) => r.id === y)?.version ?? 0),
                );
                set({ a, b });
              }}
            >
              Compare selected runs
            </button>
          </>
        )}
      </QueryView>
      {params.a && params.b ? <Compare a={params.a} b={params.b} /> : null}
    </section>
  );
}

function DeploymentDetail({ id, canOperate }: { id: string; canOperate: boolean }) {
  const inv = useInvalidate();
  const { refetchInterval } = useTimeControls();
  const [confirm, setConfirm] = useState<'rollback' | 'promote' | null>(null);
  const [reason, setReason] = useState('');
  const q = useQuery({
    queryKey: ['deployments', id],
    queryFn: () => api<DeploymentStatus>(`/admin/deployments/${encodeURIComponent(id)}`),
    refetchInterval,
  });
  const analyze = useMutation({
    mutationFn: () =>
      api<{ decision: string; detail: unknown }>(`/admin/deployments/${encodeURIComponent(id)}/analyze`, {
        method: 'POST',
        body: {},
      }),
    onSuccess: () => inv('deployments', 'model'),
  });
  const act = useMutation({
    mutationFn: (a: 'rollback' | 'promote') =>
      api(`/admin/deployments/${encodeURIComponent(id)}/${a}`, {
        method: 'POST',
        body: a === 'rollback' ? { reason } : {},
      }),
    onSuccess: () => inv('deployments', 'model'),
  });
  return (
    <section className="card" aria-label={`Deployment ${id}`}>
      <QueryView q={q}>
        {(s) => (
          <>
            <h3>
              {s.deployment.strategy} on {s.deployment.route}: v{s.deployment.baseline} → v{s.deployment.candidate} ·{' '}
              <span data-testid="deployment-state">{s.deployment.state}</span>
            </h3>
            <p>
              Candidate weight {fmtPct(s.deployment.weight)}
              {s.deployment.config.steps
                ? ` · step ${s.deployment.step + 1} of ${s.deployment.config.steps.length}`
                : ''}
            </p>
            <table aria-label="Arms">
              <thead>
                <tr>
                  <th scope="col">Arm</th>
                  <th scope="col" className="num">
                    Requests
                  </th>
                  <th scope="col" className="num">
                    Error rate
                  </th>
                  <th scope="col" className="num">
                    p95 latency
                  </th>
                  <th scope="col" className="num">
                    Cost / request
                  </th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(s.arms).map(([arm, m]) => (
                  <tr key={arm}>
                    <td>{arm}</td>
                    <td className="num">{fmtInt(m.requests)}</td>
                    <td className="num">{fmtPct(m.error_rate)}</td>
                    <td className="num">{fmtMs(m.p95_latency_ms)}</td>
                    <td className="num">{fmtUsd(m.cost_per_request_usd)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {s.shadow ? (
              <dl className="kv" aria-label="Shadow comparison">
                <dt>Shadow comparisons</dt>
                <dd>{fmtInt(s.shadow.compared)}</dd>
                <dt>Scores (primary → shadow)</dt>
                <dd>
                  {Object.keys({ ...s.shadow.primary_scores, ...s.shadow.shadow_scores })
                    .map((k) => `${k}: ${score(s.shadow?.primary_scores[k])} → ${score(s.shadow?.shadow_scores[k])}`)
                    .join(' · ') || '—'}
                </dd>
                <dt>Shadow errors</dt>
                <dd>{fmtInt(s.shadow.shadow_errors)}</dd>
                <dt>Shadow cost</dt>
                <dd>{fmtUsd(s.shadow.shadow_cost_usd)}</dd>
              </dl>
            ) : null}
            <h4>History</h4>
            <ul>
              {s.history.map((h, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: history is append-only
                <li key={i}>
                  <Time t={h.at} /> · {h.kind} {h.detail ? <code>{JSON.stringify(h.detail)}</code> : null}
                </li>
              ))}
            </ul>
            {canOperate && s.deployment.state === 'active' ? (
              <div className="row">
                <button type="button" onClick={() => setConfirm('promote')}>
                  Promote candidate
                </button>
                <button type="button" onClick={() => analyze.mutate()} disabled={analyze.isPending}>
                  Analyze now
                </button>
                <button type="button" className="danger" onClick={() => setConfirm('rollback')}>
                  Roll back
                </button>
              </div>
            ) : null}
            {analyze.data ? (
              <p role="status">
                Analysis: <strong>{analyze.data.decision}</strong>
                {analyze.data.detail ? ` — ${JSON.stringify(analyze.data.detail)}` : ''}
              </p>
            ) : null}
            {analyze.error ? <ErrorBox error={analyze.error} title="Not analysed" /> : null}
            {act.error ? <ErrorBox error={act.error} title="Refused" /> : null}
          </>
        )}
      </QueryView>
      <Confirm
        open={confirm !== null}
        title={confirm === 'rollback' ? `Roll back deployment ${id}?` : `Promote the candidate of ${id}?`}
        confirmLabel={confirm === 'rollback' ? 'Roll back' : 'Promote'}
        danger={confirm === 'rollback'}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          if (confirm === 'rollback' && reason.trim().length < 3) return;
          if (confirm) act.mutate(confirm);
          setConfirm(null);
        }}
      >
        {confirm === 'rollback' ? (
          <label>
            Reason (required)
            <input value={reason} onChange={(e) => setReason(e.target.value)} minLength={3} required />
          </label>
        ) : (
          <p>The alias moves to the candidate (the promotion gate applies).</p>
        )}
      </Confirm>
    </section>
  );
}

function Deployments({ model, canOperate }: { model: string; canOperate: boolean }) {
  const [params, set] = useParams();
  const { refetchInterval } = useTimeControls();
  const q = useQuery({
    queryKey: ['deployments'],
    queryFn: () => api<{ data: Deployment[] }>('/admin/deployments'),
    refetchInterval,
  });
  return (
    <section className="card" aria-label="Deployments">
      <h2>Deployments</h2>
      <QueryView q={q} empty={(d) => !d.data.some((x) => x.model === model)}>
        {(d) => (
          <table aria-label="Deployment list">
            <thead>
              <tr>
                <th scope="col">Id</th>
                <th scope="col">Route</th>
                <th scope="col">Strategy</th>
                <th scope="col">Baseline → candidate</th>
                <th scope="col" className="num">
                  Weight
                </th>
                <th scope="col">State</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {d.data
                .filter((x) => x.model === model)
                .map((x) => (
                  <tr key={x.id} className={params.dep === x.id ? 'selected' : undefined}>
                    <td>
                      <button type="button" className="link" onClick={() => set({ dep: x.id })}>
                        {x.id}
                      </button>
                    </td>
                    <td>{x.route}</td>
                    <td>{x.strategy}</td>
                    <td>
                      v{x.baseline} → v{x.candidate}
                    </td>
                    <td className="num">{fmtPct(x.weight)}</td>
                    <td>{x.state}</td>
                    <td>
                      <Time t={x.createdAt} />
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </QueryView>
      {params.dep ? <DeploymentDetail id={params.dep} canOperate={canOperate} /> : null}
    </section>
  );
}

function ModelView({ name }: { name: string }) {
  const s = useSignedIn();
  const operate = can(s, 'operate');
  const [params, set] = useParams();
  const q = useQuery({
    queryKey: ['model', name],
    queryFn: () => api<ModelDetail>(`/admin/models/${encodeURIComponent(name)}`),
  });
  return (
    <QueryView q={q}>
      {(d) => (
        <>
          <section className="card" aria-label={`Model ${d.name}`}>
            <h2>{d.name}</h2>
            {d.description ? <p>{d.description}</p> : null}
            <h3>Aliases</h3>
            {d.aliases.length === 0 ? (
              <p className="muted">No aliases yet.</p>
            ) : (
              <ul className="chips" aria-label="Aliases">
                {d.aliases.map((a) => (
                  <li key={a.alias} className="chip">
                    @{a.alias} → {a.version !== null ? `v${a.version}` : `@${a.follows}`}
                  </li>
                ))}
              </ul>
            )}
            <h3>Versions</h3>
            <table aria-label="Versions">
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">Spec</th>
                  <th scope="col">Risk</th>
                  <th scope="col">Aliases</th>
                  <th scope="col">Created</th>
                </tr>
              </thead>
              <tbody>
                {d.versions.map((v) => (
                  <tr key={v.version} className={params.version === String(v.version) ? 'selected' : undefined}>
                    <td>
                      <button type="button" className="link" onClick={() => set({ version: String(v.version) })}>
                        v{v.version}
                      </button>
                    </td>
                    <td>
                      <code>{v.spec.kind === 'upstream' ? `${v.spec.provider}/${v.spec.model}` : 'onnx'}</code>
                    </td>
                    <td>{v.card.risk_level}</td>
                    <td>
                      {d.aliases
                        .filter((a) => a.version === v.version)
                        .map((a) => `@${a.alias}`)
                        .join(' ')}
                    </td>
                    <td>
                      <Time t={v.createdAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {operate ? <RegisterVersion model={d.name} /> : null}
            {operate && d.versions.length > 0 ? <Promote detail={d} /> : null}
          </section>
          {params.version ? <VersionCard model={d.name} version={params.version} canEdit={operate} /> : null}
          <Evals model={d.name} versions={d.versions.map((v) => v.version)} canRun={operate} />
          <Deployments model={d.name} canOperate={operate} />
        </>
      )}
    </QueryView>
  );
}

export default function Models() {
  const s = useSignedIn();
  const [params, set] = useParams();
  const { refetchInterval } = useTimeControls();
  const models = useQuery({
    queryKey: ['models'],
    queryFn: () => api<{ data: ModelRow[] }>('/admin/models'),
    refetchInterval,
  });
  const selected = params.model ?? models.data?.data[0]?.name;
  return (
    <>
      <div className="page-head">
        <h1>Models & lifecycle</h1>
        <RefreshControl />
      </div>
      <section className="card" aria-label="Models">
        <h2>Models</h2>
        {can(s, 'operate') ? <RegisterModel /> : null}
        <QueryView q={models} empty={(d) => d.data.length === 0}>
          {(d) => (
            <ul className="chips">
              {d.data.map((m) => (
                <li key={m.name}>
                  <button
                    type="button"
                    className="chip"
                    aria-pressed={m.name === selected}
                    onClick={() =>
                      set({ model: m.name, version: undefined, a: undefined, b: undefined, dep: undefined })
                    }
                  >
                    {m.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </QueryView>
      </section>
      {selected ? <ModelView key={selected} name={selected} /> : null}
    </>
  );
}

// Deployments of a model: the list (selected one in the URL as dep) and one deployment's per-arm metrics, shadow
// summary and history, with promote, analyze and roll back (a reason required) for operators.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useSignedIn } from '../../App.tsx';
import { CardTable, DataTable } from '../../components/CardTable.tsx';
import { ConfirmButton, Time, useTimeControls } from '../../components/controls.tsx';
import { compact } from '../../components/forms.tsx';
import { ErrorBox, QueryView } from '../../components/states.tsx';
import { fmtInt, fmtMs, fmtPct, fmtUsd } from '../../format.ts';
import { useInvalidate } from '../../invalidate.ts';
import { useParams } from '../../route.ts';
import type { Deployment, DeploymentStatus } from '../../types.ts';
import { CreateDeployment } from './create-deployment.tsx';
import { score } from './format.ts';

function ShadowSummary({ shadow }: { shadow: NonNullable<DeploymentStatus['shadow']> }) {
  return (
    <dl className="kv" aria-label="Shadow comparison">
      <dt>Shadow comparisons</dt>
      <dd>{fmtInt(shadow.compared)}</dd>
      <dt>Scores (primary → shadow)</dt>
      <dd>
        {Object.keys({ ...shadow.primary_scores, ...shadow.shadow_scores })
          .map((k) => `${k}: ${score(shadow.primary_scores[k])} → ${score(shadow.shadow_scores[k])}`)
          .join(' · ') || '—'}
      </dd>
      <dt>Shadow errors</dt>
      <dd>{fmtInt(shadow.shadow_errors)}</dd>
      <dt>Shadow cost</dt>
      <dd>{fmtUsd(shadow.shadow_cost_usd)}</dd>
    </dl>
  );
}

type ArmRow = [string, DeploymentStatus['arms'][string]];

function DeploymentActions({ id }: { id: string }) {
  const s = useSignedIn();
  const inv = useInvalidate();
  const [reason, setReason] = useState('');
  const [promoteReason, setPromoteReason] = useState('');
  const [override, setOverride] = useState('');
  const path = `/admin/deployments/${encodeURIComponent(id)}`;
  const analyze = useMutation({
    mutationFn: () => api<{ decision: string; detail: unknown }>(`${path}/analyze`, { method: 'POST', body: {} }),
    onSuccess: () => inv('deployments', 'model'),
  });
  const act = useMutation({
    mutationFn: (a: 'rollback' | 'promote') =>
      api(`${path}/${a}`, {
        method: 'POST',
        body:
          a === 'rollback' ? { reason } : compact({ reason: promoteReason.trim(), override_reason: override.trim() }),
      }),
    onSuccess: () => inv('deployments', 'model'),
  });
  return (
    <>
      <div className="row">
        <ConfirmButton
          label="Promote candidate"
          title={`Promote the candidate of ${id}?`}
          confirmLabel="Promote"
          onConfirm={() => act.mutate('promote')}
        >
          <p>The alias moves to the candidate (the promotion gate applies).</p>
          <label>
            Reason (optional)
            <input value={promoteReason} onChange={(e) => setPromoteReason(e.target.value)} />
          </label>
          {s.role === 'admin' ? (
            <label>
              Override reason (admin: promotes despite a failed gate; audited)
              <input value={override} onChange={(e) => setOverride(e.target.value)} minLength={3} />
            </label>
          ) : null}
        </ConfirmButton>
        <button type="button" onClick={() => analyze.mutate()} disabled={analyze.isPending}>
          Analyze now
        </button>
        <ConfirmButton
          label="Roll back"
          title={`Roll back deployment ${id}?`}
          confirmLabel="Roll back"
          danger
          onConfirm={() => (reason.trim().length < 3 ? false : act.mutate('rollback'))}
        >
          <label>
            Reason (required)
            <input value={reason} onChange={(e) => setReason(e.target.value)} minLength={3} required />
          </label>
        </ConfirmButton>
      </div>
      {analyze.data ? (
        <p role="status">
          Analysis: <strong>{analyze.data.decision}</strong>
          {analyze.data.detail ? ` — ${JSON.stringify(analyze.data.detail)}` : ''}
        </p>
      ) : null}
      {analyze.error ? <ErrorBox error={analyze.error} title="Not analysed" /> : null}
      {act.error ? <ErrorBox error={act.error} title="Refused" /> : null}
    </>
  );
}

function DeploymentDetail({ id, canOperate }: { id: string; canOperate: boolean }) {
  const { refetchInterval } = useTimeControls();
  const q = useQuery({
    queryKey: ['deployments', id],
    queryFn: () => api<DeploymentStatus>(`/admin/deployments/${encodeURIComponent(id)}`),
    refetchInterval,
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
            <DataTable<ArmRow>
              label="Arms"
              rows={Object.entries(s.arms)}
              rowKey={([arm]) => arm}
              columns={[
                { head: 'Arm', cell: ([arm]) => arm },
                { head: 'Requests', num: true, cell: ([, m]) => fmtInt(m.requests) },
                { head: 'Error rate', num: true, cell: ([, m]) => fmtPct(m.error_rate) },
                { head: 'p95 latency', num: true, cell: ([, m]) => fmtMs(m.p95_latency_ms) },
                { head: 'Cost / request', num: true, cell: ([, m]) => fmtUsd(m.cost_per_request_usd) },
              ]}
            />
            {s.shadow ? <ShadowSummary shadow={s.shadow} /> : null}
            <h4>History</h4>
            <ul>
              {s.history.map((h, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: history is append-only
                <li key={i}>
                  <Time t={h.at} /> · {h.kind} {h.detail ? <code>{JSON.stringify(h.detail)}</code> : null}
                </li>
              ))}
            </ul>
            {canOperate && s.deployment.state === 'active' ? <DeploymentActions id={id} /> : null}
          </>
        )}
      </QueryView>
    </section>
  );
}

export function Deployments({
  model,
  versions,
  canOperate,
}: {
  model: string;
  versions: number[];
  canOperate: boolean;
}) {
  const [params, set] = useParams();
  const { refetchInterval } = useTimeControls();
  const q = useQuery({
    queryKey: ['deployments'],
    queryFn: () => api<{ data: Deployment[] }>('/admin/deployments'),
    refetchInterval,
  });
  return (
    <CardTable
      title="Deployments"
      q={q}
      rows={(d) => d.data.filter((x) => x.model === model)}
      label="Deployment list"
      rowKey={(x) => x.id}
      selected={(x) => params.dep === x.id}
      columns={[
        {
          head: 'Id',
          cell: (x) => (
            <button type="button" className="link" onClick={() => set({ dep: x.id })}>
              {x.id}
            </button>
          ),
        },
        { head: 'Route', cell: (x) => x.route },
        { head: 'Strategy', cell: (x) => x.strategy },
        { head: 'Baseline → candidate', cell: (x) => `v${x.baseline} → v${x.candidate}` },
        { head: 'Weight', num: true, cell: (x) => fmtPct(x.weight) },
        { head: 'State', cell: (x) => x.state },
        { head: 'Created', cell: (x) => <Time t={x.createdAt} /> },
      ]}
    >
      {params.dep ? <DeploymentDetail id={params.dep} canOperate={canOperate} /> : null}
      {canOperate ? (
        <CreateDeployment
          model={model}
          versions={versions}
          routes={[...new Set((q.data?.data ?? []).filter((x) => x.model === model).map((x) => x.route))]}
        />
      ) : null}
    </CardTable>
  );
}

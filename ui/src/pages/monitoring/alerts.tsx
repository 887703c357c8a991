// Alerts by state with their rules (the monitors) and "evaluate now"; the fields every monitor form shares.
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { QueryTable } from '../../components/CardTable.tsx';
import { Time, useTimeControls } from '../../components/controls.tsx';
import { Field, SelectField, text } from '../../components/forms.tsx';
import { ErrorBox, QueryView } from '../../components/states.tsx';
import { fmtInt } from '../../format.ts';
import { useInvalidate } from '../../invalidate.ts';
import { useParams } from '../../route.ts';
import type { Alert } from '../../types.ts';
import { num, SEVERITIES } from './common.ts';

/** The window / minimum / pending / severity / route fields every monitor has. */
export function MonitorCommonFields({ spec }: { spec?: Record<string, unknown> }) {
  const filter = (spec?.filter ?? {}) as { route?: string };
  return (
    <>
      <Field
        label="Window (min)"
        name="window_minutes"
        type="number"
        min="1"
        defaultValue={String(spec?.window_minutes ?? 5)}
      />
      <Field
        label="Minimum requests"
        name="min_requests"
        type="number"
        min="1"
        defaultValue={String(spec?.min_requests ?? 20)}
      />
      <Field
        label="Pending for (min)"
        name="for_minutes"
        type="number"
        min="0"
        defaultValue={String(spec?.for_minutes ?? 0)}
      />
      <SelectField
        label="Severity"
        name="severity"
        defaultValue={String(spec?.severity ?? 'ticket')}
        options={SEVERITIES}
      />
      <Field label="Route (empty = all)" name="route" defaultValue={filter.route ?? ''} />
    </>
  );
}

/** The API body of the fields above. */
export function readMonitorCommon(f: FormData): Record<string, unknown> {
  const route = text(f, 'route');
  return {
    window_minutes: Number(f.get('window_minutes')),
    min_requests: Number(f.get('min_requests')),
    for_minutes: Number(f.get('for_minutes')),
    severity: String(f.get('severity')),
    ...(route ? { filter: { route } } : {}),
  };
}

export interface MonitorRow {
  name: string;
  spec: Record<string, unknown>;
}

export const useMonitors = () => {
  const { refetchInterval } = useTimeControls();
  return useQuery({
    queryKey: ['monitors'],
    queryFn: () => api<{ data: MonitorRow[] }>('/admin/monitors'),
    refetchInterval,
  });
};

function Evaluate() {
  const inv = useInvalidate();
  const evaluate = useMutation({
    mutationFn: () =>
      api<{ transitions: unknown[]; instances: number }>('/admin/monitors/evaluate', { method: 'POST', body: {} }),
    onSuccess: () => inv('alerts', 'monitors', 'slos'),
  });
  return (
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
    </>
  );
}

export function Alerts({ canWrite }: { canWrite: boolean }) {
  const [params, set] = useParams();
  const { refetchInterval } = useTimeControls();
  const state = params.state ?? '';
  const q = useQuery({
    queryKey: ['alerts', state],
    queryFn: () => api<{ data: Alert[] }>('/admin/alerts', { query: { state } }),
    refetchInterval,
  });
  const monitors = useMonitors();
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
      <QueryTable
        q={q}
        rows={(d) => d.data}
        label="Alert list"
        rowKey={(a) => a.fingerprint}
        columns={[
          { head: 'Rule', cell: (a) => a.rule },
          { head: 'State', tone: (a) => (a.state === 'firing' ? 'bad' : undefined), cell: (a) => a.state },
          { head: 'Value', num: true, cell: (a) => num(a.value) },
          {
            head: 'Labels',
            cell: (a) => (
              <code>
                {Object.entries(a.labels)
                  .map(([k, v]) => `${k}=${v}`)
                  .join(' ')}
              </code>
            ),
          },
          { head: 'Summary', cell: (a) => a.summary },
          { head: 'Since', cell: (a) => <Time t={a.firedAt ?? a.pendingSince ?? a.resolvedAt ?? a.updatedAt} /> },
        ]}
      />
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
      {canWrite ? <Evaluate /> : null}
    </section>
  );
}

// The kill switch: scope + target + a required reason, then a confirmation; the active stops with Resume.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api.ts';
import { ACTIONS, Card, QueryTable } from '../../components/CardTable.tsx';
import { Confirm, Time } from '../../components/controls.tsx';
import { ActionForm, Field, SelectField, text } from '../../components/forms.tsx';
import { ErrorBox } from '../../components/states.tsx';
import { useInvalidate } from '../../invalidate.ts';
import type { RoutesStatus } from '../../types.ts';

interface Stop {
  scope: string;
  target: string;
  reason: string;
  actor: string;
  createdAt: number;
}
type StopRequest = Pick<Stop, 'scope' | 'target' | 'reason'>;

export function KillSwitch({ routes }: { routes: RoutesStatus | undefined }) {
  const inv = useInvalidate();
  const [pending, setPending] = useState<StopRequest | null>(null);
  const stops = useQuery({ queryKey: ['stops'], queryFn: () => api<{ data: Stop[] }>('/admin/killswitch') });
  const stop = useMutation({
    mutationFn: (b: StopRequest) => api('/admin/killswitch', { method: 'POST', body: b }),
    onSuccess: () => inv('stops'),
  });
  const resume = useMutation({
    mutationFn: (s: Stop) => api(`/admin/killswitch/${s.scope}/${encodeURIComponent(s.target)}`, { method: 'DELETE' }),
    onSuccess: () => inv('stops'),
  });
  return (
    <Card title="Kill switch">
      <ActionForm
        label="Stop traffic"
        submit="Stop traffic…"
        danger
        m={stop}
        errorTitle="Not stopped"
        onSubmit={(f) =>
          setPending({ scope: String(f.get('scope')), target: text(f, 'target'), reason: text(f, 'reason') })
        }
      >
        <SelectField
          label="Scope"
          name="scope"
          defaultValue="route"
          options={['route', 'model', 'provider', 'key', 'tenant']}
        />
        <Field label="Target" name="target" required list="ks-targets" />
        <datalist id="ks-targets">
          {routes?.data.map((r) => (
            <option key={r.model} value={r.model} />
          ))}
          {routes?.providers.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
        <Field label="Reason (required)" name="reason" required minLength={1} />
      </ActionForm>
      {resume.error ? <ErrorBox error={resume.error} title="Not resumed" /> : null}
      <QueryTable
        q={stops}
        rows={(d) => d.data}
        emptyText="Nothing is stopped."
        label="Active stops"
        rowKey={(s) => `${s.scope}/${s.target}`}
        columns={[
          { head: 'Scope', cell: (s) => s.scope },
          { head: 'Target', cell: (s) => s.target },
          { head: 'Reason', cell: (s) => s.reason },
          { head: 'By', cell: (s) => s.actor },
          { head: 'Since', cell: (s) => <Time t={s.createdAt} /> },
          {
            head: ACTIONS,
            cell: (s) => (
              <button type="button" onClick={() => resume.mutate(s)} aria-label={`Resume ${s.scope} ${s.target}`}>
                Resume
              </button>
            ),
          },
        ]}
      />
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
    </Card>
  );
}

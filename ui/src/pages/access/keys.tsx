// Keys: create (the new key shown once with a copy button), edit models / limits / budget, revoke and rotate
// (both confirmed; a rotated key is shown once like a new one).
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useSignedIn } from '../../App.tsx';
import { ACTIONS, Card, QueryTable } from '../../components/CardTable.tsx';
import { ConfirmButton, CopyButton, Time } from '../../components/controls.tsx';
import { ActionForm, Field, list, optNum, SelectField, text } from '../../components/forms.tsx';
import { ErrorBox } from '../../components/states.tsx';
import { fmtInt, fmtUsd } from '../../format.ts';
import { useInvalidate } from '../../invalidate.ts';
import type { KeyView } from '../../types.ts';
import { PolicyForm } from './policy-form.tsx';

function NewKeyShownOnce({ k, onDone }: { k: KeyView; onDone: () => void }) {
  return (
    <section className="card notice" aria-label="New key" role="status">
      <h2>Key “{k.name}” created</h2>
      <p>Copy it now: it is not shown again.</p>
      <div className="row">
        <code className="secret" data-testid="new-key">
          {k.key}
        </code>
        <CopyButton text={k.key ?? ''} label="Copy key" />
        <button type="button" onClick={onDone}>
          Done
        </button>
      </div>
    </section>
  );
}

function CreateKey({ onCreated }: { onCreated: (k: KeyView) => void }) {
  const s = useSignedIn();
  const inv = useInvalidate();
  const m = useMutation({
    mutationFn: (body: Record<string, unknown>) => api<KeyView>('/admin/keys', { method: 'POST', body }),
    onSuccess: (k) => {
      onCreated(k);
      inv('keys');
    },
  });
  return (
    <ActionForm
      label="Create a key"
      title="Create a key"
      card
      reset
      submit="Create key"
      m={m}
      errorTitle="The key was not created"
      onSubmit={(f) => {
        const usd = optNum(f, 'budget_usd');
        const rpm = optNum(f, 'rpm');
        const models = list(f, 'models');
        m.mutate({
          name: String(f.get('name')),
          role: String(f.get('role')),
          ...(text(f, 'tenant') ? { tenant: text(f, 'tenant') } : {}),
          ...(models.length ? { models } : {}),
          ...(usd ? { budget: { usd, period: String(f.get('period')) } } : {}),
          ...(rpm ? { limits: { rpm } } : {}),
        });
      }}
    >
      <Field label="Name" name="name" required />
      <SelectField
        label="Role"
        name="role"
        defaultValue="developer"
        options={s.role === 'admin' ? ['developer', 'auditor', 'operator', 'admin'] : ['developer']}
      />
      <Field label="Tenant" name="tenant" defaultValue={s.tenant ?? ''} readOnly={!s.global} />
      <Field label="Models (comma-separated, empty = all)" name="models" />
      <Field label="Budget (USD)" name="budget_usd" type="number" step="0.01" min="0" />
      <SelectField label="Budget period" name="period" defaultValue="month" options={['day', 'week', 'month']} />
      <Field label="Requests per minute" name="rpm" type="number" min="1" />
    </ActionForm>
  );
}

type Action = 'revoke' | 'rotate';
const CONFIRM: Record<Action, { label: string; note: string }> = {
  rotate: { label: 'Rotate', note: 'A new key is issued and shown once.' },
  revoke: { label: 'Revoke', note: 'Calls with this key fail at once.' },
};

export function Keys() {
  const inv = useInvalidate();
  const [created, setCreated] = useState<KeyView | null>(null);
  const [editing, setEditing] = useState<KeyView | null>(null);
  const keys = useQuery({ queryKey: ['keys'], queryFn: () => api<{ data: KeyView[] }>('/admin/keys') });
  const act = useMutation({
    mutationFn: ({ k, action }: { k: KeyView; action: Action }) =>
      api<KeyView>(`/admin/keys/${k.id}/${action}`, { method: 'POST', body: {} }),
    onSuccess: (k, v) => {
      if (v.action === 'rotate') setCreated(k);
      inv('keys');
    },
  });
  const actions = (k: KeyView) =>
    k.status === 'active' ? (
      <>
        <button type="button" onClick={() => setEditing(k)} aria-label={`Edit ${k.name}`}>
          Edit
        </button>
        {(['rotate', 'revoke'] as const).map((action) => (
          <ConfirmButton
            key={action}
            label={CONFIRM[action].label}
            ariaLabel={`${CONFIRM[action].label} ${k.name}`}
            title={`${CONFIRM[action].label} key ${k.name}?`}
            confirmLabel={`${CONFIRM[action].label} key`}
            danger={action === 'revoke'}
            onConfirm={() => act.mutate({ k, action })}
          >
            <p>{CONFIRM[action].note}</p>
          </ConfirmButton>
        ))}
      </>
    ) : null;
  return (
    <>
      {created ? <NewKeyShownOnce k={created} onDone={() => setCreated(null)} /> : null}
      {act.error ? <ErrorBox error={act.error} title="Refused" /> : null}
      <CreateKey onCreated={setCreated} />
      {editing ? (
        <PolicyForm
          key={editing.id}
          card
          label={`Edit key ${editing.name}`}
          title={`Edit ${editing.name}`}
          path={`/admin/keys/${editing.id}`}
          p={editing}
          keys={['keys']}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <Card title="Keys">
        <QueryTable
          q={keys}
          rows={(d) => d.data}
          label="Key list"
          rowKey={(k) => k.id}
          columns={[
            { head: 'Name', cell: (k) => k.name },
            { head: 'Id', cell: (k) => <code>{k.id}</code> },
            { head: 'Role', cell: (k) => k.role },
            { head: 'Tenant', cell: (k) => k.tenant ?? '—' },
            { head: 'Models', cell: (k) => k.models?.join(', ') || 'all' },
            { head: 'RPM', num: true, cell: (k) => fmtInt(k.limits.rpm) },
            { head: 'Budget', cell: (k) => (k.budget ? `${fmtUsd(k.budget.usd)} / ${k.budget.period}` : '—') },
            { head: 'Status', cell: (k) => k.status },
            { head: 'Created', cell: (k) => <Time t={k.created_at} /> },
            { head: ACTIONS, tone: () => 'actions', cell: actions },
          ]}
        />
      </Card>
    </>
  );
}

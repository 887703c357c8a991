// Tenants (global admins create and edit them) and the teams of the tenant chosen (in the URL): each with its
// policy (models, limits, budget) summarised in the list and edited in place.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useSignedIn } from '../../App.tsx';
import { ACTIONS, Card, QueryTable } from '../../components/CardTable.tsx';
import { Time } from '../../components/controls.tsx';
import { ActionForm, Field, text } from '../../components/forms.tsx';
import { PolicyFields, policySummary, readPolicy } from '../../components/policy.tsx';
import { fmtUsd } from '../../format.ts';
import { useInvalidate } from '../../invalidate.ts';
import { useParams } from '../../route.ts';
import type { TeamView, TenantView } from '../../types.ts';
import { PolicyForm } from './policy-form.tsx';

/** A POST that refreshes the listed query keys. */
function useCreate(path: string, keys: string[]) {
  const inv = useInvalidate();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api(path, { method: 'POST', body }),
    onSuccess: () => inv(...keys),
  });
}

function Teams({ tenant }: { tenant: string }) {
  const [editing, setEditing] = useState<TeamView | null>(null);
  const base = `/admin/tenants/${encodeURIComponent(tenant)}/teams`;
  const teams = useQuery({ queryKey: ['teams', tenant], queryFn: () => api<{ data: TeamView[] }>(base) });
  const create = useCreate(base, ['teams']);
  return (
    <section className="card" aria-label={`Teams of ${tenant}`}>
      <h3>Teams of {tenant}</h3>
      <QueryTable
        q={teams}
        rows={(d) => d.data}
        label={`Team list of ${tenant}`}
        rowKey={(t) => t.name}
        columns={[
          { head: 'Team', cell: (t) => t.name },
          { head: 'Policy', cell: (t) => policySummary(t, fmtUsd) },
          { head: 'Created', cell: (t) => <Time t={t.created_at} /> },
          {
            head: ACTIONS,
            cell: (t) => (
              <button type="button" onClick={() => setEditing(t)} aria-label={`Edit team ${t.name}`}>
                Edit
              </button>
            ),
          },
        ]}
      />
      {editing ? (
        <PolicyForm
          key={editing.name}
          label={`Edit team ${editing.name}`}
          title={`Edit team ${editing.name}`}
          path={`${base}/${encodeURIComponent(editing.name)}`}
          p={editing}
          keys={['tenants', 'teams']}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ActionForm
        label={`Create a team in ${tenant}`}
        title="New team"
        submit="Create team"
        reset
        m={create}
        errorTitle="Team not created"
        onSubmit={(f) => {
          const { models, budget, limits } = readPolicy(f);
          create.mutate({ name: text(f, 'team'), ...(models ? { models } : {}), budget, limits });
        }}
      >
        <Field label="Team name" name="team" required />
        <PolicyFields />
      </ActionForm>
    </section>
  );
}

export function Tenants() {
  const s = useSignedIn();
  const [params, set] = useParams();
  const [editing, setEditing] = useState<TenantView | null>(null);
  const tenants = useQuery({ queryKey: ['tenants'], queryFn: () => api<{ data: TenantView[] }>('/admin/tenants') });
  const create = useCreate('/admin/tenants', ['tenants']);
  const selected = params.tenant ?? (s.global ? undefined : (s.tenant ?? undefined));
  return (
    <Card title="Tenants">
      {s.global ? (
        <ActionForm
          label="Create a tenant"
          row
          reset
          submit="Create tenant"
          m={create}
          errorTitle="Not created"
          onSubmit={(f) => create.mutate({ name: String(f.get('tenant')) })}
        >
          <Field label="New tenant " name="tenant" required />
        </ActionForm>
      ) : null}
      <QueryTable
        q={tenants}
        rows={(d) => d.data}
        label="Tenant list"
        rowKey={(t) => t.name}
        selected={(t) => selected === t.name}
        columns={[
          { head: 'Tenant', cell: (t) => t.name },
          { head: 'Policy', cell: (t) => policySummary(t, fmtUsd) },
          {
            head: ACTIONS,
            tone: () => 'actions',
            cell: (t) => (
              <>
                <button type="button" onClick={() => set({ tenant: t.name })} aria-label={`Teams of ${t.name}`}>
                  Teams
                </button>
                {s.global ? (
                  <button type="button" onClick={() => setEditing(t)} aria-label={`Edit tenant ${t.name}`}>
                    Edit
                  </button>
                ) : null}
              </>
            ),
          },
        ]}
      />
      {editing ? (
        <PolicyForm
          key={editing.name}
          label={`Edit tenant ${editing.name}`}
          title={`Edit tenant ${editing.name}`}
          path={`/admin/tenants/${encodeURIComponent(editing.name)}`}
          p={editing}
          keys={['tenants', 'teams']}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {selected ? <Teams key={selected} tenant={selected} /> : null}
    </Card>
  );
}

// Access: tenants (global admins), keys (create: the new key shown once with a copy button; edit models,
// limits, budget; revoke; rotate) and provider credential names (never values).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api.ts';
import { useSignedIn } from '../App.tsx';
import { Confirm, CopyButton, Time } from '../components/controls.tsx';
import { ErrorBox, QueryView } from '../components/states.tsx';
import { fmtInt, fmtUsd } from '../format.ts';
import { PolicyFields, policySummary, readPolicy } from '../components/policy.tsx';
import { useParams } from '../route.ts';
import type { Budget, KeyView, Policy, TeamView, TenantView } from '../types.ts';

const list = (v: FormDataEntryValue | null) =>
  String(v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const num = (v: FormDataEntryValue | null) => (String(v ?? '').trim() === '' ? undefined : Number(v));

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
  const qc = useQueryClient();
  const m = useMutation({
    mutationFn: (body: Record<string, unknown>) => api<KeyView>('/admin/keys', { method: 'POST', body }),
    onSuccess: (k) => {
      onCreated(k);
      qc.invalidateQueries({ queryKey: ['keys'] });
    },
  });
  return (
    <form
      className="card form-grid"
      aria-label="Create a key"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const usd = num(f.get('budget_usd'));
        const rpm = num(f.get('rpm'));
        const models = list(f.get('models'));
        m.mutate({
          name: String(f.get('name')),
          role: String(f.get('role')),
          ...(String(f.get('tenant') ?? '') ? { tenant: String(f.get('tenant')) } : {}),
          ...(models.length ? { models } : {}),
          ...(usd ? { budget: { usd, period: String(f.get('period')) } } : {}),
          ...(rpm ? { limits: { rpm } } : {}),
        });
        e.currentTarget.reset();
      }}
    >
      <h2>Create a key</h2>
      <label>
        Name
        <input name="name" required />
      </label>
      <label>
        Role
        <select name="role" defaultValue="developer">
          {(s.role === 'admin' ? ['developer', 'auditor', 'operator', 'admin'] : ['developer']).map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </label>
      <label>
        Tenant
        <input name="tenant" defaultValue={s.tenant ?? ''} readOnly={!s.global} />
      </label>
      <label>
        Models (comma-separated, empty = all)
        <input name="models" />
      </label>
      <label>
        Budget (USD)
        <input name="budget_usd" type="number" step="0.01" min="0" />
      </label>
      <label>
        Budget period
        <select name="period" defaultValue="month">
          <option>day</option>
          <option>week</option>
          <option>month</option>
        </select>
      </label>
      <label>
        Requests per minute
        <input name="rpm" type="number" min="1" />
      </label>
      <button type="submit" className="primary" disabled={m.isPending}>
        Create key
      </button>
      {m.error ? <ErrorBox error={m.error} title="The key was not created" /> : null}
    </form>
  );
}

function EditKey({ k, onClose }: { k: KeyView; onClose: () => void }) {
  const qc = useQueryClient();
  const m = useMutation({
    mutationFn: (body: Record<string, unknown>) => api<KeyView>(`/admin/keys/${k.id}`, { method: 'PATCH', body }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ['keys'] });
      onClose();
    },
  });
  return (
    <form
      className="card form-grid"
      aria-label={`Edit key ${k.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        m.mutate(keepThresholds(readPolicy(new FormData(e.currentTarget)), k.budget));
      }}
    >
      <h2>Edit {k.name}</h2>
      <PolicyFields p={k} />
      <div className="row">
        <button type="submit" className="primary" disabled={m.isPending}>
          Save
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      {m.error ? <ErrorBox error={m.error} title="Not saved" /> : null}
    </form>
  );
}

function Keys() {
  const qc = useQueryClient();
  const [created, setCreated] = useState<KeyView | null>(null);
  const [editing, setEditing] = useState<KeyView | null>(null);
  const [confirm, setConfirm] = useState<{ k: KeyView; action: 'revoke' | 'rotate' } | null>(null);
  const keys = useQuery({ queryKey: ['keys'], queryFn: () => api<{ data: KeyView[] }>('/admin/keys') });
  const act = useMutation({
    mutationFn: ({ k, action }: { k: KeyView; action: 'revoke' | 'rotate' }) =>
      api<KeyView>(`/admin/keys/${k.id}/${action}`, { method: 'POST', body: {} }),
    onSuccess: (k, v) => {
      if (v.action === 'rotate') setCreated(k);
      qc.invalidateQueries({ queryKey: ['keys'] });
    },
  });
  return (
    <>
      {created ? <NewKeyShownOnce k={created} onDone={() => setCreated(null)} /> : null}
      {act.error ? <ErrorBox error={act.error} title="Refused" /> : null}
      <CreateKey onCreated={setCreated} />
      {editing ? <EditKey k={editing} onClose={() => setEditing(null)} /> : null}
      <section className="card" aria-label="Keys">
        <h2>Keys</h2>
        <QueryView q={keys} empty={(d) => d.data.length === 0}>
          {(d) => (
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Id</th>
                  <th scope="col">Role</th>
                  <th scope="col">Tenant</th>
                  <th scope="col">Models</th>
                  <th scope="col" className="num">
                    RPM
                  </th>
                  <th scope="col">Budget</th>
                  <th scope="col">Status</th>
                  <th scope="col">Created</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.data.map((k) => (
                  <tr key={k.id}>
                    <td>{k.name}</td>
                    <td>
                      <code>{k.id}</code>
                    </td>
                    <td>{k.role}</td>
                    <td>{k.tenant ?? '—'}</td>
                    <td>{k.models?.join(', ') || 'all'}</td>
                    <td className="num">{fmtInt(k.limits.rpm)}</td>
                    <td>{k.budget ? `${fmtUsd(k.budget.usd)} / ${k.budget.period}` : '—'}</td>
                    <td>{k.status}</td>
                    <td>
                      <Time t={k.created_at} />
                    </td>
                    <td className="actions">
                      {k.status === 'active' ? (
                        <>
                          <button type="button" onClick={() => setEditing(k)} aria-label={`Edit ${k.name}`}>
                            Edit
                          </button>
                          <button
                            type="button"
                            onClick={() => setConfirm({ k, action: 'rotate' })}
                            aria-label={`Rotate ${k.name}`}
                          >
                            Rotate
                          </button>
                          <button
                            type="button"
                            className="danger"
                            onClick={() => setConfirm({ k, action: 'revoke' })}
                            aria-label={`Revoke ${k.name}`}
                          >
                            Revoke
                          </button>
                        </>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </QueryView>
      </section>
      <Confirm
        open={confirm !== null}
        title={confirm ? `${confirm.action === 'revoke' ? 'Revoke' : 'Rotate'} key ${confirm.k.name}?` : ''}
        confirmLabel={confirm?.action === 'revoke' ? 'Revoke key' : 'Rotate key'}
        danger={confirm?.action === 'revoke'}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          if (confirm) act.mutate(confirm);
          setConfirm(null);
        }}
      >
        <p>
          {confirm?.action === 'revoke' ? 'Calls with this key fail at once.' : 'A new key is issued and shown once.'}
        </p>
      </Confirm>
    </>
  );
}

/** The form edits amount and period only: a budget keeps its own alert thresholds (set through the API). */
function keepThresholds(body: Record<string, unknown>, old: Budget | null): Record<string, unknown> {
  const b = body.budget as Budget | null;
  return b && old?.alert_thresholds ? { ...body, budget: { ...b, alert_thresholds: old.alert_thresholds } } : body;
}

/** Edits a tenant's or a team's models, limits and budget (PATCH with the shared policy body). */
function EditPolicy({ title, path, p, onClose }: { title: string; path: string; p: Policy; onClose: () => void }) {
  const qc = useQueryClient();
  const m = useMutation({
    mutationFn: (body: Record<string, unknown>) => api(path, { method: 'PATCH', body }),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: ['tenants'] });
      qc.invalidateQueries({ queryKey: ['teams'] });
      onClose();
    },
  });
  return (
    <form
      className="form-grid"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        m.mutate(keepThresholds(readPolicy(new FormData(e.currentTarget)), p.budget));
      }}
    >
      <h3>{title}</h3>
      <PolicyFields p={p} />
      <div className="row">
        <button type="submit" className="primary" disabled={m.isPending}>
          Save
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      {m.error ? <ErrorBox error={m.error} title="Not saved" /> : null}
    </form>
  );
}

function Teams({ tenant }: { tenant: string }) {
  const qc = useQueryClient();
  const [editing, setEditing] = useState<TeamView | null>(null);
  const base = `/admin/tenants/${encodeURIComponent(tenant)}/teams`;
  const teams = useQuery({ queryKey: ['teams', tenant], queryFn: () => api<{ data: TeamView[] }>(base) });
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => api(base, { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['teams', tenant] }),
  });
  return (
    <section className="card" aria-label={`Teams of ${tenant}`}>
      <h3>Teams of {tenant}</h3>
      <QueryView q={teams} empty={(d) => d.data.length === 0}>
        {(d) => (
          <table aria-label={`Team list of ${tenant}`}>
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col">Policy</th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {d.data.map((t) => (
                <tr key={t.name}>
                  <td>{t.name}</td>
                  <td>{policySummary(t, fmtUsd)}</td>
                  <td>
                    <Time t={t.created_at} />
                  </td>
                  <td>
                    <button type="button" onClick={() => setEditing(t)} aria-label={`Edit team ${t.name}`}>
                      Edit
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
      {editing ? (
        <EditPolicy
          key={editing.name}
          title={`Edit team ${editing.name}`}
          path={`${base}/${encodeURIComponent(editing.name)}`}
          p={editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <form
        className="form-grid"
        aria-label={`Create a team in ${tenant}`}
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const { models, budget, limits } = readPolicy(f);
          create.mutate({ name: String(f.get('team')).trim(), ...(models ? { models } : {}), budget, limits });
          e.currentTarget.reset();
        }}
      >
        <h3>New team</h3>
        <label>
          Team name
          <input name="team" required />
        </label>
        <PolicyFields />
        <button type="submit" className="primary" disabled={create.isPending}>
          Create team
        </button>
        {create.error ? <ErrorBox error={create.error} title="Team not created" /> : null}
      </form>
    </section>
  );
}

function Tenants() {
  const s = useSignedIn();
  const qc = useQueryClient();
  const [params, set] = useParams();
  const [editing, setEditing] = useState<TenantView | null>(null);
  const tenants = useQuery({ queryKey: ['tenants'], queryFn: () => api<{ data: TenantView[] }>('/admin/tenants') });
  const create = useMutation({
    mutationFn: (name: string) => api('/admin/tenants', { method: 'POST', body: { name } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['tenants'] }),
  });
  const selected = params.tenant ?? (s.global ? undefined : (s.tenant ?? undefined));
  return (
    <section className="card" aria-label="Tenants">
      <h2>Tenants</h2>
      {s.global ? (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            create.mutate(String(f.get('tenant')));
            e.currentTarget.reset();
          }}
        >
          <label>
            New tenant <input name="tenant" required />
          </label>
          <button type="submit">Create tenant</button>
        </form>
      ) : null}
      {create.error ? <ErrorBox error={create.error} title="Not created" /> : null}
      <QueryView q={tenants} empty={(d) => d.data.length === 0}>
        {(d) => (
          <table aria-label="Tenant list">
            <thead>
              <tr>
                <th scope="col">Tenant</th>
                <th scope="col">Policy</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {d.data.map((t) => (
                <tr key={t.name} className={selected === t.name ? 'selected' : undefined}>
                  <td>{t.name}</td>
                  <td>{policySummary(t, fmtUsd)}</td>
                  <td className="actions">
                    <button type="button" onClick={() => set({ tenant: t.name })} aria-label={`Teams of ${t.name}`}>
                      Teams
                    </button>
                    {s.global ? (
                      <button type="button" onClick={() => setEditing(t)} aria-label={`Edit tenant ${t.name}`}>
                        Edit
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
      {editing ? (
        <EditPolicy
          key={editing.name}
          title={`Edit tenant ${editing.name}`}
          path={`/admin/tenants/${encodeURIComponent(editing.name)}`}
          p={editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {selected ? <Teams key={selected} tenant={selected} /> : null}
    </section>
  );
}

function Credentials() {
  const q = useQuery({
    queryKey: ['credentials'],
    queryFn: () =>
      api<{ data: { name: string; provider?: string; tenant?: string | null }[] }>('/admin/provider-credentials'),
  });
  return (
    <section className="card" aria-label="Provider credentials">
      <h2>Provider credentials</h2>
      <QueryView q={q} empty={(d) => d.data.length === 0}>
        {(d) => (
          <ul>
            {d.data.map((c) => (
              <li key={`${c.tenant ?? ''}/${c.name}`}>
                {c.name}
                {c.tenant ? ` (tenant ${c.tenant})` : ''} — value hidden
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}

export default function Access() {
  const s = useSignedIn();
  return (
    <>
      <div className="page-head">
        <h1>Access</h1>
      </div>
      {s.role === 'admin' ? <Tenants /> : null}
      <Keys />
      {s.role === 'admin' ? <Credentials /> : null}
    </>
  );
}

// The registry forms of the Models page: register a model or its next version, promote a version through the gate
// (the gate report when refused; admins may override with a reason), and the model card of a version.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api } from '../../api.ts';
import { useSignedIn } from '../../App.tsx';
import { DataTable } from '../../components/CardTable.tsx';
import { ActionForm, Field, SelectField, text } from '../../components/forms.tsx';
import { ErrorBox, QueryView } from '../../components/states.tsx';
import { useInvalidate } from '../../invalidate.ts';
import { useParams } from '../../route.ts';
import type { GateReport, ModelDetail, ModelRow } from '../../types.ts';
import { ci, score } from './format.ts';

const RISK = ['low', 'medium', 'high'] as const;

export function RegisterModel() {
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
    <ActionForm
      row
      reset
      label="Register a model"
      submit="Register model"
      m={m}
      errorTitle="Not registered"
      onSubmit={(f) => m.mutate({ name: text(f, 'name'), description: String(f.get('description') ?? '') })}
    >
      <Field label="New model " name="name" required />
      <Field label="Description " name="description" />
    </ActionForm>
  );
}

export function RegisterVersion({ model }: { model: string }) {
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
    <ActionForm
      label="Register a version"
      title="Register the next version"
      submit="Register version"
      m={m}
      errorTitle="Not registered"
      onSubmit={(f) => {
        const system = text(f, 'system_prompt');
        m.mutate({
          spec: {
            kind: 'upstream',
            provider: text(f, 'provider'),
            model: text(f, 'upstream'),
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
      <Field label="Provider" name="provider" required />
      <Field label="Upstream model" name="upstream" required />
      <Field label="System prompt (optional)" name="system_prompt" />
      <Field label="Intended use" name="intended_use" />
      <Field label="Owner" name="owner" />
      <SelectField label="Risk level" name="risk_level" defaultValue="medium" options={RISK} />
    </ActionForm>
  );
}

export function GateReportView({ report }: { report: GateReport }) {
  return (
    <section aria-label="Gate report" className={report.passed ? 'ok-box' : 'error-box'}>
      <strong>
        Gate {report.passed ? 'passed' : 'refused'}: {report.model}/{report.version} → @{report.alias}
        {report.current !== null ? ` (now v${report.current})` : ''}
      </strong>
      <DataTable
        label="Gate criteria"
        rows={report.criteria}
        rowKey={(c) => `${c.dataset}/${c.criterion}`}
        columns={[
          { head: 'Dataset', cell: (c) => c.dataset },
          { head: 'Criterion', cell: (c) => c.criterion },
          { head: 'Required', num: true, cell: (c) => score(c.required) },
          { head: 'Actual', num: true, cell: (c) => score(c.actual) },
          {
            head: 'Result',
            tone: (c) => (c.passed ? undefined : 'bad'),
            cell: (c) => (c.passed ? 'pass' : `fail: ${c.detail}`),
          },
        ]}
      />
    </section>
  );
}

/** A version picker over the model's versions, the newest selected. */
export function VersionSelect({
  versions,
  name = 'version',
  label = 'Version',
}: {
  versions: number[];
  name?: string;
  label?: string;
}) {
  return (
    <SelectField
      label={label}
      name={name}
      defaultValue={String(versions.at(-1) ?? '')}
      options={versions.map((v) => [String(v), `v${v}`] as const)}
    />
  );
}

export function Promote({ detail }: { detail: ModelDetail }) {
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
  const read = (f: FormData) => ({
    alias: text(f, 'alias'),
    version: Number(f.get('version')),
    override_reason: text(f, 'override_reason') || undefined,
  });
  const gated = (detail.policy as { alias?: string } | null)?.alias;
  return (
    <ActionForm
      label="Promote a version"
      title="Promote"
      submit="Promote"
      m={promote}
      errorTitle="Promotion refused"
      onSubmit={(f) => promote.mutate(read(f))}
      after={
        <>
          {promote.isSuccess ? (
            <p className="ok-box" role="status">
              Alias moved.
            </p>
          ) : null}
          {check.error ? <ErrorBox error={check.error} title="Gate check failed" /> : null}
          {check.isSuccess && !check.data.report ? <p className="muted">No gate applies to this alias.</p> : null}
          {report ? <GateReportView report={report} /> : null}
        </>
      }
      actions={
        <button
          type="button"
          disabled={check.isPending}
          onClick={(e) => {
            const form = e.currentTarget.form;
            if (form) check.mutate(read(new FormData(form)));
          }}
        >
          Check gate
        </button>
      }
    >
      <p className="muted">
        {gated
          ? `Moving @${gated} runs the promotion gate (the model's policy).`
          : 'No promotion policy: aliases move without a gate.'}
      </p>
      <Field label="Alias" name="alias" defaultValue={gated ?? 'champion'} required />
      <VersionSelect versions={detail.versions.map((v) => v.version)} />
      {s.role === 'admin' ? (
        <Field
          label="Override reason (admin: moves despite a failed gate; audited)"
          name="override_reason"
          minLength={3}
        />
      ) : null}
    </ActionForm>
  );
}

type VersionDetail = ModelDetail['versions'][number] & { aliases: string[] };

function EditCard({ v, onDone, save }: { v: VersionDetail; onDone: () => void; save: ReturnType<typeof useSaveCard> }) {
  return (
    <ActionForm
      label="Edit model card"
      submit="Save card"
      m={save}
      errorTitle="Card not saved"
      onSubmit={(f) =>
        save.mutate({
          intended_use: String(f.get('intended_use')),
          limitations: String(f.get('limitations')),
          owner: String(f.get('owner')),
          risk_level: String(f.get('risk_level')),
          notes: String(f.get('notes')),
        })
      }
      actions={
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      }
    >
      <Field label="Intended use " name="intended_use" defaultValue={v.card.intended_use} />
      <Field label="Limitations " name="limitations" defaultValue={v.card.limitations} />
      <Field label="Owner " name="owner" defaultValue={v.card.owner} />
      <SelectField label="Risk level" name="risk_level" defaultValue={v.card.risk_level} options={RISK} />
      <Field label="Notes " name="notes" defaultValue={v.card.notes} />
    </ActionForm>
  );
}

function useSaveCard(model: string, version: string, onSaved: () => void) {
  const inv = useInvalidate();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api(`/admin/models/${encodeURIComponent(model)}/versions/${encodeURIComponent(version)}/card`, {
        method: 'PATCH',
        body,
      }),
    onSuccess: () => {
      inv('model');
      onSaved();
    },
  });
}

function CardFacts({ v }: { v: VersionDetail }) {
  return (
    <>
      <dl className="kv">
        <dt>Spec</dt>
        <dd>
          <code>
            {v.spec.kind === 'upstream' ? `${v.spec.provider}/${v.spec.model}` : 'ONNX'} · {v.specHash.slice(0, 12)}
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
    </>
  );
}

export function VersionCard({ model, version, canEdit }: { model: string; version: string; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const q = useQuery({
    queryKey: ['model', model, 'version', version],
    queryFn: () =>
      api<VersionDetail>(`/admin/models/${encodeURIComponent(model)}/versions/${encodeURIComponent(version)}`),
  });
  const save = useSaveCard(model, version, () => setEditing(false));
  return (
    <section className="card" aria-label={`Model card v${version}`}>
      <h3>
        Model card · {model} v{version}
      </h3>
      <QueryView q={q}>
        {(v) =>
          editing ? (
            <EditCard v={v} save={save} onDone={() => setEditing(false)} />
          ) : (
            <>
              <CardFacts v={v} />
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

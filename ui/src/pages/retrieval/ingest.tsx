// Collections and their ingestion: create a collection, start an ingestion run (a directory or file on the node,
// or a URL), and follow a run's live progress with cancel.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../../api.ts';
import { ActionForm, Field, SelectField, text } from '../../components/forms.tsx';
import { ErrorBox, QueryView } from '../../components/states.tsx';
import { fmtInt } from '../../format.ts';
import { useInvalidate } from '../../invalidate.ts';
import { useParams } from '../../route.ts';
import { useSession } from '../../session.ts';
import { type Collection, collectionPath, type Job, type Where } from './types.ts';

const TERMINAL = ['completed', 'cancelled', 'dead', 'failed'];

export function CreateCollection({ tenant }: { tenant: string | undefined }) {
  const inv = useInvalidate();
  const [, set] = useParams();
  const m = useMutation({
    mutationFn: (b: Record<string, unknown>) =>
      api<Collection>('/admin/retrieval/collections', { method: 'POST', body: b }),
    onSuccess: (c) => {
      inv('collections');
      set({ collection: c.name, job: undefined });
    },
  });
  return (
    <ActionForm
      row
      reset
      label="Create a collection"
      submit="Create collection"
      m={m}
      errorTitle="Not created"
      onSubmit={(f) => {
        const embed = text(f, 'embedding');
        m.mutate({
          name: text(f, 'name'),
          ...(tenant ? { tenant } : {}),
          ...(embed ? { settings: { embeddingModel: embed } } : {}),
        });
      }}
    >
      <Field label="New collection " name="name" required />
      <Field label="Embedding route (optional) " name="embedding" />
    </ActionForm>
  );
}

function progressText(j: Job): string {
  const d = j.progress?.detail ?? {};
  const count =
    j.progress?.done !== undefined
      ? ` · ${fmtInt(j.progress.done)}${j.progress.total ? ` of ${fmtInt(j.progress.total)}` : ''} documents`
      : '';
  const result = j.result
    ? ` · ${fmtInt(j.result.added)} added, ${fmtInt(j.result.changed)} changed, ${fmtInt(j.result.removed)} removed, ${fmtInt(j.result.chunks)} chunks`
    : Object.keys(d).length
      ? ` · ${Object.entries(d)
          .map(([k, v]) => `${fmtInt(v)} ${k}`)
          .join(', ')}`
      : '';
  return count + result;
}

export function IngestRun({ id, canCancel }: { id: string; canCancel: boolean }) {
  const inv = useInvalidate();
  const q = useQuery({
    queryKey: ['job', id],
    queryFn: () => api<Job>(`/admin/retrieval/jobs/${encodeURIComponent(id)}`),
    refetchInterval: (query) => (query.state.data && TERMINAL.includes(query.state.data.state) ? false : 500),
  });
  const done = q.data ? TERMINAL.includes(q.data.state) : false;
  // biome-ignore lint/correctness/useExhaustiveDependencies: refresh the collection once, when the run ends
  useEffect(() => {
    if (done) inv('collection', 'documents', 'collections');
  }, [done]);
  const cancel = useMutation({
    mutationFn: () =>
      api<{ cancelled: boolean }>(`/admin/retrieval/jobs/${encodeURIComponent(id)}/cancel`, {
        method: 'POST',
        body: {},
      }),
    onSuccess: () => inv('job'),
  });
  return (
    <section aria-label="Ingestion run" className="card">
      <h3>
        Ingestion run <code>{id}</code>
      </h3>
      <QueryView q={q}>
        {(j) => (
          <>
            <p role="status">
              <strong data-testid="job-state">{j.state}</strong>
              {progressText(j)}
            </p>
            {j.progress?.total ? (
              <progress value={j.progress.done ?? 0} max={j.progress.total} aria-label="Ingestion progress" />
            ) : null}
            {j.error ? <p className="bad">{j.error}</p> : null}
            {canCancel && !TERMINAL.includes(j.state) ? (
              <button type="button" className="danger" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
                Cancel run
              </button>
            ) : null}
            {cancel.error ? <ErrorBox error={cancel.error} title="Not cancelled" /> : null}
          </>
        )}
      </QueryView>
    </section>
  );
}

export function Ingest({ collection, tenant }: Where) {
  const [, set] = useParams();
  // Node-local sources (a directory on the node) are for global keys only; the API refuses them to a tenant's
  // admin with 403, so the form offers a tenant session URLs alone.
  const session = useSession().data;
  const nodeLocal = session?.signed_in === true && session.global;
  const m = useMutation({
    mutationFn: (source: Record<string, string>) =>
      api<{ job: string }>(`${collectionPath(collection)}/ingest`, {
        method: 'POST',
        body: { sources: [source], ...(tenant ? { tenant } : {}) },
      }),
    onSuccess: (r) => set({ job: r.job }),
  });
  return (
    <ActionForm
      label="Ingest documents"
      title="Ingest"
      submit="Start ingestion"
      m={m}
      errorTitle="Not started"
      onSubmit={(f) => {
        const kind = String(f.get('kind'));
        const value = text(f, 'source');
        m.mutate(kind === 'url' ? { kind, url: value } : { kind, path: value });
      }}
    >
      <SelectField
        key={nodeLocal ? 'global' : 'tenant'}
        label="Source"
        name="kind"
        defaultValue={nodeLocal ? 'files' : 'url'}
        options={
          nodeLocal
            ? [
                ['files', 'directory or file on the node'],
                ['url', 'URL'],
              ]
            : [['url', 'URL']]
        }
      />
      <Field label={nodeLocal ? 'Path or URL' : 'URL'} name="source" required />
    </ActionForm>
  );
}

// The learned keys (ERM memory) of a collection: committed versions, commit the current keys, roll back to one.
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { ACTIONS, CardTable } from '../../components/CardTable.tsx';
import { ConfirmButton, Time } from '../../components/controls.tsx';
import { ErrorBox } from '../../components/states.tsx';
import { fmtInt } from '../../format.ts';
import { useInvalidate } from '../../invalidate.ts';
import { collectionPath, type KeyVersion, type Where } from './types.ts';

export function Memory({ collection, tenant, canWrite }: Where & { canWrite: boolean }) {
  const inv = useInvalidate();
  const base = `${collectionPath(collection)}/keys`;
  const q = useQuery({
    queryKey: ['keys-versions', tenant, collection],
    queryFn: () => api<{ data: KeyVersion[] }>(base, { query: { tenant } }),
  });
  const commit = useMutation({
    mutationFn: () => api<{ version: number }>(`${base}/commit`, { method: 'POST', body: {}, query: { tenant } }),
    onSuccess: () => inv('keys-versions', 'collection'),
  });
  const rollback = useMutation({
    mutationFn: (version: number) =>
      api<{ from: number; to: number }>(`${base}/rollback`, {
        method: 'POST',
        body: { version, ...(tenant ? { tenant } : {}) },
      }),
    onSuccess: () => inv('keys-versions', 'collection', 'retrieve'),
  });
  return (
    <CardTable
      title="Learned keys (ERM memory)"
      q={q}
      rows={(d) => d.data}
      label="Memory versions"
      rowKey={(v) => v.version}
      columns={[
        { head: 'Version', cell: (v) => `v${v.version}${v.active ? ' (active)' : ''}` },
        { head: 'Note', cell: (v) => v.note },
        { head: 'Feedback', num: true, cell: (v) => fmtInt(v.feedback) },
        { head: 'Documents', num: true, cell: (v) => fmtInt(v.documents) },
        { head: 'Keys', num: true, cell: (v) => fmtInt(v.units) },
        { head: 'Created', cell: (v) => <Time t={v.created_at} /> },
        {
          head: ACTIONS,
          cell: (v) =>
            canWrite && !v.active ? (
              <ConfirmButton
                label={`Roll back to v${v.version}`}
                title={`Roll the learned keys back to v${v.version}?`}
                confirmLabel="Roll back"
                danger
                onConfirm={() => rollback.mutate(v.version)}
              >
                <p>Searches use that version's learned keys at once.</p>
              </ConfirmButton>
            ) : null,
        },
      ]}
    >
      {canWrite ? (
        <button type="button" onClick={() => commit.mutate()} disabled={commit.isPending}>
          Commit current keys as a version
        </button>
      ) : null}
      {commit.error ? <ErrorBox error={commit.error} title="Not committed" /> : null}
      {rollback.error ? <ErrorBox error={rollback.error} title="Not rolled back" /> : null}
      {rollback.data ? (
        <p role="status">
          Rolled back from v{rollback.data.from} to v{rollback.data.to}.
        </p>
      ) : null}
    </CardTable>
  );
}

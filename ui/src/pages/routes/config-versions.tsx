// Config versions (newest first) with a diff against the previous one (both in the URL) and, for operators,
// a reload from the file.
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useSignedIn } from '../../App.tsx';
import { QueryTable } from '../../components/CardTable.tsx';
import { Time } from '../../components/controls.tsx';
import { ErrorBox, QueryView } from '../../components/states.tsx';
import { useInvalidate } from '../../invalidate.ts';
import { useParams } from '../../route.ts';
import { can } from '../../session.ts';

interface Version {
  version: string;
  author: string;
  createdAt?: number;
  created_at?: string;
  source: string;
}

function Reload() {
  const inv = useInvalidate();
  const reload = useMutation({
    mutationFn: () =>
      api<{ version: string; changed: boolean; applied: string[] }>('/admin/config/reload', {
        method: 'POST',
        body: {},
      }),
    onSuccess: () => inv('config-versions', 'routes'),
  });
  return (
    <>
      <button type="button" onClick={() => reload.mutate()} disabled={reload.isPending}>
        Reload config from file
      </button>
      {reload.data ? (
        <p role="status">
          {reload.data.changed ? `Now running ${reload.data.version}.` : 'The file holds the config already in effect.'}
        </p>
      ) : null}
      {reload.error ? <ErrorBox error={reload.error} title="Reload refused" /> : null}
    </>
  );
}

export function ConfigVersions() {
  const session = useSignedIn();
  const [params, set] = useParams();
  const versions = useQuery({
    queryKey: ['config-versions'],
    queryFn: () => api<{ data: Version[] }>('/admin/config/versions'),
  });
  const diff = useQuery({
    queryKey: ['config-diff', params.version, params.against],
    enabled: Boolean(params.version && params.against),
    queryFn: () =>
      api<{ diff: unknown }>(`/admin/config/versions/${encodeURIComponent(params.version)}`, {
        query: { diff: params.against },
      }),
  });
  // The version loaded before each one (the list is newest first).
  const previous = (v: Version) => {
    const all = versions.data?.data ?? [];
    return all[all.indexOf(v) + 1];
  };
  return (
    <section className="card" aria-label="Config versions">
      <div className="row between">
        <h2>Config versions</h2>
        {can(session, 'operate') ? <Reload /> : null}
      </div>
      <QueryTable
        q={versions}
        rows={(d) => d.data}
        label="Config version list"
        rowKey={(v) => v.version}
        columns={[
          { head: 'Version', cell: (v) => <code>{v.version}</code> },
          { head: 'Author', cell: (v) => v.author },
          { head: 'Loaded', cell: (v) => <Time t={v.createdAt ?? v.created_at ?? null} /> },
          {
            head: <span className="sr-only">Diff</span>,
            cell: (v) =>
              previous(v) ? (
                <button type="button" onClick={() => set({ version: v.version, against: previous(v).version })}>
                  Diff with previous
                </button>
              ) : null,
          },
        ]}
      />
      {params.version && params.against ? (
        <QueryView q={diff}>
          {(x) => (
            <pre tabIndex={0} className="body diff" data-label="Config diff">
              {typeof x.diff === 'string' ? x.diff : JSON.stringify(x.diff, null, 2)}
            </pre>
          )}
        </QueryView>
      ) : null}
    </section>
  );
}

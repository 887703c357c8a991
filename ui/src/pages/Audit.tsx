// Audit: events with filters (newest first, paged), Verify (checkpoint, public key, first bad sequence when
// tampered) and the evidence bundle download.
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, apiRaw, errorOf } from '../api.ts';
import { useSignedIn } from '../App.tsx';
import { DataTable } from '../components/CardTable.tsx';
import { download, Time, TimeControls, useTimeControls } from '../components/controls.tsx';
import { Field, FilterForm, text } from '../components/forms.tsx';
import { ErrorBox, QueryView } from '../components/states.tsx';
import { fmtInt, rangeBounds } from '../format.ts';
import { useParams } from '../route.ts';
import type { AuditEvent, VerifyReport } from '../types.ts';

function Verify() {
  const pub = useQuery({
    queryKey: ['audit-public-key'],
    queryFn: () => api<{ keyId?: string; publicKeyPem?: string; pem?: string }>('/admin/audit/public-key'),
  });
  const v = useMutation({
    // 409 carries the report of a failed verification: read it, do not treat it as an error.
    mutationFn: async () => {
      const res = await apiRaw('/admin/audit/verify');
      if (res.status === 200 || res.status === 409) return (await res.json()) as VerifyReport;
      throw await errorOf(res);
    },
  });
  const r = v.data;
  return (
    <section className="card" aria-label="Verification">
      <div className="row between">
        <h2>Integrity</h2>
        <button type="button" className="primary" onClick={() => v.mutate()} disabled={v.isPending}>
          {v.isPending ? 'Verifying…' : 'Verify audit log'}
        </button>
      </div>
      {v.error ? <ErrorBox error={v.error} title="Verification refused" /> : null}
      {r ? (
        <div role="status" className={r.ok ? 'ok-box' : 'error-box'} data-testid="verify-result">
          <strong>
            {r.ok ? 'Verified: the log is intact.' : `Verification FAILED at sequence ${r.firstBadSeq ?? '?'}`}
          </strong>
          {r.problem ? <p>{r.problem}</p> : null}
          <dl className="kv">
            <dt>Events checked</dt>
            <dd>{fmtInt(r.eventsChecked)}</dd>
            <dt>Checkpoints checked</dt>
            <dd>{fmtInt(r.checkpointsChecked)}</dd>
            <dt>Latest checkpoint</dt>
            <dd>
              {r.latestCheckpoint ? (
                <>
                  size {fmtInt(r.latestCheckpoint.treeSize)}, root{' '}
                  <code>{r.latestCheckpoint.rootHash.slice(0, 16)}…</code>, key <code>{r.latestCheckpoint.keyId}</code>,{' '}
                  <Time t={r.latestCheckpoint.ts} />
                </>
              ) : (
                'none yet'
              )}
            </dd>
            <dt>After the checkpoint</dt>
            <dd>{fmtInt(r.uncheckpointedEvents)} event(s) (hash chain only)</dd>
          </dl>
        </div>
      ) : null}
      {pub.data ? (
        <details>
          <summary>Public key</summary>
          <pre tabIndex={0} className="body">
            {pub.data.publicKeyPem ?? pub.data.pem ?? JSON.stringify(pub.data, null, 2)}
          </pre>
        </details>
      ) : null}
    </section>
  );
}

export default function Audit() {
  const session = useSignedIn();
  const [params, set] = useParams();
  const { range, refetchInterval } = useTimeControls();
  const q = useQuery({
    queryKey: ['audit', range, params.action, params.actor, params.before],
    queryFn: () =>
      api<{ data: AuditEvent[]; next_before_seq: number | null }>('/admin/audit/events', {
        query: { ...rangeBounds(range), action: params.action, actor: params.actor, before_seq: params.before },
      }),
    refetchInterval,
    placeholderData: (prev) => prev,
  });
  const evidence = useMutation({
    mutationFn: () => api<unknown>('/admin/console/evidence', { query: rangeBounds(range) }),
    onSuccess: (b) =>
      download(
        `lintel-evidence-signed-${new Date().toISOString().slice(0, 10)}.json`,
        'application/json',
        JSON.stringify(b, null, 2),
      ),
  });
  return (
    <>
      <div className="page-head">
        <h1>Audit</h1>
        <TimeControls />
      </div>
      {session.global ? (
        <Verify />
      ) : (
        <p className="muted">Verification and evidence export cover the whole log: global admins and auditors only.</p>
      )}
      <FilterForm
        label="Audit filters"
        onApply={(f) =>
          set({ action: text(f, 'action') || undefined, actor: text(f, 'actor') || undefined, before: undefined })
        }
        actions={
          session.global ? (
            <button type="button" onClick={() => evidence.mutate()} disabled={evidence.isPending}>
              Export evidence
            </button>
          ) : null
        }
      >
        <Field label="Action prefix" name="action" defaultValue={params.action ?? ''} placeholder="e.g. killswitch." />
        <Field label="Actor" name="actor" defaultValue={params.actor ?? ''} />
      </FilterForm>
      {evidence.error ? <ErrorBox error={evidence.error} title="Export refused" /> : null}
      {evidence.isSuccess ? (
        <p className="muted" role="status">
          Evidence downloaded, signed with the audit key: check it offline with{' '}
          <code>lintel audit verify-bundle &lt;file&gt; --public-key audit.pem</code> (the key from{' '}
          <code>lintel audit export-key</code>).
        </p>
      ) : null}
      <QueryView q={q} empty={(d) => d.data.length === 0}>
        {(d) => (
          <>
            <DataTable<AuditEvent>
              label="Audit events"
              rows={d.data}
              rowKey={(e) => e.seq}
              columns={[
                { head: 'Seq', num: true, cell: (e) => e.seq },
                { head: 'Time', cell: (e) => <Time t={e.ts} /> },
                { head: 'Actor', cell: (e) => e.actor },
                { head: 'Role', cell: (e) => e.role },
                { head: 'Tenant', cell: (e) => e.tenant ?? '—' },
                { head: 'Action', cell: (e) => e.action },
                { head: 'Resource', cell: (e) => e.resource },
              ]}
            />
            <div className="row">
              {params.before ? (
                <button type="button" onClick={() => set({ before: undefined })}>
                  Newest
                </button>
              ) : null}
              <button
                type="button"
                disabled={d.next_before_seq === null}
                onClick={() => set({ before: String(d.next_before_seq) })}
              >
                Older events
              </button>
            </div>
          </>
        )}
      </QueryView>
    </>
  );
}

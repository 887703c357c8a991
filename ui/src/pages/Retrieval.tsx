// Retrieval: collections (create), ingestion runs with live progress and cancel, a search box with per-result
// explanations (BM25 terms and learned ERM keys), the ERM memory versions (commit, roll back), the index
// versions with their ingestion statistics, and an evaluation of the live search on judged queries. Collection,
// tenant and query live in the URL.
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { useSignedIn } from '../App.tsx';
import { Card, CardTable, DataTable } from '../components/CardTable.tsx';
import { RefreshControl, Time, useTimeControls } from '../components/controls.tsx';
import { Field } from '../components/forms.tsx';
import { QueryView } from '../components/states.tsx';
import { fmtInt } from '../format.ts';
import { useParams } from '../route.ts';
import { can } from '../session.ts';
import { Evaluate } from './retrieval/evaluate.tsx';
import { CreateCollection, Ingest, IngestRun } from './retrieval/ingest.tsx';
import { Memory } from './retrieval/memory.tsx';
import { Search } from './retrieval/search.tsx';
import {
  type Collection,
  type CollectionDetail,
  collectionPath,
  type DocumentRow,
  type IndexVersion,
  type Where,
} from './retrieval/types.ts';

function CollectionFacts({ c }: { c: CollectionDetail }) {
  return (
    <>
      <h2>
        {c.tenant}/{c.name}
      </h2>
      <dl className="kv">
        <dt>Documents</dt>
        <dd data-testid="collection-documents">{fmtInt(c.documents)}</dd>
        <dt>Index version</dt>
        <dd>v{c.indexVersion}</dd>
        <dt>Learned keys version</dt>
        <dd>v{c.keyVersion}</dd>
        <dt>Dense search</dt>
        <dd>{c.settings.embeddingModel ?? 'off (lexical only)'}</dd>
        <dt>Chunking</dt>
        <dd>
          {c.settings.chunking.maxTokens} tokens, {c.settings.chunking.overlapTokens} overlap
        </dd>
      </dl>
      <h3>Index versions (ingestion runs)</h3>
      {c.index_versions.length === 0 ? (
        <p className="muted">Nothing ingested yet.</p>
      ) : (
        <DataTable<IndexVersion>
          label="Index versions"
          rows={c.index_versions}
          rowKey={(v) => v.version}
          columns={[
            { head: 'Version', cell: (v) => `v${v.version}` },
            { head: 'Run', cell: (v) => <code>{v.runId}</code> },
            { head: 'Added', num: true, cell: (v) => fmtInt(v.stats.added) },
            { head: 'Changed', num: true, cell: (v) => fmtInt(v.stats.changed) },
            { head: 'Removed', num: true, cell: (v) => fmtInt(v.stats.removed) },
            { head: 'Chunks', num: true, cell: (v) => fmtInt(v.stats.chunks) },
            { head: 'Errors', num: true, cell: (v) => fmtInt(v.stats.errors) },
            { head: 'At', cell: (v) => <Time t={v.createdAt} /> },
          ]}
        />
      )}
    </>
  );
}

function Documents({ collection, tenant }: Where) {
  const docs = useQuery({
    queryKey: ['documents', tenant, collection],
    queryFn: () => api<{ data: DocumentRow[] }>(`${collectionPath(collection)}/documents`, { query: { tenant } }),
  });
  return (
    <CardTable
      title="Documents"
      q={docs}
      rows={(d) => d.data.slice(0, 200)}
      label="Document list"
      rowKey={(x) => x.docKey}
      columns={[
        { head: 'Key', cell: (x) => <code>{x.docKey}</code> },
        { head: 'Title', cell: (x) => x.title ?? '—' },
        { head: 'Version', cell: (x) => `v${x.version}` },
        { head: 'Source', cell: (x) => x.source },
        { head: 'Updated', cell: (x) => <Time t={x.updatedAt} /> },
      ]}
    />
  );
}

function CollectionView({ name, tenant }: { name: string; tenant: string | undefined }) {
  const s = useSignedIn();
  const write = can(s, 'operate');
  const [params] = useParams();
  const { refetchInterval } = useTimeControls();
  const q = useQuery({
    queryKey: ['collection', tenant, name],
    queryFn: () => api<CollectionDetail>(collectionPath(name), { query: { tenant } }),
    refetchInterval,
  });
  return (
    <>
      <section className="card" aria-label={`Collection ${name}`}>
        <QueryView q={q}>{(c) => <CollectionFacts c={c} />}</QueryView>
        {write ? <Ingest collection={name} tenant={tenant} /> : null}
        {params.job ? <IngestRun id={params.job} canCancel={write} /> : null}
      </section>
      <Search collection={name} tenant={tenant} />
      <Memory collection={name} tenant={tenant} canWrite={write} />
      <Evaluate collection={name} tenant={tenant} />
      <Documents collection={name} tenant={tenant} />
    </>
  );
}

export default function Retrieval() {
  const s = useSignedIn();
  const [params, set] = useParams();
  const { refetchInterval } = useTimeControls();
  // Global callers pick the tenant (the API's default is "default"); tenant-bound ones always see their own.
  const tenant = s.global ? params.tenant || undefined : undefined;
  const list = useQuery({
    queryKey: ['collections', tenant],
    queryFn: () => api<{ data: Collection[] }>('/admin/retrieval/collections', { query: { tenant } }),
    refetchInterval,
  });
  const selected = params.collection ?? list.data?.data[0]?.name;
  const selectedTenant = tenant ?? list.data?.data.find((c) => c.name === selected)?.tenant;
  return (
    <>
      <div className="page-head">
        <h1>Retrieval</h1>
        <RefreshControl />
        {s.global ? (
          <form
            className="controls"
            aria-label="Tenant"
            onSubmit={(e) => {
              e.preventDefault();
              const t = String(new FormData(e.currentTarget).get('tenant') ?? '').trim();
              set({ tenant: t || undefined, collection: undefined, job: undefined, q: undefined });
            }}
          >
            <Field label="Tenant (empty = all) " name="tenant" defaultValue={params.tenant ?? ''} />
            <button type="submit">Show</button>
          </form>
        ) : null}
      </div>
      <Card title="Collections">
        {can(s, 'operate') ? <CreateCollection tenant={tenant} /> : null}
        <QueryView q={list} empty={(d) => d.data.length === 0}>
          {(d) => (
            <ul className="chips">
              {d.data.map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    className="chip"
                    aria-pressed={c.name === selected}
                    onClick={() => set({ collection: c.name, job: undefined, q: undefined })}
                  >
                    {s.global ? `${c.tenant}/` : ''}
                    {c.name} · {fmtInt(c.indexVersion)} runs
                  </button>
                </li>
              ))}
            </ul>
          )}
        </QueryView>
      </Card>
      {/* Keyed on what the user chose, not on the tenant looked up from the list: right after a create the list has
          not refetched yet, and a key that changed when it did remounted the view and wiped a half-filled form. */}
      {selected ? (
        <CollectionView key={`${tenant ?? '*'}/${selected}`} name={selected} tenant={selectedTenant} />
      ) : null}
    </>
  );
}

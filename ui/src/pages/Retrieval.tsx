// Retrieval: collections (create), ingestion runs with live progress and cancel, a search box with per-result
// explanations (BM25 terms and learned ERM keys), the ERM memory versions (commit, roll back), the index
// versions with their ingestion statistics, and an evaluation of the live search on judged queries. Collection, tenant and query live in the URL.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../api.ts';
import { useSignedIn } from '../App.tsx';
import { Confirm, RefreshControl, Time, useTimeControls } from '../components/controls.tsx';
import { ErrorBox, Loading, QueryView } from '../components/states.tsx';
import { fmtInt } from '../format.ts';
import { useInvalidate } from '../invalidate.ts';
import { useParams } from '../route.ts';
import { can } from '../session.ts';

interface Collection {
  id: string;
  tenant: string;
  name: string;
  settings: { embeddingModel: string | null; chunking: { maxTokens: number; overlapTokens: number } };
  indexVersion: number;
  keyVersion: number;
  createdAt: number;
  updatedAt: number;
}
interface CollectionDetail extends Collection {
  documents: number;
  index_versions: {
    version: number;
    runId: string;
    stats: { documents: number; added: number; changed: number; removed: number; chunks: number; errors: number };
    createdAt: number;
  }[];
}
interface Job {
  id: string;
  state: string;
  progress: { done?: number; total?: number; detail?: Record<string, number> } | null;
  result: { documents: number; added: number; changed: number; removed: number; chunks: number } | null;
  error: string | null;
  createdAt: number;
}
interface Explain {
  version: number;
  terms: { term: string; field: string; idf: number; freq: number; score: number }[];
  learned: { term: string; weight?: number; score?: number; source?: string }[];
}
interface Hit {
  id: string;
  doc_key: string;
  title: string | null;
  text: string;
  score: number;
  explain?: Explain;
}

const TERMINAL = ['completed', 'cancelled', 'dead', 'failed'];

function CreateCollection({ tenant }: { tenant: string | undefined }) {
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
    <form
      className="row"
      aria-label="Create a collection"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const embed = String(f.get('embedding') ?? '').trim();
        m.mutate({
          name: String(f.get('name')).trim(),
          ...(tenant ? { tenant } : {}),
          ...(embed ? { settings: { embeddingModel: embed } } : {}),
        });
        e.currentTarget.reset();
      }}
    >
      <label>
        New collection <input name="name" required />
      </label>
      <label>
        Embedding route (optional) <input name="embedding" />
      </label>
      <button type="submit" disabled={m.isPending}>
        Create collection
      </button>
      {m.error ? <ErrorBox error={m.error} title="Not created" /> : null}
    </form>
  );
}

function IngestRun({ id, canCancel }: { id: string; canCancel: boolean }) {
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
        {(j) => {
          const d = j.progress?.detail ?? {};
          return (
            <>
              <p role="status">
                <strong data-testid="job-state">{j.state}</strong>
                {j.progress?.done !== undefined
                  ? ` · ${fmtInt(j.progress.done)}${j.progress.total ? ` of ${fmtInt(j.progress.total)}` : ''} documents`
                  : ''}
                {j.result
                  ? ` · ${fmtInt(j.result.added)} added, ${fmtInt(j.result.changed)} changed, ${fmtInt(j.result.removed)} removed, ${fmtInt(j.result.chunks)} chunks`
                  : Object.keys(d).length
                    ? ` · ${Object.entries(d)
                        .map(([k, v]) => `${fmtInt(v)} ${k}`)
                        .join(', ')}`
                    : ''}
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
          );
        }}
      </QueryView>
    </section>
  );
}

function Ingest({ collection, tenant }: { collection: string; tenant: string | undefined }) {
  const [, set] = useParams();
  const m = useMutation({
    mutationFn: (source: Record<string, string>) =>
      api<{ job: string }>(`/admin/retrieval/collections/${encodeURIComponent(collection)}/ingest`, {
        method: 'POST',
        body: { sources: [source], ...(tenant ? { tenant } : {}) },
      }),
    onSuccess: (r) => set({ job: r.job }),
  });
  return (
    <form
      className="form-grid"
      aria-label="Ingest documents"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const kind = String(f.get('kind'));
        const value = String(f.get('source')).trim();
        m.mutate(kind === 'url' ? { kind, url: value } : { kind, path: value });
      }}
    >
      <h3>Ingest</h3>
      <label>
        Source
        <select name="kind" defaultValue="files">
          <option value="files">directory or file on the node</option>
          <option value="url">URL</option>
        </select>
      </label>
      <label>
        Path or URL
        <input name="source" required />
      </label>
      <button type="submit" className="primary" disabled={m.isPending}>
        Start ingestion
      </button>
      {m.error ? <ErrorBox error={m.error} title="Not started" /> : null}
    </form>
  );
}

function ExplainTerms({ e }: { e: Explain }) {
  return (
    <table aria-label="Explanation">
      <thead>
        <tr>
          <th scope="col">Term</th>
          <th scope="col">Field</th>
          <th scope="col" className="num">
            IDF
          </th>
          <th scope="col" className="num">
            Frequency
          </th>
          <th scope="col" className="num">
            Score
          </th>
        </tr>
      </thead>
      <tbody>
        {e.terms.map((t) => (
          <tr key={`${t.field}/${t.term}`}>
            <td>{t.term}</td>
            <td>{t.field}</td>
            <td className="num">{t.idf.toFixed(3)}</td>
            <td className="num">{fmtInt(t.freq)}</td>
            <td className="num">{t.score.toFixed(4)}</td>
          </tr>
        ))}
        {e.learned.map((t) => (
          <tr key={`learned/${t.term}`}>
            <td>{t.term}</td>
            <td>learned key{t.source ? ` (${t.source})` : ''}</td>
            <td className="num">—</td>
            <td className="num">—</td>
            <td className="num">{(t.score ?? t.weight ?? 0).toFixed(4)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Search({ collection, tenant }: { collection: string; tenant: string | undefined }) {
  const [params, set] = useParams();
  const query = params.q ?? '';
  const mode = params.mode ?? 'lexical';
  const q = useQuery({
    queryKey: ['retrieve', tenant, collection, query, mode],
    enabled: query !== '',
    queryFn: () =>
      api<{ mode: string; index_version: number; key_version: number; results: Hit[] }>('/v1/retrieve', {
        method: 'POST',
        body: { collection, query, mode, k: 10, explain: true, ...(tenant ? { tenant } : {}) },
      }),
  });
  return (
    <section className="card" aria-label="Search">
      <h2>Search</h2>
      <form
        className="row"
        role="search"
        aria-label="Search the collection"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          set({ q: String(f.get('q')).trim() || undefined, mode: String(f.get('mode')) });
        }}
      >
        <label>
          Query <input name="q" defaultValue={query} key={query} required />
        </label>
        <label>
          Mode
          <select name="mode" defaultValue={mode}>
            <option>lexical</option>
            <option>dense</option>
            <option>hybrid</option>
          </select>
        </label>
        <button type="submit" className="primary">
          Search
        </button>
      </form>
      {query === '' ? null : q.isPending ? (
        <Loading label="Searching" />
      ) : q.error ? (
        <ErrorBox error={q.error} title="Search failed" />
      ) : q.data.results.length === 0 ? (
        <p className="empty">No results for “{query}”.</p>
      ) : (
        <>
          <p className="muted">
            {q.data.mode} search · index v{q.data.index_version} · keys v{q.data.key_version}
          </p>
          <ol className="results" aria-label="Results">
            {q.data.results.map((h) => (
              <li key={h.id}>
                <strong>{h.title ?? h.doc_key}</strong> <code>{h.doc_key}</code> · score {h.score.toFixed(4)}
                <p>{h.text.length > 400 ? `${h.text.slice(0, 400)}…` : h.text}</p>
                {h.explain ? (
                  <details>
                    <summary>Why this result</summary>
                    <ExplainTerms e={h.explain} />
                  </details>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function Memory({
  collection,
  tenant,
  canWrite,
}: {
  collection: string;
  tenant: string | undefined;
  canWrite: boolean;
}) {
  const inv = useInvalidate();
  const [target, setTarget] = useState<number | null>(null);
  const base = `/admin/retrieval/collections/${encodeURIComponent(collection)}/keys`;
  const q = useQuery({
    queryKey: ['keys-versions', tenant, collection],
    queryFn: () =>
      api<{
        data: {
          version: number;
          note: string;
          feedback: number;
          created_at: number;
          documents: number;
          units: number;
          active: boolean;
        }[];
      }>(base, { query: { tenant } }),
  });
  const commit = useMutation({
    mutationFn: () => api<{ version: number }>(base + '/commit', { method: 'POST', body: {}, query: { tenant } }),
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
    <section className="card" aria-label="Learned keys (ERM memory)">
      <h2>Learned keys (ERM memory)</h2>
      <QueryView q={q} empty={(d) => d.data.length === 0}>
        {(d) => (
          <table aria-label="Memory versions">
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Note</th>
                <th scope="col" className="num">
                  Feedback
                </th>
                <th scope="col" className="num">
                  Documents
                </th>
                <th scope="col" className="num">
                  Keys
                </th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {d.data.map((v) => (
                <tr key={v.version}>
                  <td>
                    v{v.version}
                    {v.active ? ' (active)' : ''}
                  </td>
                  <td>{v.note}</td>
                  <td className="num">{fmtInt(v.feedback)}</td>
                  <td className="num">{fmtInt(v.documents)}</td>
                  <td className="num">{fmtInt(v.units)}</td>
                  <td>
                    <Time t={v.created_at} />
                  </td>
                  <td>
                    {canWrite && !v.active ? (
                      <button type="button" onClick={() => setTarget(v.version)}>
                        Roll back to v{v.version}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
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
      <Confirm
        open={target !== null}
        title={`Roll the learned keys back to v${target ?? ''}?`}
        confirmLabel="Roll back"
        danger
        onCancel={() => setTarget(null)}
        onConfirm={() => {
          if (target !== null) rollback.mutate(target);
          setTarget(null);
        }}
      >
        <p>Searches use that version's learned keys at once.</p>
      </Confirm>
    </section>
  );
}

interface EvalReport {
  mode: string;
  index_version: number;
  key_version: number;
  metrics: { ndcg10: number; recall100: number; mrr10: number; queries: number };
  per_query: { query: string; ndcg10: number; recall100: number; mrr10: number; top: string[] }[];
}

const metric = (n: number) => n.toFixed(3);

/** Judged queries (JSON Lines: {"query": …, "relevant": ["doc_key", …] or {"doc_key": grade}}) → live metrics. */
function Evaluate({ collection, tenant }: { collection: string; tenant: string | undefined }) {
  const [parseError, setParseError] = useState<string | null>(null);
  const m = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<EvalReport>(`/admin/retrieval/collections/${encodeURIComponent(collection)}/eval`, {
        method: 'POST',
        body: { ...body, ...(tenant ? { tenant } : {}) },
      }),
  });
  return (
    <section className="card" aria-label="Evaluation">
      <h2>Evaluation</h2>
      <form
        className="form-grid"
        aria-label="Evaluate the search"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const lines = String(f.get('judgments') ?? '')
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean);
          try {
            const judgments = lines.map((l) => JSON.parse(l) as unknown);
            setParseError(null);
            m.mutate({ judgments, mode: String(f.get('mode')) });
          } catch (err) {
            setParseError(`Each line must be JSON: ${(err as Error).message}`);
          }
        }}
      >
        <label className="wide">
          Judged queries (one JSON object per line: {'{"query": "…", "relevant": ["doc_key"]}'})
          <textarea name="judgments" rows={4} required />
        </label>
        <label>
          Mode
          <select name="mode" defaultValue="lexical">
            <option>lexical</option>
            <option>dense</option>
            <option>hybrid</option>
          </select>
        </label>
        <button type="submit" className="primary" disabled={m.isPending}>
          Evaluate
        </button>
      </form>
      {parseError ? <ErrorBox error={new Error(parseError)} title="Not evaluated" /> : null}
      {m.error ? <ErrorBox error={m.error} title="Not evaluated" /> : null}
      {m.data ? (
        <>
          <p role="status" data-testid="eval-summary">
            {m.data.metrics.queries} queries · nDCG@10 {metric(m.data.metrics.ndcg10)} · recall@100{' '}
            {metric(m.data.metrics.recall100)} · MRR@10 {metric(m.data.metrics.mrr10)} ({m.data.mode}, index v
            {m.data.index_version}, keys v{m.data.key_version})
          </p>
          <table aria-label="Evaluation per query">
            <thead>
              <tr>
                <th scope="col">Query</th>
                <th scope="col" className="num">
                  nDCG@10
                </th>
                <th scope="col" className="num">
                  Recall@100
                </th>
                <th scope="col" className="num">
                  MRR@10
                </th>
                <th scope="col">Top documents</th>
              </tr>
            </thead>
            <tbody>
              {m.data.per_query.map((q, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: queries may repeat; the order is the input's
                <tr key={i}>
                  <td>{q.query}</td>
                  <td className="num">{metric(q.ndcg10)}</td>
                  <td className="num">{metric(q.recall100)}</td>
                  <td className="num">{metric(q.mrr10)}</td>
                  <td>{q.top.join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}

function CollectionView({ name, tenant }: { name: string; tenant: string | undefined }) {
  const s = useSignedIn();
  const write = can(s, 'operate');
  const [params] = useParams();
  const { refetchInterval } = useTimeControls();
  const q = useQuery({
    queryKey: ['collection', tenant, name],
    queryFn: () =>
      api<CollectionDetail>(`/admin/retrieval/collections/${encodeURIComponent(name)}`, { query: { tenant } }),
    refetchInterval,
  });
  const docs = useQuery({
    queryKey: ['documents', tenant, name],
    queryFn: () =>
      api<{ data: { docKey: string; title: string | null; version: number; source: string; updatedAt: number }[] }>(
        `/admin/retrieval/collections/${encodeURIComponent(name)}/documents`,
        { query: { tenant } },
      ),
  });
  return (
    <>
      <section className="card" aria-label={`Collection ${name}`}>
        <QueryView q={q}>
          {(c) => (
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
                <table aria-label="Index versions">
                  <thead>
                    <tr>
                      <th scope="col">Version</th>
                      <th scope="col">Run</th>
                      <th scope="col" className="num">
                        Added
                      </th>
                      <th scope="col" className="num">
                        Changed
                      </th>
                      <th scope="col" className="num">
                        Removed
                      </th>
                      <th scope="col" className="num">
                        Chunks
                      </th>
                      <th scope="col" className="num">
                        Errors
                      </th>
                      <th scope="col">At</th>
                    </tr>
                  </thead>
                  <tbody>
                    {c.index_versions.map((v) => (
                      <tr key={v.version}>
                        <td>v{v.version}</td>
                        <td>
                          <code>{v.runId}</code>
                        </td>
                        <td className="num">{fmtInt(v.stats.added)}</td>
                        <td className="num">{fmtInt(v.stats.changed)}</td>
                        <td className="num">{fmtInt(v.stats.removed)}</td>
                        <td className="num">{fmtInt(v.stats.chunks)}</td>
                        <td className="num">{fmtInt(v.stats.errors)}</td>
                        <td>
                          <Time t={v.createdAt} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
        </QueryView>
        {write ? <Ingest collection={name} tenant={tenant} /> : null}
        {params.job ? <IngestRun id={params.job} canCancel={write} /> : null}
      </section>
      <Search collection={name} tenant={tenant} />
      <Memory collection={name} tenant={tenant} canWrite={write} />
      <Evaluate collection={name} tenant={tenant} />
      <section className="card" aria-label="Documents">
        <h2>Documents</h2>
        <QueryView q={docs} empty={(d) => d.data.length === 0}>
          {(d) => (
            <table aria-label="Document list">
              <thead>
                <tr>
                  <th scope="col">Key</th>
                  <th scope="col">Title</th>
                  <th scope="col">Version</th>
                  <th scope="col">Source</th>
                  <th scope="col">Updated</th>
                </tr>
              </thead>
              <tbody>
                {d.data.slice(0, 200).map((x) => (
                  <tr key={x.docKey}>
                    <td>
                      <code>{x.docKey}</code>
                    </td>
                    <td>{x.title ?? '—'}</td>
                    <td>v{x.version}</td>
                    <td>{x.source}</td>
                    <td>
                      <Time t={x.updatedAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </QueryView>
      </section>
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
            <label>
              Tenant (empty = all) <input name="tenant" defaultValue={params.tenant ?? ''} />
            </label>
            <button type="submit">Show</button>
          </form>
        ) : null}
      </div>
      <section className="card" aria-label="Collections">
        <h2>Collections</h2>
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
      </section>
      {selected ? (
        <CollectionView key={`${selectedTenant}/${selected}`} name={selected} tenant={selectedTenant} />
      ) : null}
    </>
  );
}

// A search box on the live index (query and mode in the URL) with each result's explanation: the BM25 terms and
// the learned ERM keys that scored it.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { Card, DataTable } from '../../components/CardTable.tsx';
import { SelectField } from '../../components/forms.tsx';
import { ErrorBox, Loading } from '../../components/states.tsx';
import { fmtInt } from '../../format.ts';
import { useParams } from '../../route.ts';
import { type Explain, type Hit, MODES, type Where } from './types.ts';

interface TermRow {
  key: string;
  term: string;
  field: string;
  idf: string;
  freq: string;
  score: number;
}

function ExplainTerms({ e }: { e: Explain }) {
  const rows: TermRow[] = [
    ...e.terms.map((t) => ({
      key: `${t.field}/${t.term}`,
      term: t.term,
      field: t.field,
      idf: t.idf.toFixed(3),
      freq: fmtInt(t.freq),
      score: t.score,
    })),
    ...e.learned.map((t) => ({
      key: `learned/${t.term}`,
      term: t.term,
      field: `learned key${t.source ? ` (${t.source})` : ''}`,
      idf: '—',
      freq: '—',
      score: t.score ?? t.weight ?? 0,
    })),
  ];
  return (
    <DataTable
      label="Explanation"
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { head: 'Term', cell: (r) => r.term },
        { head: 'Field', cell: (r) => r.field },
        { head: 'IDF', num: true, cell: (r) => r.idf },
        { head: 'Frequency', num: true, cell: (r) => r.freq },
        { head: 'Score', num: true, cell: (r) => r.score.toFixed(4) },
      ]}
    />
  );
}

function Results({ hits }: { hits: Hit[] }) {
  return (
    <ol className="results" aria-label="Results">
      {hits.map((h) => (
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
  );
}

export function Search({ collection, tenant }: Where) {
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
    <Card title="Search">
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
        <SelectField label="Mode" name="mode" defaultValue={mode} options={MODES} />
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
          <Results hits={q.data.results} />
        </>
      )}
    </Card>
  );
}

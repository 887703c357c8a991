// Judged queries (JSON Lines: {"query": …, "relevant": ["doc_key", …] or {"doc_key": grade}}) → live metrics.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api.ts';
import { Card, DataTable } from '../../components/CardTable.tsx';
import { ActionForm, SelectField } from '../../components/forms.tsx';
import { ErrorBox } from '../../components/states.tsx';
import { collectionPath, type EvalReport, MODES, type Where } from './types.ts';

const metric = (n: number) => n.toFixed(3);

/** Non-empty lines of a JSON Lines text, each parsed (throws naming the bad JSON). */
export function parseLines(text: string): unknown[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => JSON.parse(l) as unknown);
}

function Report({ r }: { r: EvalReport }) {
  return (
    <>
      <p role="status" data-testid="eval-summary">
        {r.metrics.queries} queries · nDCG@10 {metric(r.metrics.ndcg10)} · recall@100 {metric(r.metrics.recall100)} ·
        MRR@10 {metric(r.metrics.mrr10)} ({r.mode}, index v{r.index_version}, keys v{r.key_version})
      </p>
      <DataTable
        label="Evaluation per query"
        rows={r.per_query}
        rowKey={(_, i) => i}
        columns={[
          { head: 'Query', cell: (q) => q.query },
          { head: 'nDCG@10', num: true, cell: (q) => metric(q.ndcg10) },
          { head: 'Recall@100', num: true, cell: (q) => metric(q.recall100) },
          { head: 'MRR@10', num: true, cell: (q) => metric(q.mrr10) },
          { head: 'Top documents', cell: (q) => q.top.join(', ') || '—' },
        ]}
      />
    </>
  );
}

export function Evaluate({ collection, tenant }: Where) {
  const [parseError, setParseError] = useState<string | null>(null);
  const m = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<EvalReport>(`${collectionPath(collection)}/eval`, {
        method: 'POST',
        body: { ...body, ...(tenant ? { tenant } : {}) },
      }),
  });
  return (
    <Card title="Evaluation">
      <ActionForm
        label="Evaluate the search"
        submit="Evaluate"
        m={m}
        errorTitle="Not evaluated"
        onSubmit={(f) => {
          try {
            const judgments = parseLines(String(f.get('judgments') ?? ''));
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
        <SelectField label="Mode" name="mode" defaultValue="lexical" options={MODES} />
      </ActionForm>
      {parseError ? <ErrorBox error={new Error(parseError)} title="Not evaluated" /> : null}
      {m.data ? <Report r={m.data} /> : null}
    </Card>
  );
}

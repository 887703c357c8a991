// Evaluation runs of a model: start one (version × dataset × scorer), the runs with mean score and 95 % CI,
// and the paired comparison of two selected runs (in the URL as a and b).
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api.ts';
import { Card, DataTable } from '../../components/CardTable.tsx';
import { Time, useTimeControls } from '../../components/controls.tsx';
import { ActionForm, SelectField } from '../../components/forms.tsx';
import { QueryView } from '../../components/states.tsx';
import { fmtInt, fmtMs, fmtUsd } from '../../format.ts';
import { useInvalidate } from '../../invalidate.ts';
import { useParams } from '../../route.ts';
import type { EvalRun } from '../../types.ts';
import { ci, score } from './format.ts';
import { VersionSelect } from './registry.tsx';

export interface DatasetVersion {
  name: string;
  hash: string;
  items: number;
  description: string;
  createdBy: string;
  createdAt: number;
}

export const useDatasets = () =>
  useQuery({ queryKey: ['datasets'], queryFn: () => api<{ data: DatasetVersion[] }>('/admin/datasets') });

const SCORERS = [
  ['contains', 'contains the reference'],
  ['exact', 'exact match'],
  ['rouge_l', 'ROUGE-L'],
  ['json_valid', 'valid JSON'],
] as const;

function StartEval({ model, versions }: { model: string; versions: number[] }) {
  const inv = useInvalidate();
  const datasets = useDatasets();
  const m = useMutation({
    mutationFn: (body: unknown) => api<EvalRun>('/admin/evals', { method: 'POST', body }),
    onSuccess: () => inv('evals'),
  });
  const names = [...new Set((datasets.data?.data ?? []).map((d) => d.name))];
  return (
    <ActionForm
      label="Run an evaluation"
      title="Run an evaluation"
      submit="Run evaluation"
      m={{ isPending: m.isPending || names.length === 0, error: m.error }}
      errorTitle="Not started"
      onSubmit={(f) =>
        m.mutate({
          model,
          version: Number(f.get('version')),
          dataset: String(f.get('dataset')),
          scorers: [{ type: String(f.get('scorer')) }],
        })
      }
      after={
        m.data ? (
          <p role="status">
            Run <code>{m.data.id}</code> {m.data.reused ? 'reused (same version, data and scorers)' : 'started'}.
          </p>
        ) : null
      }
    >
      <VersionSelect versions={versions} />
      <SelectField label="Dataset" name="dataset" required options={names} />
      <SelectField label="Scorer" name="scorer" defaultValue="contains" options={SCORERS} />
      {names.length === 0 && datasets.isSuccess ? (
        <p className="muted">Upload a dataset first (Evaluation datasets below, or `lintel eval dataset`).</p>
      ) : null}
    </ActionForm>
  );
}

function Compare({ a, b }: { a: string; b: string }) {
  const q = useQuery({
    queryKey: ['evals', 'compare', a, b],
    queryFn: () =>
      api<{
        a: { run: string; version: number; mean: number };
        b: { run: string; version: number; mean: number };
        dataset: string;
        difference: { n: number; mean: number; ci95: [number, number]; wins: number; ties: number; losses: number };
      }>('/admin/evals/compare', { query: { a, b } }),
  });
  return (
    <section className="card" aria-label="Comparison">
      <h3>Comparison (b − a)</h3>
      <QueryView q={q}>
        {(c) => (
          <dl className="kv">
            <dt>Dataset</dt>
            <dd>{c.dataset}</dd>
            <dt>a</dt>
            <dd>
              v{c.a.version} · mean {score(c.a.mean)}
            </dd>
            <dt>b</dt>
            <dd>
              v{c.b.version} · mean {score(c.b.mean)}
            </dd>
            <dt>Difference</dt>
            <dd data-testid="compare-difference">
              {score(c.difference.mean)} (95 % CI {ci(c.difference.ci95)}) over {fmtInt(c.difference.n)} paired items
            </dd>
            <dt>Wins / ties / losses</dt>
            <dd>
              {c.difference.wins} / {c.difference.ties} / {c.difference.losses}
            </dd>
          </dl>
        )}
      </QueryView>
    </section>
  );
}

function RunTable({
  runs,
  pick,
  setPick,
}: {
  runs: EvalRun[];
  pick: string[];
  setPick: (f: (p: string[]) => string[]) => void;
}) {
  return (
    <DataTable
      label="Runs"
      rows={runs}
      rowKey={(r) => r.id}
      columns={[
        {
          head: <span className="sr-only">Compare</span>,
          cell: (r) => (
            <input
              type="checkbox"
              aria-label={`Compare ${r.id}`}
              checked={pick.includes(r.id)}
              onChange={(e) =>
                setPick((p) => (e.target.checked ? [...p, r.id].slice(-2) : p.filter((x) => x !== r.id)))
              }
            />
          ),
        },
        { head: 'Run', cell: (r) => <code>{r.id}</code> },
        { head: 'Version', cell: (r) => `v${r.version}` },
        { head: 'Dataset', cell: (r) => r.dataset },
        {
          head: 'Status',
          cell: (r) => `${r.status}${r.status === 'running' && r.done !== undefined ? ` ${r.done}/${r.total}` : ''}`,
        },
        { head: 'Mean score', num: true, cell: (r) => score(r.summary?.score.mean) },
        { head: '95 % CI', cell: (r) => ci(r.summary?.score.ci95) },
        { head: 'Errors', num: true, cell: (r) => (r.summary ? fmtInt(r.summary.errors) : '—') },
        { head: 'p95 latency', num: true, cell: (r) => fmtMs(r.summary?.latency_ms.p95) },
        { head: 'Cost', num: true, cell: (r) => fmtUsd(r.summary?.cost_usd) },
        { head: 'Started', cell: (r) => <Time t={r.createdAt} /> },
      ]}
    />
  );
}

export function Evals({ model, versions, canRun }: { model: string; versions: number[]; canRun: boolean }) {
  const [params, set] = useParams();
  const { refetchInterval } = useTimeControls();
  const q = useQuery({
    queryKey: ['evals', model],
    queryFn: () => api<{ data: EvalRun[] }>('/admin/evals', { query: { model } }),
    // Runs in progress refresh on their own.
    refetchInterval: (query) =>
      query.state.data?.data.some((r) => r.status === 'queued' || r.status === 'running') ? 1000 : refetchInterval,
  });
  const [pick, setPick] = useState<string[]>([]);
  return (
    <Card title="Evaluation runs">
      {canRun ? <StartEval model={model} versions={versions} /> : null}
      <QueryView q={q} empty={(d) => d.data.length === 0}>
        {(d) => (
          <>
            <RunTable runs={d.data} pick={pick} setPick={setPick} />
            <button
              type="button"
              disabled={pick.length !== 2}
              onClick={() => {
                const version = (id: string) => d.data.find((r) => r.id === id)?.version ?? 0;
                const [a, b] = [...pick].sort((x, y) => version(x) - version(y));
                set({ a, b });
              }}
            >
              Compare selected runs
            </button>
          </>
        )}
      </QueryView>
      {params.a && params.b ? <Compare a={params.a} b={params.b} /> : null}
    </Card>
  );
}

// Models & lifecycle: the registry (models, immutable versions, model cards, aliases), evaluation runs with their
// aggregate score and 95 % CI, paired comparisons, gated promotion (the gate report when refused; admins may
// override with a reason) and deployments (canary / A/B / shadow / progressive) with per-arm state and rollback.
// The selected model, version, comparison and deployment live in the URL.
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { useSignedIn } from '../App.tsx';
import { Card, DataTable } from '../components/CardTable.tsx';
import { RefreshControl, Time, useTimeControls } from '../components/controls.tsx';
import { QueryView } from '../components/states.tsx';
import { useParams } from '../route.ts';
import { can } from '../session.ts';
import type { ModelDetail, ModelRow } from '../types.ts';
import { Datasets } from './models/datasets.tsx';
import { Deployments } from './models/deployments.tsx';
import { Evals } from './models/evals.tsx';
import { Promote, RegisterModel, RegisterVersion, VersionCard } from './models/registry.tsx';

function Versions({ d }: { d: ModelDetail }) {
  const [params, set] = useParams();
  return (
    <DataTable
      label="Versions"
      rows={d.versions}
      rowKey={(v) => v.version}
      selected={(v) => params.version === String(v.version)}
      columns={[
        {
          head: 'Version',
          cell: (v) => (
            <button type="button" className="link" onClick={() => set({ version: String(v.version) })}>
              v{v.version}
            </button>
          ),
        },
        {
          head: 'Spec',
          cell: (v) => <code>{v.spec.kind === 'upstream' ? `${v.spec.provider}/${v.spec.model}` : 'onnx'}</code>,
        },
        { head: 'Risk', cell: (v) => v.card.risk_level },
        {
          head: 'Aliases',
          cell: (v) =>
            d.aliases
              .filter((a) => a.version === v.version)
              .map((a) => `@${a.alias}`)
              .join(' '),
        },
        { head: 'Created', cell: (v) => <Time t={v.createdAt} /> },
      ]}
    />
  );
}

function ModelView({ name }: { name: string }) {
  const s = useSignedIn();
  const operate = can(s, 'operate');
  const [params] = useParams();
  const q = useQuery({
    queryKey: ['model', name],
    queryFn: () => api<ModelDetail>(`/admin/models/${encodeURIComponent(name)}`),
  });
  return (
    <QueryView q={q}>
      {(d) => (
        <>
          <section className="card" aria-label={`Model ${d.name}`}>
            <h2>{d.name}</h2>
            {d.description ? <p>{d.description}</p> : null}
            <h3>Aliases</h3>
            {d.aliases.length === 0 ? (
              <p className="muted">No aliases yet.</p>
            ) : (
              <ul className="chips" aria-label="Aliases">
                {d.aliases.map((a) => (
                  <li key={a.alias} className="chip">
                    @{a.alias} → {a.version !== null ? `v${a.version}` : `@${a.follows}`}
                  </li>
                ))}
              </ul>
            )}
            <h3>Versions</h3>
            <Versions d={d} />
            {operate ? <RegisterVersion model={d.name} /> : null}
            {operate && d.versions.length > 0 ? <Promote detail={d} /> : null}
          </section>
          {params.version ? <VersionCard model={d.name} version={params.version} canEdit={operate} /> : null}
          <Evals model={d.name} versions={d.versions.map((v) => v.version)} canRun={operate} />
          <Datasets canUpload={operate} />
          <Deployments model={d.name} versions={d.versions.map((v) => v.version)} canOperate={operate} />
        </>
      )}
    </QueryView>
  );
}

export default function Models() {
  const s = useSignedIn();
  const [params, set] = useParams();
  const { refetchInterval } = useTimeControls();
  const models = useQuery({
    queryKey: ['models'],
    queryFn: () => api<{ data: ModelRow[] }>('/admin/models'),
    refetchInterval,
  });
  const selected = params.model ?? models.data?.data[0]?.name;
  return (
    <>
      <div className="page-head">
        <h1>Models & lifecycle</h1>
        <RefreshControl />
      </div>
      <Card title="Models">
        {can(s, 'operate') ? <RegisterModel /> : null}
        <QueryView q={models} empty={(d) => d.data.length === 0}>
          {(d) => (
            <ul className="chips">
              {d.data.map((m) => (
                <li key={m.name}>
                  <button
                    type="button"
                    className="chip"
                    aria-pressed={m.name === selected}
                    onClick={() =>
                      set({ model: m.name, version: undefined, a: undefined, b: undefined, dep: undefined })
                    }
                  >
                    {m.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </QueryView>
      </Card>
      {selected ? <ModelView key={selected} name={selected} /> : null}
    </>
  );
}

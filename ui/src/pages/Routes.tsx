// Routes & models: routes, targets, circuit state; the kill switch and its active stops (operators); config
// versions with a diff view and reload. The pieces live under routes/.
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { useSignedIn } from '../App.tsx';
import { CardTable } from '../components/CardTable.tsx';
import { useTimeControls } from '../components/controls.tsx';
import { fmtMs } from '../format.ts';
import { can } from '../session.ts';
import type { RoutesStatus } from '../types.ts';
import { ConfigVersions } from './routes/config-versions.tsx';
import { KillSwitch } from './routes/kill-switch.tsx';

type Route = RoutesStatus['data'][number];
/** One row a target; the route's own cells only on its first target. */
type TargetRow = { r: Route; t: Route['targets'][number]; first: boolean };

export default function Routes() {
  const session = useSignedIn();
  const { refetchInterval } = useTimeControls();
  const routes = useQuery({
    queryKey: ['routes'],
    queryFn: () => api<RoutesStatus>('/admin/console/routes'),
    refetchInterval,
  });
  return (
    <>
      <div className="page-head">
        <h1>Routes &amp; models</h1>
      </div>
      <CardTable
        title="Routes"
        q={routes}
        rows={(d): TargetRow[] => d.data.flatMap((r) => r.targets.map((t, i) => ({ r, t, first: i === 0 })))}
        label="Route targets"
        rowKey={({ r, t }) => `${r.model}/${t.id}`}
        columns={[
          { head: 'Model', cell: ({ r, first }) => (first ? r.model : '') },
          { head: 'Strategy', cell: ({ r, first }) => (first ? r.strategy : '') },
          { head: 'Target', cell: ({ t }) => t.id },
          { head: 'Weight', num: true, cell: ({ t }) => t.weight },
          { head: 'Circuit', cell: ({ t }) => <span className={`chip circuit-${t.circuit}`}>{t.circuit}</span> },
          { head: 'Latency (EWMA)', num: true, cell: ({ t }) => fmtMs(t.latency_ewma_ms) },
          { head: 'Guard sets', cell: ({ r, first }) => (first ? r.guardrails.join(', ') || '—' : '') },
        ]}
      />
      {can(session, 'operate') ? <KillSwitch routes={routes.data} /> : null}
      <ConfigVersions />
    </>
  );
}

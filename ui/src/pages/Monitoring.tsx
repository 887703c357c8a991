// Monitoring: signals over time for a route / model / arm (and per group), drift between the range and the
// period before it (statistic, threshold, top contributors), alerts by state, silences (create, expire); signal
// monitors, SLOs with their burn rates, drift monitors, alert receivers and online evaluations (create, edit,
// delete) and recent feedback. Filters live in the URL.
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../api.ts';
import { useSignedIn } from '../App.tsx';
import { CardTable } from '../components/CardTable.tsx';
import { Time, TimeControls, useTimeControls } from '../components/controls.tsx';
import { can } from '../session.ts';
import { Alerts } from './monitoring/alerts.tsx';
import { num } from './monitoring/common.ts';
import { Drift } from './monitoring/drift.tsx';
import { DriftMonitors } from './monitoring/drift-monitors.tsx';
import { OnlineEvals } from './monitoring/online-evals.tsx';
import { Receivers } from './monitoring/receivers.tsx';
import { SignalMonitors } from './monitoring/signal-monitors.tsx';
import { loadChart, SignalsView } from './monitoring/signals.tsx';
import { Silences } from './monitoring/silences.tsx';
import { Slos } from './monitoring/slos.tsx';

interface FeedbackRow {
  request_id: string;
  name: string;
  source: string;
  value: number | null;
  label: string | null;
  comment: string | null;
  route: string | null;
  created_at: number;
}

function Feedback() {
  const { refetchInterval } = useTimeControls();
  const q = useQuery({
    queryKey: ['feedback'],
    queryFn: () => api<{ data: FeedbackRow[] }>('/admin/feedback', { query: { limit: 50 } }),
    refetchInterval,
  });
  return (
    <CardTable
      title="Feedback"
      q={q}
      rows={(d) => d.data}
      label="Feedback list"
      rowKey={(f) => `${f.request_id}/${f.name}/${f.source}`}
      columns={[
        { head: 'Time', cell: (f) => <Time t={f.created_at} /> },
        {
          head: 'Request',
          cell: (f) => <a href={`#/requests?id=${encodeURIComponent(f.request_id)}`}>{f.request_id}</a>,
        },
        { head: 'Name', cell: (f) => f.name },
        { head: 'Source', cell: (f) => f.source },
        { head: 'Value', num: true, cell: (f) => num(f.value, 2) },
        { head: 'Label / comment', cell: (f) => [f.label, f.comment].filter(Boolean).join(' · ') || '—' },
        { head: 'Route', cell: (f) => f.route ?? '—' },
      ]}
    />
  );
}

export default function Monitoring() {
  const s = useSignedIn();
  useEffect(() => {
    loadChart();
  }, []);
  const write = can(s, 'operate');
  return (
    <>
      <div className="page-head">
        <h1>Monitoring</h1>
        <TimeControls />
      </div>
      <SignalsView />
      <Alerts canWrite={write} />
      <SignalMonitors canWrite={write} />
      <Slos canWrite={write} />
      <Silences canWrite={write} />
      <DriftMonitors canWrite={write} />
      <Receivers canWrite={write} />
      <OnlineEvals canWrite={write} />
      <Drift />
      {can(s, 'read_logs') ? <Feedback /> : null}
    </>
  );
}

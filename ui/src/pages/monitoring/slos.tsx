// SLOs: SLI over the period, error budget left and both burn-rate windows; operators create them.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { CardTable } from '../../components/CardTable.tsx';
import { useTimeControls } from '../../components/controls.tsx';
import { ActionForm, Field, SelectField, text } from '../../components/forms.tsx';
import { fmtInt, fmtPct } from '../../format.ts';
import type { SloStatus } from '../../types.ts';
import { num, usePutDefinition } from './common.ts';

function CreateSlo() {
  const m = usePutDefinition('/admin/slos', ['slos']);
  return (
    <ActionForm
      label="Create an SLO"
      title="Create an SLO"
      submit="Save SLO"
      m={m}
      errorTitle="SLO not saved"
      onSubmit={(f) => {
        const route = text(f, 'route');
        const sli = String(f.get('sli'));
        const threshold = Number(f.get('latency_threshold_ms'));
        m.mutate({
          name: text(f, 'name'),
          sli,
          objective: Number(f.get('objective')) / 100,
          period_days: Number(f.get('period_days')),
          ...(route ? { filter: { route } } : {}),
          ...(sli === 'latency' && threshold > 0 ? { latency_threshold_ms: threshold } : {}),
        });
      }}
    >
      <Field label="Name" name="name" required />
      <SelectField label="Indicator" name="sli" defaultValue="availability" options={['availability', 'latency']} />
      <Field
        label="Objective (%)"
        name="objective"
        type="number"
        step="0.001"
        min="1"
        max="99.999"
        defaultValue="99.9"
        required
      />
      <Field label="Latency threshold (ms, latency SLOs)" name="latency_threshold_ms" type="number" min="1" />
      <Field label="Period (days)" name="period_days" type="number" min="1" max="90" defaultValue="30" />
      <Field label="Route (empty = all)" name="route" />
    </ActionForm>
  );
}

export function Slos({ canWrite }: { canWrite: boolean }) {
  const { refetchInterval } = useTimeControls();
  const q = useQuery({ queryKey: ['slos'], queryFn: () => api<{ data: SloStatus[] }>('/admin/slos'), refetchInterval });
  return (
    <CardTable
      title="SLOs"
      q={q}
      rows={(d) => d.data}
      label="SLO list"
      rowKey={(s) => s.name}
      columns={[
        { head: 'Name', cell: (s) => s.name },
        {
          head: 'Indicator',
          cell: (s) => `${s.spec.sli}${s.spec.filter.route ? ` · route ${s.spec.filter.route}` : ''}`,
        },
        { head: 'Objective', num: true, cell: (s) => fmtPct(s.spec.objective) },
        { head: 'SLI (period)', num: true, cell: (s) => fmtPct(s.period.sli) },
        {
          head: 'Events',
          num: true,
          cell: (s) => `${fmtInt(s.period.good)} / ${fmtInt(s.period.total)} good`,
        },
        { head: 'Error budget left', num: true, cell: (s) => fmtPct(s.error_budget_remaining) },
        {
          head: 'Burn rates (long / short window vs factor)',
          cell: (s) => (
            <ul className="chips">
              {s.burn.map((b) => (
                <li key={b.severity} className={`chip${b.firing ? ' bad' : ''}`}>
                  {b.severity}: {num(b.longBurn, 2)}× ({b.longMinutes} min) / {num(b.shortBurn, 2)}× ({b.shortMinutes}{' '}
                  min) vs {b.factor}×{b.firing ? ' · FIRING' : ''}
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    >
      {canWrite ? <CreateSlo /> : null}
    </CardTable>
  );
}

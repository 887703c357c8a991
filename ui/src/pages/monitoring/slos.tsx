// SLOs: SLI over the period, error budget left and both burn-rate windows; operators create, edit (PUT by name;
// labels, receivers and descriptions the form does not show are kept) and delete them.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useTimeControls } from '../../components/controls.tsx';
import { compact, Field, optNum, SelectField, text } from '../../components/forms.tsx';
import { fmtInt, fmtPct } from '../../format.ts';
import type { SloStatus } from '../../types.ts';
import { num } from './common.ts';
import { DefinitionCard, DefinitionForm, type DefinitionFormProps, routeFilter, unshown } from './definitions.tsx';

type Spec = SloStatus['spec'];
const SHOWN = ['sli', 'objective', 'period_days', 'latency_threshold_ms', 'score_name', 'score_min', 'filter'];
const percent = (share: number) => String(Number((share * 100).toFixed(6)));

function SloForm({ editing, put, done }: DefinitionFormProps<Spec>) {
  const spec = editing?.spec;
  // The indicator decides which of its fields are sent (the API refuses a latency SLO without a threshold).
  const [sli, setSli] = useState(spec?.sli ?? 'availability');
  return (
    <DefinitionForm
      what="SLO"
      article="an"
      editing={editing}
      put={put}
      done={done}
      onSubmit={(f) => ({
        ...unshown(spec, SHOWN),
        sli,
        objective: Number(f.get('objective')) / 100,
        period_days: Number(f.get('period_days')),
        filter: routeFilter(spec, text(f, 'route')),
        ...compact({
          latency_threshold_ms: sli === 'latency' ? optNum(f, 'latency_threshold_ms') : undefined,
          score_name: sli === 'quality' ? text(f, 'score_name') : undefined,
          score_min: sli === 'quality' ? optNum(f, 'score_min') : undefined,
        }),
      })}
    >
      <SelectField
        label="Indicator"
        name="sli"
        value={sli}
        onChange={(e) => setSli(e.target.value)}
        options={['availability', 'latency', 'quality']}
      />
      <Field
        label="Objective (%)"
        name="objective"
        type="number"
        step="0.001"
        min="1"
        max="99.999"
        defaultValue={spec ? percent(spec.objective) : '99.9'}
        required
      />
      {sli === 'latency' ? (
        <Field
          label="Latency threshold (ms, latency SLOs)"
          name="latency_threshold_ms"
          type="number"
          min="1"
          defaultValue={spec?.latency_threshold_ms ?? ''}
        />
      ) : null}
      {sli === 'quality' ? (
        <>
          <Field label="Score name (feedback)" name="score_name" defaultValue={spec?.score_name ?? ''} />
          <Field
            label="Good score at least (0.1 – 1)"
            name="score_min"
            type="number"
            step="0.1"
            min="0.1"
            max="1"
            defaultValue={spec?.score_min ?? ''}
          />
        </>
      ) : null}
      <Field
        label="Period (days)"
        name="period_days"
        type="number"
        min="1"
        max="90"
        defaultValue={String(spec?.period_days ?? 30)}
      />
      <Field label="Route (empty = all)" name="route" defaultValue={spec?.filter.route ?? ''} />
    </DefinitionForm>
  );
}

export function Slos({ canWrite }: { canWrite: boolean }) {
  const { refetchInterval } = useTimeControls();
  const q = useQuery({ queryKey: ['slos'], queryFn: () => api<{ data: SloStatus[] }>('/admin/slos'), refetchInterval });
  return (
    <DefinitionCard<{ data: SloStatus[] }, Spec, SloStatus>
      title="SLOs"
      label="SLO list"
      what="SLO"
      path="/admin/slos"
      keys={['slos']}
      q={q}
      rows={(d) => d.data}
      canWrite={canWrite}
      Form={SloForm}
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
    />
  );
}

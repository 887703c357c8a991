// Signal monitors: alert rules on one signal of a window (error rate, p95 latency, refusals, …) against a
// threshold. Create, edit (PUT by name; stored fields the form does not show, such as labels, receivers and
// group_by, are kept) and delete.
import { Field, SelectField, text } from '../../components/forms.tsx';
import { MonitorCommonFields, type MonitorRow, readMonitorCommon, useMonitors } from './alerts.tsx';
import { DefinitionCard, DefinitionForm, type DefinitionFormProps, routeFilter, unshown } from './definitions.tsx';

const METRICS = [
  'error_rate',
  'latency_ms.p95',
  'ttft_ms.p95',
  'refusal_rate',
  'guardrail_hit_rate',
  'cost_per_request',
  'tokens_in.mean',
  'tokens_out.mean',
  'empty_rate',
];
const SHOWN = ['kind', 'metric', 'op', 'threshold', 'window_minutes', 'min_requests', 'for_minutes', 'severity'];

type Spec = Record<string, unknown> & { filter?: Record<string, string> };

function SignalMonitorForm({ editing, put, done }: DefinitionFormProps<Spec>) {
  const spec = editing?.spec;
  return (
    <DefinitionForm
      what="signal monitor"
      editing={editing}
      put={put}
      done={done}
      onSubmit={(f) => ({
        ...unshown(spec, SHOWN),
        kind: 'signal',
        metric: String(f.get('metric')),
        op: String(f.get('op')),
        threshold: Number(f.get('threshold')),
        ...readMonitorCommon(f),
        filter: routeFilter(spec, text(f, 'route')),
      })}
    >
      <SelectField label="Metric" name="metric" defaultValue={String(spec?.metric ?? 'error_rate')} options={METRICS} />
      <SelectField
        label="Comparison"
        name="op"
        defaultValue={String(spec?.op ?? '>')}
        options={['>', '>=', '<', '<=']}
      />
      <Field
        label="Threshold"
        name="threshold"
        type="number"
        step="any"
        required
        defaultValue={spec?.threshold === undefined ? '' : String(spec.threshold)}
      />
      <MonitorCommonFields spec={spec} />
    </DefinitionForm>
  );
}

export function SignalMonitors({ canWrite }: { canWrite: boolean }) {
  const q = useMonitors();
  return (
    <DefinitionCard<{ data: MonitorRow[] }, Spec>
      title="Signal monitors"
      what="signal monitor"
      path="/admin/monitors"
      keys={['monitors', 'alerts']}
      q={q}
      rows={(d) => d.data.filter((m) => m.spec.kind === 'signal')}
      canWrite={canWrite}
      Form={SignalMonitorForm}
      columns={[
        { head: 'Name', cell: (m) => m.name },
        { head: 'Condition', cell: (m) => `${String(m.spec.metric)} ${String(m.spec.op)} ${String(m.spec.threshold)}` },
        { head: 'Window', cell: (m) => `${String(m.spec.window_minutes)} min` },
        { head: 'Route', cell: (m) => m.spec.filter?.route ?? 'all' },
        { head: 'Severity', cell: (m) => String(m.spec.severity) },
      ]}
    />
  );
}

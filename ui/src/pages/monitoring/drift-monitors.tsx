// Drift monitors: alert rules on a drift result — one feature (or "dataset", the share of drifted features) of the
// current window against a reference (the window before, or a trailing baseline), with the method and threshold
// the API defaults to when left empty. Create, edit (PUT by name) and delete.
import { compact, Field, list, optNum, SelectField, text } from '../../components/forms.tsx';
import { MonitorCommonFields, type MonitorRow, readMonitorCommon, useMonitors } from './alerts.tsx';
import { DefinitionCard, DefinitionForm, type DefinitionFormProps } from './definitions.tsx';

const FEATURES = [
  'dataset',
  'latency_ms',
  'ttft_ms',
  'prompt_chars',
  'answer_chars',
  'output_tokens',
  'language',
  'finish_reason',
  'model_served',
  'error_class',
  'guardrail',
  'answer_text',
];
const METHODS = ['ks', 'wasserstein', 'psi', 'chi_square', 'jensen_shannon', 'domain_classifier'];

type Spec = Record<string, unknown> & { reference?: { type: string; minutes?: number }; receivers?: string[] };

function readReference(f: FormData, stored: Spec['reference']) {
  const type = String(f.get('reference'));
  if (type === 'stored') return stored;
  return type === 'trailing' ? { type, minutes: Number(f.get('trailing_minutes')) } : { type };
}

function DriftMonitorForm({ editing, put, done }: DefinitionFormProps<Spec>) {
  const spec = editing?.spec;
  const ref = spec?.reference;
  const refOptions: [string, string][] = [
    ['previous', 'the window before (rolling)'],
    ['trailing', 'a trailing baseline'],
  ];
  if (ref && ref.type !== 'previous' && ref.type !== 'trailing') refOptions.push(['stored', `as stored (${ref.type})`]);
  return (
    <DefinitionForm
      what="drift monitor"
      editing={editing}
      put={put}
      done={done}
      onSubmit={(f) => ({
        kind: 'drift',
        feature: String(f.get('feature')),
        ...compact({
          method: text(f, 'method'),
          drift_threshold: optNum(f, 'drift_threshold'),
          description: text(f, 'description'),
        }),
        reference: readReference(f, ref),
        receivers: list(f, 'receivers'),
        ...readMonitorCommon(f),
      })}
    >
      <SelectField
        label="Feature"
        name="feature"
        defaultValue={String(spec?.feature ?? 'dataset')}
        options={FEATURES}
      />
      <SelectField
        label="Method (empty = the feature's default)"
        name="method"
        defaultValue={String(spec?.method ?? '')}
        options={[['', '(default)'], ...METHODS.map((m) => [m, m] as const)]}
      />
      <Field
        label="Drift threshold (empty = the method's default)"
        name="drift_threshold"
        type="number"
        step="any"
        min="0"
        defaultValue={spec?.drift_threshold === undefined ? '' : String(spec.drift_threshold)}
      />
      <SelectField
        label="Reference"
        name="reference"
        defaultValue={ref && ref.type !== 'previous' && ref.type !== 'trailing' ? 'stored' : (ref?.type ?? 'previous')}
        options={refOptions}
      />
      <Field
        label="Trailing baseline (min)"
        name="trailing_minutes"
        type="number"
        min="1"
        defaultValue={String(ref?.minutes ?? 1440)}
      />
      <MonitorCommonFields spec={spec} />
      <Field
        label="Receivers (comma-separated names)"
        name="receivers"
        defaultValue={(spec?.receivers ?? []).join(', ')}
      />
      <Field label="Description" name="description" defaultValue={String(spec?.description ?? '')} />
    </DefinitionForm>
  );
}

const referenceText = (r: Spec['reference']) =>
  r?.type === 'trailing' ? `trailing ${r.minutes} min` : r?.type === 'previous' || !r ? 'window before' : r.type;

export function DriftMonitors({ canWrite }: { canWrite: boolean }) {
  const q = useMonitors();
  return (
    <DefinitionCard<{ data: MonitorRow[] }, Spec>
      title="Drift monitors"
      what="drift monitor"
      path="/admin/monitors"
      keys={['monitors', 'alerts']}
      q={q}
      rows={(d) => d.data.filter((m) => m.spec.kind === 'drift') as { name: string; spec: Spec }[]}
      canWrite={canWrite}
      Form={DriftMonitorForm}
      columns={[
        { head: 'Name', cell: (m) => m.name },
        { head: 'Feature', cell: (m) => String(m.spec.feature) },
        {
          head: 'Method / threshold',
          cell: (m) => `${String(m.spec.method ?? 'default')} / ${String(m.spec.drift_threshold ?? 'default')}`,
        },
        { head: 'Reference', cell: (m) => referenceText(m.spec.reference) },
        { head: 'Window', cell: (m) => `${String(m.spec.window_minutes)} min` },
        { head: 'Severity', cell: (m) => String(m.spec.severity) },
        { head: 'Receivers', cell: (m) => (m.spec.receivers ?? []).join(', ') || '—' },
      ]}
    />
  );
}

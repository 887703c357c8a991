// The request-log filters; Apply puts them in the URL (and starts again at the first page). "Open request id"
// opens the detail drawer directly.
import { Field, FilterForm, SelectField, text } from '../../components/forms.tsx';
import { useParams } from '../../route.ts';

export const FILTERS = [
  { id: 'q', label: 'Search request id' },
  { id: 'model', label: 'Model' },
  { id: 'route', label: 'Route' },
  { id: 'status', label: 'Status (e.g. 200, 4xx)' },
  { id: 'key_id', label: 'Key id' },
  { id: 'tenant', label: 'Tenant' },
  { id: 'tag', label: 'Tags (key=value, …)' },
] as const;

const GUARD_OUTCOMES: [string, string][] = [
  ['', 'any or none'],
  ['any', 'any decision'],
  ['none', 'no decision'],
  ['block', 'blocked'],
  ['redact', 'redacted'],
  ['flag', 'flagged'],
  ['log', 'logged'],
];

export function Filters() {
  const [params, set] = useParams();
  return (
    <FilterForm
      label="Request filters"
      onApply={(f) => {
        const changes: Record<string, string | undefined> = { cursor: undefined, prev: undefined };
        for (const { id } of FILTERS) changes[id] = text(f, id) || undefined;
        changes.guard = String(f.get('guard') ?? '') || undefined;
        const id = text(f, 'id');
        if (id) changes.id = id;
        set(changes);
      }}
    >
      {FILTERS.map((f) => (
        // Keyed by the value too: a URL change remounts the field with the new default.
        <Field key={`${f.id}=${params[f.id] ?? ''}`} label={f.label} name={f.id} defaultValue={params[f.id] ?? ''} />
      ))}
      <SelectField
        key={params.guard ?? ''}
        label="Guardrail outcome"
        name="guard"
        defaultValue={params.guard ?? ''}
        options={GUARD_OUTCOMES}
      />
      <Field label="Open request id" name="id" placeholder="open by id" />
    </FilterForm>
  );
}

// Online evaluations: a share of a route's live answers scored after the client has them (valid JSON, a JSON
// Schema, rules, an LLM judge through a route, similarity to reference answers); the scores are stored as
// feedback (source "system") that SLOs, monitors and deployment analysis read. The form edits the first scorer;
// any further scorers of a definition are kept as they are.
import { useState } from 'react';
import { compact, Field, list, optNum, SelectField, TextArea, text } from '../../components/forms.tsx';
import { fmtPct } from '../../format.ts';
import { DefinitionCard, DefinitionForm, type DefinitionFormProps, useDefinitions } from './definitions.tsx';

type Scorer = Record<string, unknown> & { type: string; name?: string };
interface OnlineEvalSpec {
  route: string;
  sampling_rate: number;
  scorers: Scorer[];
  max_judge_calls_per_hour: number;
}

const TYPES = [
  ['json_valid', 'valid JSON'],
  ['json_schema', 'matches a JSON Schema'],
  ['rule', 'rules (contains, regex, length)'],
  ['judge', 'LLM judge'],
  ['similarity', 'similarity to reference answers'],
] as const;

const lines = (f: FormData, name: string) =>
  String(f.get(name) ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The scorer of the form's fields; a JSON Schema that does not parse is sent as text for the API to refuse. */
function readScorer(type: string, f: FormData): Scorer {
  const name = text(f, 'scorer_name');
  const base = { type, ...(name ? { name } : {}) };
  if (type === 'json_schema') {
    let schema: unknown = text(f, 'schema');
    try {
      schema = JSON.parse(String(schema));
    } catch {}
    return { ...base, schema };
  }
  if (type === 'rule') {
    const contains = list(f, 'contains');
    const notContains = list(f, 'not_contains');
    return {
      ...base,
      ...compact({
        contains: contains.length ? contains : undefined,
        not_contains: notContains.length ? notContains : undefined,
        regex: text(f, 'regex'),
        min_chars: optNum(f, 'min_chars'),
        max_chars: optNum(f, 'max_chars'),
      }),
    };
  }
  if (type === 'judge') return { ...base, judge_route: text(f, 'judge_route'), criteria: text(f, 'criteria') };
  if (type === 'similarity') {
    return { ...base, references: lines(f, 'references'), ...compact({ embedding_route: text(f, 'embedding_route') }) };
  }
  return base;
}

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const strs = (v: unknown, sep: string) => (Array.isArray(v) ? v.join(sep) : '');

function ScorerFields({ type, s }: { type: string; s: Scorer | undefined }) {
  const named = type === 'rule' || type === 'judge' || type === 'similarity';
  return (
    <>
      <Field
        label={named ? 'Scorer name (the feedback name)' : 'Scorer name (optional)'}
        name="scorer_name"
        required={named}
        defaultValue={str(s?.name)}
      />
      {type === 'json_schema' ? (
        <TextArea label="JSON Schema" name="schema" required defaultValue={s?.schema ? JSON.stringify(s.schema) : ''} />
      ) : null}
      {type === 'rule' ? (
        <>
          <Field label="Must contain (comma-separated)" name="contains" defaultValue={strs(s?.contains, ', ')} />
          <Field
            label="Must not contain (comma-separated)"
            name="not_contains"
            defaultValue={strs(s?.not_contains, ', ')}
          />
          <Field label="Regular expression" name="regex" defaultValue={str(s?.regex)} />
          <Field label="Minimum characters" name="min_chars" type="number" min="0" defaultValue={str(s?.min_chars)} />
          <Field label="Maximum characters" name="max_chars" type="number" min="0" defaultValue={str(s?.max_chars)} />
        </>
      ) : null}
      {type === 'judge' ? (
        <>
          <Field label="Judge route" name="judge_route" required defaultValue={str(s?.judge_route)} />
          <TextArea label="Criteria" name="criteria" required defaultValue={str(s?.criteria)} />
        </>
      ) : null}
      {type === 'similarity' ? (
        <>
          <TextArea
            label="Reference answers (one per line)"
            name="references"
            required
            defaultValue={strs(s?.references, '\n')}
          />
          <Field label="Embedding route (optional)" name="embedding_route" defaultValue={str(s?.embedding_route)} />
        </>
      ) : null}
    </>
  );
}

function OnlineEvalForm({ editing, put, done }: DefinitionFormProps<OnlineEvalSpec>) {
  const spec = editing?.spec;
  const first = spec?.scorers[0];
  const [type, setType] = useState<string>(first?.type ?? 'json_valid');
  const rest = spec?.scorers.slice(1) ?? [];
  return (
    <DefinitionForm
      what="online evaluation"
      editing={editing}
      put={put}
      done={done}
      onSubmit={(f) => ({
        route: text(f, 'route'),
        sampling_rate: Number(f.get('sampling')) / 100,
        max_judge_calls_per_hour: Number(f.get('max_judge_calls_per_hour')),
        scorers: [readScorer(type, f), ...rest],
      })}
    >
      <Field label="Route" name="route" required defaultValue={spec?.route} />
      <Field
        label="Sampling (% of answers)"
        name="sampling"
        type="number"
        min="0"
        max="100"
        step="any"
        required
        defaultValue={String(spec ? spec.sampling_rate * 100 : 10)}
      />
      <Field
        label="Judge calls per hour at most"
        name="max_judge_calls_per_hour"
        type="number"
        min="0"
        defaultValue={String(spec?.max_judge_calls_per_hour ?? 100)}
      />
      <SelectField
        label="Scorer"
        name="scorer_type"
        value={type}
        onChange={(e) => setType(e.target.value)}
        options={TYPES}
      />
      <ScorerFields type={type} s={first?.type === type ? first : undefined} />
      {rest.length ? (
        <p className="muted wide">
          Also kept: {rest.map((s) => s.name ?? s.type).join(', ')} (edit those with the API or CLI).
        </p>
      ) : null}
    </DefinitionForm>
  );
}

export function OnlineEvals({ canWrite }: { canWrite: boolean }) {
  const q = useDefinitions<OnlineEvalSpec>('/admin/monitors/online-evals', 'online-evals');
  return (
    <DefinitionCard
      title="Online evaluations"
      what="online evaluation"
      path="/admin/monitors/online-evals"
      keys={['online-evals']}
      q={q}
      rows={(d) => d.data}
      canWrite={canWrite}
      Form={OnlineEvalForm}
      columns={[
        { head: 'Name', cell: (e) => e.name },
        { head: 'Route', cell: (e) => e.spec.route },
        { head: 'Sampling', num: true, cell: (e) => fmtPct(e.spec.sampling_rate) },
        { head: 'Scorers', cell: (e) => e.spec.scorers.map((s) => `${s.name ?? s.type} (${s.type})`).join(', ') },
        { head: 'Judge calls / h', num: true, cell: (e) => String(e.spec.max_judge_calls_per_hour) },
      ]}
    />
  );
}

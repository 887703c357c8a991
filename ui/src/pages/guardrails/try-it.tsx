// "Try it": text run through chosen guard sets at a stage, the detections highlighted in the text.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api.ts';
import { Card } from '../../components/CardTable.tsx';
import { ActionForm, SelectField, TextArea } from '../../components/forms.tsx';
import type { RoutesStatus } from '../../types.ts';

interface ScanResult {
  blocked: boolean;
  flagged: boolean;
  decisions: {
    guard: string;
    detector: string;
    action: string;
    score: number;
    spans: { start: number; end: number; type: string }[];
  }[];
}

function Highlighted({ text, r }: { text: string; r: ScanResult }) {
  const spans = r.decisions
    .flatMap((d) => d.spans.map((s) => ({ ...s, guard: d.guard })))
    .sort((a, b) => a.start - b.start);
  const out: React.ReactNode[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out.push(text.slice(at, s.start));
    out.push(
      <mark key={`${s.start}-${s.end}`} title={`${s.guard}: ${s.type}`}>
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  out.push(text.slice(at));
  return <p className="highlighted">{out}</p>;
}

export function TryIt() {
  const routes = useQuery({ queryKey: ['routes'], queryFn: () => api<RoutesStatus>('/admin/console/routes') });
  const [text, setText] = useState('');
  const scan = useMutation({
    mutationFn: (b: { text: string; sets: string[]; stage: string }) =>
      api<ScanResult>('/admin/guardrails/scan', { method: 'POST', body: b }),
  });
  return (
    <Card title="Try it">
      <ActionForm
        label="Guardrail scan"
        submit="Scan"
        m={scan}
        errorTitle="Scan refused"
        onSubmit={(f) =>
          scan.mutate({
            text: String(f.get('text')),
            sets: f.getAll('sets').map(String),
            stage: String(f.get('stage')),
          })
        }
      >
        <TextArea label="Text" name="text" rows={4} required value={text} onChange={(e) => setText(e.target.value)} />
        <fieldset>
          <legend>Guard sets</legend>
          {(routes.data?.guard_sets ?? ['default']).map((s, i) => (
            <label key={s} className="inline">
              <input type="checkbox" name="sets" value={s} defaultChecked={i === 0} /> {s}
            </label>
          ))}
        </fieldset>
        <SelectField label="Stage" name="stage" defaultValue="input" options={['input', 'output']} />
      </ActionForm>
      {scan.data ? (
        <div role="status" data-testid="scan-result">
          <p>
            <strong>{scan.data.blocked ? 'Blocked' : scan.data.flagged ? 'Flagged' : 'Allowed'}</strong> ·{' '}
            {scan.data.decisions.length} decision(s)
          </p>
          <Highlighted text={text} r={scan.data} />
          <ul>
            {scan.data.decisions.map((d, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: ordered result
              <li key={i}>
                {d.guard} ({d.detector}): {d.action}, score {d.score.toFixed(2)},{' '}
                {d.spans.map((s) => s.type).join(', ') || 'no spans'}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}

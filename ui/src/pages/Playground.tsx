// Playground: a prompt to any model the caller may use, streamed live through the gateway (as the signed-in
// key: limits, budgets and guardrails apply), then the recorded decisions, tokens, cost and explanation.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, apiRaw, errorOf } from '../api.ts';
import { Card } from '../components/CardTable.tsx';
import { CallFacts } from '../components/call-facts.tsx';
import { ActionForm, SelectField, TextArea } from '../components/forms.tsx';
import { ErrorBox } from '../components/states.tsx';
import type { RequestRecord } from '../types.ts';

async function recorded(id: string): Promise<RequestRecord | null> {
  // Records are written in batches; wait for this one briefly.
  for (let i = 0; i < 20; i++) {
    const res = await apiRaw(`/admin/requests/${encodeURIComponent(id)}`);
    if (res.ok) return (await res.json()) as RequestRecord;
    if (res.status !== 404) return null;
    await new Promise((r) => setTimeout(r, 250));
  }
  return null;
}

export default function Playground() {
  const models = useQuery({ queryKey: ['models'], queryFn: () => api<{ data: { id: string }[] }>('/v1/models') });
  const [out, setOut] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [rec, setRec] = useState<RequestRecord | null>(null);
  const [reqId, setReqId] = useState<string | null>(null);
  const send = async (model: string, prompt: string) => {
    setBusy(true);
    setOut('');
    setError(null);
    setRec(null);
    try {
      const res = await apiRaw('/v1/chat/completions', {
        method: 'POST',
        body: {
          model,
          stream: true,
          stream_options: { include_usage: true },
          messages: [{ role: 'user', content: prompt }],
        },
      });
      const id = res.headers.get('x-request-id');
      setReqId(id);
      if (!res.ok || !res.body) throw await errorOf(res);
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buf = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buf += value;
        const events = buf.split('\n\n');
        buf = events.pop() ?? '';
        for (const ev of events) {
          const data = ev
            .split('\n')
            .find((l) => l.startsWith('data: '))
            ?.slice(6);
          if (!data || data === '[DONE]') continue;
          const j = JSON.parse(data) as { choices?: { delta?: { content?: string } }[]; error?: { message: string } };
          if (j.error) throw new Error(j.error.message);
          const piece = j.choices?.[0]?.delta?.content;
          if (piece) setOut((o) => o + piece);
        }
      }
      if (id) setRec(await recorded(id));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <div className="page-head">
        <h1>Playground</h1>
      </div>
      <ActionForm
        label="Prompt"
        card
        submit={busy ? 'Streaming…' : 'Send'}
        // The gateway's refusal shows with the response, not under the form.
        m={{ isPending: busy, error: null }}
        errorTitle="The gateway refused"
        onSubmit={(f) => send(String(f.get('model')), String(f.get('prompt')))}
      >
        <SelectField label="Model" name="model" options={models.data?.data.map((m) => m.id) ?? []} />
        <TextArea label="Prompt" name="prompt" rows={4} required />
      </ActionForm>
      {models.error ? <ErrorBox error={models.error} title="Models unavailable" /> : null}
      <section className="card" aria-label="Response" aria-live="polite">
        <h2>
          Response
          {reqId ? (
            <>
              {' '}
              · <a href={`#/requests?id=${encodeURIComponent(reqId)}`}>{reqId}</a>
            </>
          ) : null}
        </h2>
        <pre tabIndex={0} className="body" data-testid="playground-output">
          {out}
        </pre>
        {error ? <ErrorBox error={error} title="The gateway refused" /> : null}
      </section>
      {rec ? (
        <Card title="Call details">
          <dl className="kv">
            <dt>Served by</dt>
            <dd>
              {rec.modelServed ?? '—'} ({rec.provider ?? '—'})
            </dd>
            <CallFacts r={rec} />
            <dt>Guardrails</dt>
            <dd>
              {rec.guardrails.length ? rec.guardrails.map((g) => `${g.guard}: ${g.action}`).join(', ') : 'no decisions'}
            </dd>
          </dl>
          <p>
            <a href={`#/requests?id=${encodeURIComponent(rec.id)}`}>Open the explanation</a>
          </p>
        </Card>
      ) : null}
    </>
  );
}

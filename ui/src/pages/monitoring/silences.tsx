// Silences: label matchers muted until a time; operators create them and expire active ones.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { ACTIONS, CardTable } from '../../components/CardTable.tsx';
import { Time } from '../../components/controls.tsx';
import { ActionForm, Field, text } from '../../components/forms.tsx';
import type { Definition } from '../../types.ts';
import { usePutDefinition } from './common.ts';

interface SilenceSpec extends Record<string, unknown> {
  matchers: Record<string, string>;
  starts_at?: number;
  ends_at: number;
  comment: string;
}

const labels = (m: Record<string, string>) =>
  Object.entries(m)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');

function readMatchers(s: string): Record<string, string> {
  const matchers: Record<string, string> = {};
  for (const pair of s.split(/[\s,]+/)) {
    const [k, ...v] = pair.split('=');
    if (k && v.length) matchers[k] = v.join('=');
  }
  return matchers;
}

export function Silences({ canWrite }: { canWrite: boolean }) {
  const q = useQuery({
    queryKey: ['silences'],
    queryFn: () => api<{ data: Definition<SilenceSpec>[] }>('/admin/alerts/silences'),
  });
  const put = usePutDefinition<SilenceSpec>('/admin/alerts/silences', ['silences', 'alerts']);
  const now = Date.now();
  const active = (s: SilenceSpec) => s.ends_at > now && (s.starts_at ?? 0) <= now;
  return (
    <CardTable
      title="Silences"
      q={q}
      rows={(d) => d.data}
      label="Silence list"
      rowKey={(s) => s.name}
      columns={[
        { head: 'Name', cell: (s) => s.name },
        { head: 'Matchers', cell: (s) => <code>{labels(s.spec.matchers)}</code> },
        {
          head: 'Ends',
          cell: (s) => (
            <>
              <Time t={s.spec.ends_at} /> {active(s.spec) ? '(active)' : '(expired)'}
            </>
          ),
        },
        { head: 'Comment', cell: (s) => s.spec.comment },
        {
          head: ACTIONS,
          cell: (s) =>
            canWrite && active(s.spec) ? (
              <button
                type="button"
                aria-label={`Expire silence ${s.name}`}
                onClick={() => put.mutate({ name: s.name, ...s.spec, ends_at: Date.now() })}
              >
                Expire
              </button>
            ) : null,
        },
      ]}
    >
      {canWrite ? (
        <ActionForm
          label="Create a silence"
          title="Create a silence"
          submit="Silence"
          m={put}
          errorTitle="Silence not saved"
          onSubmit={(f) =>
            put.mutate({
              name: text(f, 'name'),
              matchers: readMatchers(String(f.get('matchers'))),
              ends_at: Date.now() + Number(f.get('hours')) * 3_600_000,
              comment: String(f.get('comment') ?? ''),
            })
          }
        >
          <Field label="Name" name="name" required />
          <Field label="Matchers (label=value, e.g. rule=errors)" name="matchers" required />
          <Field label="Duration (hours)" name="hours" type="number" min="0.1" step="0.1" defaultValue="2" />
          <Field label="Comment" name="comment" />
        </ActionForm>
      ) : null}
    </CardTable>
  );
}

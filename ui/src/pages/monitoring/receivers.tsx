// Alert receivers: where firing and resolved alerts go (a generic webhook signed with an HMAC secret, Slack, or
// PagerDuty). The API never reads secrets back — URLs show only their origin — so editing one means entering its
// URL, secret or routing key again.
import { useState } from 'react';
import { compact, Field, SelectField, text } from '../../components/forms.tsx';
import { DefinitionCard, DefinitionForm, type DefinitionFormProps, useDefinitions } from './definitions.tsx';

interface ReceiverSpec {
  type: 'webhook' | 'slack' | 'pagerduty';
  url?: string;
  secret?: string;
  routing_key?: string;
}

const TYPES = [
  ['webhook', 'webhook (JSON POST, optional HMAC signature)'],
  ['slack', 'Slack incoming webhook'],
  ['pagerduty', 'PagerDuty Events v2'],
] as const;

function ReceiverForm({ editing, put, done }: DefinitionFormProps<ReceiverSpec>) {
  const [type, setType] = useState<string>(editing?.spec.type ?? 'webhook');
  const again = editing ? ' (not read back: enter it again)' : '';
  return (
    <DefinitionForm
      what="receiver"
      editing={editing}
      put={put}
      done={done}
      onSubmit={(f) => ({
        type,
        ...compact({ url: text(f, 'url'), secret: text(f, 'secret'), routing_key: text(f, 'routing_key') }),
      })}
    >
      <SelectField label="Type" name="type" value={type} onChange={(e) => setType(e.target.value)} options={TYPES} />
      {type === 'pagerduty' ? (
        <Field label={`Routing key${again}`} name="routing_key" type="password" autoComplete="off" required />
      ) : (
        <Field label={`URL${again}`} name="url" type="url" required />
      )}
      {type === 'webhook' ? (
        <Field
          label={`HMAC secret (optional, 16+ characters)${again}`}
          name="secret"
          type="password"
          autoComplete="off"
        />
      ) : null}
    </DefinitionForm>
  );
}

export function Receivers({ canWrite }: { canWrite: boolean }) {
  const q = useDefinitions<ReceiverSpec>('/admin/alerts/receivers', 'receivers');
  return (
    <DefinitionCard
      title="Alert receivers"
      what="receiver"
      path="/admin/alerts/receivers"
      keys={['receivers']}
      q={q}
      rows={(d) => d.data}
      canWrite={canWrite}
      Form={ReceiverForm}
      columns={[
        { head: 'Name', cell: (r) => r.name },
        { head: 'Type', cell: (r) => r.spec.type },
        { head: 'Destination', cell: (r) => <code>{r.spec.url ?? '—'}</code> },
        { head: 'Secret / routing key', cell: (r) => ((r.spec.secret ?? r.spec.routing_key) ? 'set' : '—') },
      ]}
    />
  );
}

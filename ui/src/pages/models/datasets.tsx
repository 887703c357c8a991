// Evaluation datasets: the stored versions (a version is the hash of the content, so re-uploading the same file
// stores nothing new) and, for operators, an upload of a JSONL file — one item per line, each with "messages" or
// "vars" and an optional "reference"; the API checks every line and names the bad ones.
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { CardTable } from '../../components/CardTable.tsx';
import { Time } from '../../components/controls.tsx';
import { ActionForm, Field, text } from '../../components/forms.tsx';
import { fmtInt } from '../../format.ts';
import { useInvalidate } from '../../invalidate.ts';
import { type DatasetVersion, useDatasets } from './evals.tsx';

function UploadDataset() {
  const inv = useInvalidate();
  const m = useMutation({
    mutationFn: async (b: { name: string; description: string; file: File | null }) =>
      api<DatasetVersion & { created: boolean }>('/admin/datasets', {
        method: 'POST',
        // An empty or missing file is sent as it is: the API's own message says what is wrong.
        body: { name: b.name, description: b.description, jsonl: b.file ? await b.file.text() : '' },
      }),
    onSuccess: () => inv('datasets'),
  });
  return (
    <ActionForm
      label="Upload a dataset"
      title="Upload a dataset (JSONL)"
      submit="Upload dataset"
      m={m}
      errorTitle="Dataset not stored"
      onSubmit={(f) => {
        const file = f.get('file');
        m.mutate({
          name: text(f, 'name'),
          description: text(f, 'description'),
          file: file instanceof File && file.name !== '' ? file : null,
        });
      }}
      after={
        m.data ? (
          <p role="status">
            {m.data.created ? 'Stored' : 'Already stored (same content)'}: {m.data.name}@{m.data.hash.slice(0, 12)} ·{' '}
            {fmtInt(m.data.items)} items.
          </p>
        ) : null
      }
    >
      <Field label="Dataset name" name="name" required />
      <Field label="Description" name="description" />
      <Field
        label="JSONL file"
        name="file"
        type="file"
        accept=".jsonl,.json,.ndjson,.txt,application/x-ndjson"
        required
      />
    </ActionForm>
  );
}

export function Datasets({ canUpload }: { canUpload: boolean }) {
  const q = useDatasets();
  return (
    <CardTable
      title="Evaluation datasets"
      q={q}
      rows={(d) => d.data}
      label="Dataset versions"
      rowKey={(v) => `${v.name}@${v.hash}`}
      columns={[
        { head: 'Name', cell: (v) => v.name },
        { head: 'Version', cell: (v) => <code>{v.hash.slice(0, 12)}</code> },
        { head: 'Items', num: true, cell: (v) => fmtInt(v.items) },
        { head: 'Description', cell: (v) => v.description || '—' },
        { head: 'By', cell: (v) => v.createdBy },
        { head: 'Created', cell: (v) => <Time t={v.createdAt} /> },
      ]}
    >
      {canUpload ? <UploadDataset /> : null}
    </CardTable>
  );
}

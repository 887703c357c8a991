// Edits the policy (models, limits, budget) of a key, a tenant or a team: PATCH with the shared policy body.
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { ActionForm } from '../../components/forms.tsx';
import { PolicyFields, readPolicy } from '../../components/policy.tsx';
import { useInvalidate } from '../../invalidate.ts';
import type { Policy } from '../../types.ts';

export function PolicyForm({
  label,
  title,
  path,
  p,
  keys,
  card = false,
  onClose,
}: {
  label: string;
  title: string;
  path: string;
  p: Policy;
  /** Query keys to refresh after a save. */
  keys: string[];
  card?: boolean;
  onClose: () => void;
}) {
  const inv = useInvalidate();
  const m = useMutation({
    mutationFn: (body: Record<string, unknown>) => api(path, { method: 'PATCH', body }),
    onSuccess: () => {
      inv(...keys);
      onClose();
    },
  });
  return (
    <ActionForm
      label={label}
      title={title}
      card={card}
      submit="Save"
      m={m}
      errorTitle="Not saved"
      onSubmit={(f) => m.mutate(readPolicy(f))}
      actions={
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      }
    >
      <PolicyFields p={p} />
    </ActionForm>
  );
}

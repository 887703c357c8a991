// What the monitoring forms share: the filter dimensions, number printing, and the list/put/delete calls of the
// stored definitions (/admin/monitors, /admin/slos, /admin/alerts/receivers, /admin/alerts/silences,
// /admin/monitors/online-evals: PUT creates or replaces by name, DELETE removes).
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useInvalidate } from '../../invalidate.ts';

export const DIMS = ['route', 'model', 'arm'] as const;
export const SEVERITIES = ['page', 'ticket', 'info'] as const;
export const num = (n: number | null | undefined, digits = 3) =>
  n === null || n === undefined ? '—' : n.toFixed(digits);

/** Create-or-replace a named definition under `path`; refreshes the listed query keys. */
export function usePutDefinition<B extends Record<string, unknown>>(
  path: string,
  keys: string[],
  onSaved?: () => void,
) {
  const inv = useInvalidate();
  return useMutation({
    mutationFn: ({ name, ...body }: { name: string } & B) =>
      api(`${path}/${encodeURIComponent(name)}`, { method: 'PUT', body }),
    onSuccess: () => {
      inv(...keys);
      onSaved?.();
    },
  });
}

export function useDeleteDefinition(path: string, keys: string[]) {
  const inv = useInvalidate();
  return useMutation({
    mutationFn: (name: string) => api(`${path}/${encodeURIComponent(name)}`, { method: 'DELETE' }),
    onSuccess: () => inv(...keys),
  });
}

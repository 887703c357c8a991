// Marks cached answers stale after a change, by the first part of their query key ('models', 'alerts', …).
import { useQueryClient } from '@tanstack/react-query';

export function useInvalidate(): (...keys: string[]) => void {
  const qc = useQueryClient();
  return (...keys) => {
    for (const k of keys) qc.invalidateQueries({ queryKey: [k] });
  };
}

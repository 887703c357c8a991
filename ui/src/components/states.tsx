// Loading skeletons, error boxes (the API's own message), empty states.
import { ApiError } from '../api.ts';

export function Loading({ label = 'Loading' }: { label?: string }) {
  return (
    <div className="skeleton" role="status" aria-live="polite" aria-label={label}>
      <div className="skeleton-bar" />
      <div className="skeleton-bar short" />
      <div className="skeleton-bar" />
    </div>
  );
}

export function ErrorBox({ error, title = 'Could not load' }: { error: unknown; title?: string }) {
  const e = error instanceof ApiError ? error : null;
  return (
    <div className="error-box" role="alert">
      <strong>{title}</strong>
      <p>{error instanceof Error ? error.message : String(error)}</p>
      {e?.code ? (
        <p className="muted">
          code: {e.code} · HTTP {e.status}
        </p>
      ) : null}
    </div>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <div className="empty">{children}</div>;
}

/** Loading / error / empty / data in one place. */
export function QueryView<T>({
  q,
  empty,
  emptyText = 'Nothing here for this time range and filters yet.',
  children,
}: {
  q: { isPending: boolean; error: unknown; data: T | undefined };
  empty?: (d: T) => boolean;
  emptyText?: string;
  children: (d: T) => React.ReactNode;
}) {
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorBox error={q.error} />;
  const d = q.data as T;
  if (empty?.(d)) return <Empty>{emptyText}</Empty>;
  return <>{children(d)}</>;
}

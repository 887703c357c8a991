// Every page, filter and selected item lives in the URL hash (#/requests?model=x&id=req_1), so any view is a
// link. One parse/build pair; defaults are left out, so a default view serialises to a bare #/page.
import { useCallback, useSyncExternalStore } from 'react';

export interface Route {
  page: string;
  params: Record<string, string>;
}

export function parseHash(hash: string): Route {
  const h = hash.replace(/^#\/?/, '');
  const q = h.indexOf('?');
  const page = (q < 0 ? h : h.slice(0, q)) || '';
  const params: Record<string, string> = {};
  if (q >= 0) for (const [k, v] of new URLSearchParams(h.slice(q + 1))) params[k] = v;
  return { page, params };
}

export function buildHash(r: Route): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(r.params).sort(([a], [b]) => a.localeCompare(b))) if (v !== '') p.set(k, v);
  const s = p.toString();
  return `#/${r.page}${s ? `?${s}` : ''}`;
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

export type Navigate = (
  next: { page?: string; params?: Record<string, string | undefined> },
  replace?: boolean,
) => void;

export function useRoute(): [Route, Navigate] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const route = parseHash(hash);
  const navigate = useCallback(
    (next: { page?: string; params?: Record<string, string | undefined> }, replace = false) => {
      const cur = parseHash(window.location.hash);
      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries(next.params ?? cur.params)) if (v !== undefined) params[k] = v;
      const h = buildHash({ page: next.page ?? cur.page, params });
      if (replace) window.history.replaceState(null, '', h);
      else window.history.pushState(null, '', h);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    },
    [],
  );
  return [route, navigate];
}

/** Updates some params of the current page, keeping the others. */
export function useParams(): [Record<string, string>, (changes: Record<string, string | undefined>) => void] {
  const [route, navigate] = useRoute();
  const set = useCallback(
    (changes: Record<string, string | undefined>) => {
      const cur = parseHash(window.location.hash);
      const params: Record<string, string | undefined> = { ...cur.params, ...changes };
      navigate({ params }, true);
    },
    [navigate],
  );
  return [route.params, set];
}

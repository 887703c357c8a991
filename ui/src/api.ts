// The one way the console talks to the node: the admin API, with the session cookie (sent by the browser)
// and the CSRF token on every state-changing call. Errors carry the API's own message and code.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | null,
    readonly param: string | null,
    /** The whole error body (some refusals carry more, e.g. a promotion's gate report). */
    readonly body: Record<string, unknown> | null = null,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
export function setCsrfToken(t: string | null): void {
  csrfToken = t;
}

export type Query = Record<string, string | number | undefined | null>;

export function withQuery(path: string, q?: Query): string {
  if (!q) return path;
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `${path}?${s}` : path;
}

export async function apiRaw(
  path: string,
  init: { method?: string; body?: unknown; query?: Query } = {},
): Promise<Response> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return fetch(withQuery(path, init.query), {
    method,
    headers,
    credentials: 'same-origin',
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

export async function errorOf(res: Response): Promise<ApiError> {
  let message = `${res.status} ${res.statusText}`;
  let code: string | null = null;
  let param: string | null = null;
  let body: Record<string, unknown> | null = null;
  try {
    const j = (await res.json()) as { error?: { message?: string; code?: string; param?: string } };
    body = j as Record<string, unknown>;
    if (j.error?.message) message = j.error.message;
    code = j.error?.code ?? null;
    param = j.error?.param ?? null;
  } catch {}
  return new ApiError(res.status, message, code, param, body);
}

export async function api<T>(path: string, init: { method?: string; body?: unknown; query?: Query } = {}): Promise<T> {
  const res = await apiRaw(path, init);
  if (!res.ok) throw await errorOf(res);
  if (res.status === 204) return undefined as T; // a DELETE answers with no body
  return (await res.json()) as T;
}

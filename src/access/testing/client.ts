// Test helpers: JSON calls against a Lintel node (admin API and gateway) over a keep-alive pool.
import { Agent, request } from 'undici';

export const agent = new Agent({ connections: 512, pipelining: 1, keepAliveTimeout: 10_000 });

export interface Reply {
  status: number;
  headers: Record<string, string>;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: test responses are inspected loosely
  json: any;
}

export async function call(
  url: string,
  method: string,
  path: string,
  key: string | null,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const res = await request(`${url}${path}`, {
    method: method as 'GET',
    dispatcher: agent,
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.body.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  const h: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') h[k] = v;
  return { status: res.statusCode, headers: h, text, json };
}

export function chatBody(model: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { model, max_tokens: 16, messages: [{ role: 'user', content: 'hello there' }], ...extra };
}

export function chat(
  url: string,
  key: string,
  model: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Reply> {
  return call(url, 'POST', '/v1/chat/completions', key, chatBody(model, extra), headers);
}

/** Creates what a test needs through the admin API and fails loudly when the API refuses. */
export async function mustCall(
  url: string,
  method: string,
  path: string,
  key: string,
  body?: unknown,
): Promise<Reply['json']> {
  const r = await call(url, method, path, key, body);
  if (r.status >= 300) throw new Error(`${method} ${path} → ${r.status}: ${r.text}`);
  return r.json;
}

/** A key's spend once every reservation has settled (settlement runs just after each response is sent). */
// biome-ignore lint/suspicious/noExplicitAny: test responses are inspected loosely
export async function settledKey(url: string, id: string, key: string): Promise<any> {
  let view = (await call(url, 'GET', `/admin/keys/${id}`, key)).json;
  for (let i = 0; i < 100 && view?.spend?.reserved_usd !== 0; i++) {
    await new Promise((r) => setTimeout(r, 50));
    view = (await call(url, 'GET', `/admin/keys/${id}`, key)).json;
  }
  return view;
}

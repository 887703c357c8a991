// Area wiring helpers: the in-process gateway call areas use, and the job runner placeholder until the durable
// runner (src/jobs) is wired into this node — it refuses clearly instead of dropping work.
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../jobs/types.ts';
import type { GatewayCallOptions, GatewayResponse } from './areas.ts';

export function unavailableJobRunner(): JobRunner {
  const no = (): never => {
    throw new Error('the durable job runner is not wired into this node yet');
  };
  return {
    kind: 'unavailable',
    handle: no,
    enqueue: async () => no(),
    get: async () => no(),
    list: async () => no(),
    cancel: async () => no(),
    wait: async () => no(),
    start: async () => {},
    stop: async () => {},
  };
}

/** Calls this node's gateway in-process (Fastify inject): every check a client call passes applies. */
export async function callGateway(
  app: FastifyInstance,
  masterKey: string,
  path: string,
  body: unknown,
  o: GatewayCallOptions,
): Promise<GatewayResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(o.headers ?? {}) };
  headers.authorization = `Bearer ${o.key ?? masterKey}`;
  if (o.tags) {
    headers['x-lintel-tags'] = Object.entries(o.tags)
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
  }
  const res = await app.inject({ method: 'POST', url: path, payload: JSON.stringify(body), headers });
  let json: unknown;
  try {
    json = res.json();
  } catch {
    json = undefined;
  }
  const out: Record<string, string | string[] | undefined> = {};
  for (const [k, v] of Object.entries(res.headers)) out[k] = typeof v === 'number' ? String(v) : v;
  return { status: res.statusCode, headers: out, json, body: res.body };
}

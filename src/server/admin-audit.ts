// Every successful admin write (keys, tenants, teams, provider credentials, …) becomes an audit event,
// derived from the route: POST /admin/keys → key.create on key:<new id>, POST /admin/keys/:id/revoke → key.revoke,
// PATCH /admin/tenants/:tenant/teams/:team → team.update on team:<tenant>/<team>. Routes that audit themselves with richer events
// (kill switch, audit checkpoints, tenant shredding) are skipped. The event stores hashes of the
// request and response bodies (the log keeps only hashes of state), and a created key's secret is
// replaced before hashing.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuditActor } from './governance.ts';

const SELF_AUDITED = [
  /^\/admin\/config\/reload$/,
  /^\/admin\/killswitch/,
  /^\/admin\/audit\//,
  /^\/admin\/tenants\/:tenant\/shred$/,
  /^\/admin\/guardrails\/scan$/, // a read: text in, detections out; nothing changes
];
const SINGULAR: Record<string, string> = {
  keys: 'key',
  tenants: 'tenant',
  teams: 'team',
  'provider-credentials': 'credential',
};

export interface AdminWrite {
  actor: AuditActor;
  action: string;
  resource: string;
  before: unknown;
  after: unknown;
  requestId: string;
}

/** The id a create route answered with: `id` (keys, credentials) or `name` (tenants, teams). */
function createdId(response: unknown): string | undefined {
  if (!response || typeof response !== 'object') return undefined;
  const r = response as { id?: unknown; name?: unknown };
  if (typeof r.id === 'string') return r.id;
  if (typeof r.name === 'string') return r.name;
  return undefined;
}

/**
 * The audit action and resource of an admin write, or null when the route is not audited here. The resource names
 * the object itself with every enclosing id (`team:acme/core`); a create takes the new id from its response.
 */
export function describeAdminWrite(
  method: string,
  pattern: string,
  params: Record<string, string>,
  response?: unknown,
): { action: string; resource: string } | null {
  if (!pattern.startsWith('/admin/') || method === 'GET' || method === 'HEAD') return null;
  if (SELF_AUDITED.some((r) => r.test(pattern))) return null;
  const parts = pattern.slice('/admin/'.length).split('/');
  const chain: { type: string; id?: string }[] = [];
  let verb: string | null = null;
  for (const p of parts) {
    if (p.startsWith(':')) {
      if (chain.length === 0) chain.push({ type: 'admin' }); // a route of another area: keep its id all the same
      const last = chain[chain.length - 1];
      last.id = params[p.slice(1)] ?? last.id;
    } else if (SINGULAR[p]) chain.push({ type: SINGULAR[p] });
    else verb = p;
  }
  const target = chain[chain.length - 1] ?? { type: 'admin' };
  if (target.id === undefined && method === 'POST' && verb === null) target.id = createdId(response);
  const action =
    verb ??
    (method === 'POST'
      ? 'create'
      : method === 'DELETE'
        ? 'delete'
        : method === 'PATCH' || method === 'PUT'
          ? 'update'
          : method.toLowerCase());
  const ids = chain.map((c) => c.id).filter((id): id is string => id !== undefined);
  return {
    action: `${target.type}.${action}`,
    resource: ids.length > 0 ? `${target.type}:${ids.join('/')}` : target.type,
  };
}

export function adminAuditPlugin(record: (w: AdminWrite) => Promise<void>, onError: (err: unknown) => void) {
  return (app: FastifyInstance) => {
    // A callback hook (every answer of the node passes here; only admin writes do any work): no promise per request.
    app.addHook('onSend', (req: FastifyRequest, reply, payload, done) => {
      let out: unknown;
      try {
        out = audit(req, reply.statusCode, payload);
      } catch (err) {
        return done(err as Error);
      }
      done(null, out);
    });
    const audit = (req: FastifyRequest, status: number, payload: unknown): unknown => {
      if (status >= 300) return payload;
      const pattern = req.routeOptions.url ?? '';
      if (!pattern.startsWith('/admin/') || req.method === 'GET' || req.method === 'HEAD') return payload;
      let after: unknown = null;
      try {
        after = typeof payload === 'string' ? JSON.parse(payload) : null;
      } catch {
        after = payload;
      }
      const d = describeAdminWrite(req.method, pattern, (req.params ?? {}) as Record<string, string>, after);
      if (!d) return payload;
      const p = req.adminPrincipal;
      const actor: AuditActor = p
        ? { actor: p.keyId ?? 'master-key', role: p.role, tenant: p.global ? null : p.tenant }
        : { actor: 'unknown', role: 'unknown', tenant: null };
      if (after && typeof after === 'object' && 'key' in after)
        after = { ...(after as object), key: '[secret, shown once]' };
      record({
        ...d,
        actor,
        before: null,
        after: { request: req.body ?? null, response: after },
        requestId: req.id,
      }).catch(onError);
      return payload;
    };
  };
}

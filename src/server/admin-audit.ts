// Every successful admin write (keys, tenants, teams, provider credentials, …) becomes an audit event,
// derived from the route: POST /admin/keys → key.create, POST /admin/keys/:id/revoke → key.revoke,
// PATCH /admin/tenants/:tenant → tenant.update. Routes that audit themselves with richer events
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

/** The audit action and resource of an admin write, or null when the route is not audited here. */
export function describeAdminWrite(
  method: string,
  pattern: string,
  params: Record<string, string>,
): { action: string; resource: string } | null {
  if (!pattern.startsWith('/admin/') || method === 'GET' || method === 'HEAD') return null;
  if (SELF_AUDITED.some((r) => r.test(pattern))) return null;
  const parts = pattern.slice('/admin/'.length).split('/');
  let type = 'admin';
  let id = '';
  let verb: string | null = null;
  for (const p of parts) {
    if (p.startsWith(':')) id = params[p.slice(1)] ?? id;
    else if (SINGULAR[p]) type = SINGULAR[p];
    else verb = p;
  }
  const action =
    verb ??
    (method === 'POST'
      ? 'create'
      : method === 'DELETE'
        ? 'delete'
        : method === 'PATCH' || method === 'PUT'
          ? 'update'
          : method.toLowerCase());
  return { action: `${type}.${action}`, resource: id ? `${type}:${id}` : type };
}

export function adminAuditPlugin(record: (w: AdminWrite) => Promise<void>, onError: (err: unknown) => void) {
  return (app: FastifyInstance) => {
    app.addHook('onSend', async (req: FastifyRequest, reply, payload) => {
      if (reply.statusCode >= 300) return payload;
      const d = describeAdminWrite(
        req.method,
        req.routeOptions.url ?? '',
        (req.params ?? {}) as Record<string, string>,
      );
      if (!d) return payload;
      const p = req.adminPrincipal;
      const actor: AuditActor = p
        ? { actor: p.keyId ?? 'master-key', role: p.role, tenant: p.global ? null : p.tenant }
        : { actor: 'unknown', role: 'unknown', tenant: null };
      let after: unknown = null;
      try {
        after = typeof payload === 'string' ? JSON.parse(payload) : null;
      } catch {
        after = payload;
      }
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
    });
  };
}

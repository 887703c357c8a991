// Route plumbing shared by the lifecycle admin routes: authorize, run, answer errors in the admin format
// (a refused promotion adds its gate report to the error body).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from '../errors/format.ts';
import { LintelError } from '../errors/lintel-error.ts';
import type { AdminActor, AdminCapability } from '../server/admin-authz.ts';
import { sendAdminError } from '../server/admin-errors.ts';
import type { AuditActor } from '../server/governance.ts';
import { GateRefused } from './gates/promote.ts';

export type Authorize = (req: FastifyRequest, c: AdminCapability) => Promise<AdminActor>;

export function auditActor(a: AdminActor): AuditActor {
  return { actor: a.actor, role: a.role, tenant: a.tenant };
}

/** Wraps a handler: the registry is node-wide, so only global callers may use it. */
export function route(
  authorize: Authorize,
  capability: AdminCapability,
  fn: (req: FastifyRequest, actor: AuditActor, reply: FastifyReply) => Promise<unknown>,
) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    try {
      const actor = await authorize(req, capability);
      if (actor.tenant !== null) {
        throw new LintelError('permission_denied', 'The model registry is node-wide; a global role is needed.');
      }
      return await fn(req, auditActor(actor), reply);
    } catch (err) {
      if (err instanceof GateRefused) {
        return reply
          .code(err.status)
          .header('content-type', 'application/json')
          .send({ ...JSON.parse(errorBody('openai', err)), report: err.report });
      }
      return sendAdminError(reply, err);
    }
  };
}

export function params(req: FastifyRequest): Record<string, string> {
  return req.params as Record<string, string>;
}

export function query(req: FastifyRequest): Record<string, string | undefined> {
  const q = req.query as Record<string, unknown>;
  for (const [k, v] of Object.entries(q)) {
    if (Array.isArray(v)) throw new LintelError('invalid_request', `Query parameter ${k} is repeated.`, { param: k });
  }
  return q as Record<string, string | undefined>;
}

export function versionParam(v: string | undefined): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new LintelError('invalid_request', 'version must be a positive integer', { param: 'version' });
  return n;
}

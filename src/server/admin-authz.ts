// Capability checks for the admin routes outside the access layer (request log, usage, kill switch,
// config versions, audit). Identity comes from the access layer's resolver (master key = global admin).
//   read_logs   admin, auditor, developer (developers: only their own keys' requests)
//   read_config admin, operator, auditor
//   operate     admin, operator
//   admin       admin
import type { FastifyRequest } from 'fastify';
import { LintelError } from '../errors/lintel-error.ts';
import type { Role } from '../access/types.ts';

export type AdminCapability = 'read_logs' | 'read_config' | 'operate' | 'admin';

export interface AdminActor {
  /** Key id, or "master-key". */
  actor: string;
  role: Role;
  /** The tenant the caller is confined to; null for global callers. */
  tenant: string | null;
  /** Developers: the key ids whose records they may read; null = no key restriction. */
  keyIds: string[] | null;
}

const ROLES_FOR: Record<AdminCapability, Role[]> = {
  read_logs: ['admin', 'auditor', 'developer'],
  read_config: ['admin', 'operator', 'auditor'],
  operate: ['admin', 'operator'],
  admin: ['admin'],
};

export async function authorizeAdmin(req: FastifyRequest, capability: AdminCapability): Promise<AdminActor> {
  const resolver = req.server.lintelAdminAuth;
  if (!resolver) throw new LintelError('internal_error', 'Admin authentication is not configured on this node.');
  const p = resolver.principal(req.headers);
  const allowed = ROLES_FOR[capability];
  if (!allowed.includes(p.role)) {
    throw new LintelError(
      'permission_denied',
      `This endpoint needs the role ${allowed.join(' or ')}; the calling key has the role ${p.role}.`,
    );
  }
  return {
    actor: p.keyId ?? 'master-key',
    role: p.role,
    tenant: p.global ? null : p.tenant,
    keyIds: p.role === 'developer' && p.keyId ? resolver.ownKeyIds(p.keyId) : null,
  };
}

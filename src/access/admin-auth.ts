// Authorisation for every /admin route, reusable by any module:
//
//   app.get('/admin/requests', { preHandler: requireRole('auditor') }, async (req) => {
//     let q = db.selectFrom('requests').selectAll();
//     q = scopeToTenant(req, q);              // WHERE tenant = <caller's tenant> unless a global caller
//     const keys = visibleKeyIds(req);        // developers: only their own keys' rows
//     if (keys) q = q.where('key_id', 'in', keys.length ? keys : ['']);
//     …
//   });
//
// `requireRole(...roles)` authenticates the caller (master key = global admin, or a Lintel key), refuses with 401
// or 403, and stores the caller on `req.adminPrincipal`. `admin` passes every requireRole. Callers with a tenant
// see only that tenant; keys without a tenant (made by a global admin) and the master key see everything.
// Needs the access layer's plugin registered on the app (it installs the identity resolver).
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';
import { LintelError } from '../errors/lintel-error.ts';
import type { AdminPrincipal, Role } from './types.ts';

export interface AdminAuthResolver {
  /** Throws LintelError('invalid_api_key') for unknown, revoked or expired keys. */
  principal(headers: IncomingHttpHeaders): AdminPrincipal;
  /** Ids of the keys a developer key may see: itself and the keys it created. */
  ownKeyIds(keyId: string): string[];
}

declare module 'fastify' {
  interface FastifyInstance {
    lintelAdminAuth: AdminAuthResolver | null;
  }
  interface FastifyRequest {
    adminPrincipal: AdminPrincipal | null;
  }
}

/** Installs the resolver requireRole uses (done by the access layer's admin plugin). */
export function installAdminAuth(app: FastifyInstance, resolver: AdminAuthResolver): void {
  if (!app.hasDecorator('lintelAdminAuth')) app.decorate('lintelAdminAuth', resolver);
  if (!app.hasRequestDecorator('adminPrincipal')) app.decorateRequest('adminPrincipal', null);
}

function resolverOf(req: FastifyRequest): AdminAuthResolver {
  const r = req.server.lintelAdminAuth;
  if (!r) throw new LintelError('internal_error', 'Admin authentication is not configured on this node.');
  return r;
}

/** preHandler: the caller must hold one of `roles` (or admin). */
export function requireRole(...roles: Role[]): preHandlerAsyncHookHandler {
  const allowed = new Set<Role>(['admin', ...roles]);
  return async function lintelRequireRole(req) {
    const p = resolverOf(req).principal(req.headers);
    if (!allowed.has(p.role)) {
      throw new LintelError(
        'permission_denied',
        `This endpoint needs the role ${[...allowed].join(' or ')}; the calling key has the role ${p.role}.`,
      );
    }
    req.adminPrincipal = p;
  };
}

/** The authenticated caller (after requireRole). */
export function principalOf(req: FastifyRequest): AdminPrincipal {
  const p = req.adminPrincipal;
  if (!p) throw new LintelError('internal_error', 'requireRole must run before this handler.');
  return p;
}

/** The tenant the caller is confined to, or null for global callers. */
export function tenantScope(req: FastifyRequest): string | null {
  const p = principalOf(req);
  return p.global ? null : p.tenant;
}

/** Refuses (403) unless the caller may act on `tenant` (null = a global resource, for global callers only). */
export function assertTenantAccess(req: FastifyRequest, tenant: string | null): void {
  const p = principalOf(req);
  if (p.global) return;
  if (tenant === null || tenant !== p.tenant) {
    throw new LintelError(
      'permission_denied',
      tenant === null
        ? 'Only a global admin may act on resources outside any tenant.'
        : `The calling key belongs to tenant "${p.tenant}" and may not act on tenant "${tenant}".`,
    );
  }
}

/** Adds `WHERE <column> = <caller's tenant>` for tenant-bound callers; returns the query unchanged otherwise. */
export function scopeToTenant<Q extends { where(column: never, op: never, value: never): Q }>(
  req: FastifyRequest,
  query: Q,
  column = 'tenant',
): Q {
  const scope = tenantScope(req);
  if (scope === null) return query;
  const where = query.where as unknown as (c: string, o: string, v: string) => Q;
  return where.call(query, column, '=', scope);
}

/** For developers: the key ids whose rows they may read (their own and those they created); null = no restriction. */
export function visibleKeyIds(req: FastifyRequest): string[] | null {
  const p = principalOf(req);
  if (p.role !== 'developer' || p.keyId === null) return null;
  return resolverOf(req).ownKeyIds(p.keyId);
}

// Registers the access layer's admin routes, the identity resolver every /admin route uses, /admin/whoami and
// /admin/openapi.json.
import type { FastifyInstance } from 'fastify';
import { installAdminAuth, principalOf, requireRole } from '../admin-auth.ts';
import type { CredentialStore } from '../credentials.ts';
import type { IdentifyFn } from '../identity.ts';
import { principalOfIdentity } from '../identity.ts';
import type { LimitStore } from '../limits/types.ts';
import { openApiDocument, registerOpenApiPath } from '../openapi.ts';
import { registerCredentialRoutes } from './credentials-routes.ts';
import { registerKeyRoutes } from './keys-routes.ts';
import { op } from './openapi-ops.ts';
import { registerTenantRoutes } from './tenants-routes.ts';
import type { AdminDeps } from './tenants-service.ts';

export interface AdminPluginDeps extends AdminDeps {
  identify: IdentifyFn;
  store: () => LimitStore;
  credentials: CredentialStore;
}

export function adminPlugin(deps: AdminPluginDeps) {
  return async (app: FastifyInstance): Promise<void> => {
    installAdminAuth(app, {
      principal: (headers) => principalOfIdentity(deps.identify(headers)),
      ownKeyIds: (keyId) => [
        keyId,
        ...deps.directory
          .listKeys()
          .filter((k) => k.ownerKeyId === keyId)
          .map((k) => k.id),
      ],
    });
    registerTenantRoutes(app, deps);
    registerKeyRoutes(app, deps);
    registerCredentialRoutes(app, deps.credentials, deps.directory);

    app.get('/admin/whoami', { preHandler: requireRole('operator', 'auditor', 'developer') }, async (req) => {
      const p = principalOf(req);
      return { role: p.role, tenant: p.tenant, team: p.team, key_id: p.keyId, global: p.global };
    });
    registerOpenApiPath(
      '/admin/whoami',
      'get',
      op('The calling key: role, tenant, team', {
        tags: ['keys'],
        roles: ['admin', 'operator', 'auditor', 'developer'],
        ok: { description: 'The caller', schema: { type: 'object' } },
      }),
    );
    // Public: the document describes the API, it holds no data.
    app.get('/admin/openapi.json', async () => openApiDocument());
    registerOpenApiPath('/admin/openapi.json', 'get', {
      summary: 'This document (no authentication needed)',
      tags: ['meta'],
      security: [],
      responses: {
        200: { description: 'OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } },
      },
    });
  };
}

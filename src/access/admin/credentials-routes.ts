// /admin/provider-credentials: provider API keys stored encrypted; responses carry metadata only.
import type { FastifyInstance } from 'fastify';
import { LintelError } from '../../errors/lintel-error.ts';
import { principalOf, requireRole } from '../admin-auth.ts';
import type { CredentialStore } from '../credentials.ts';
import type { Directory } from '../directory.ts';
import { ref, registerOpenApiPath } from '../openapi.ts';
import { op } from './openapi-ops.ts';
import { requireGlobal, requireTenantAccess } from './tenants-service.ts';
import { badField, createCredentialInput, parseBody } from './validation.ts';

const tags = ['provider credentials'];
const roles: ['admin', 'operator'] = ['admin', 'operator'];
const guard = requireRole('operator');
const PATH = '/admin/provider-credentials';

export function registerCredentialRoutes(app: FastifyInstance, store: CredentialStore, directory: Directory): void {
  app.post(PATH, { preHandler: guard }, async (req, reply) => {
    const p = principalOf(req);
    const input = parseBody(createCredentialInput, req.body);
    const tenant = input.tenant === undefined ? (p.global ? null : p.tenant) : input.tenant;
    if (tenant === null) requireGlobal(p, 'store credentials outside any tenant');
    else {
      requireTenantAccess(p, tenant);
      await directory.sync();
      if (!directory.tenant(tenant)) throw badField('tenant', `no tenant named "${tenant}"`);
    }
    const c = await store.create({ tenant, name: input.name, provider: input.provider, apiKey: input.api_key });
    reply.code(201);
    return c;
  });

  app.get(PATH, { preHandler: guard }, async (req) => {
    const p = principalOf(req);
    return { data: await store.list(p.global ? undefined : p.tenant) };
  });

  const owned = async (req: { params: { id: string } }, p: ReturnType<typeof principalOf>) => {
    const c = await store.get(req.params.id);
    if (!c) throw new LintelError('not_found', `No provider credential with id "${req.params.id}".`);
    if (c.tenant === null) requireGlobal(p, 'read credentials outside any tenant');
    else requireTenantAccess(p, c.tenant);
    return c;
  };

  app.get<{ Params: { id: string } }>(`${PATH}/:id`, { preHandler: guard }, async (req) =>
    owned(req, principalOf(req)),
  );

  app.delete<{ Params: { id: string } }>(`${PATH}/:id`, { preHandler: guard }, async (req) => {
    const c = await owned(req, principalOf(req));
    await store.remove(c.id);
    return { id: c.id, deleted: true };
  });

  const params = ['id'];
  registerOpenApiPath(
    PATH,
    'post',
    op('Store a provider credential (encrypted at rest; never returned)', {
      tags,
      roles,
      body: createCredentialInput,
      ok: { status: 201, description: 'Stored', schema: ref('Credential') },
    }),
  );
  registerOpenApiPath(
    PATH,
    'get',
    op('List provider credentials (metadata only)', {
      tags,
      roles,
      ok: {
        description: 'Credentials',
        schema: { type: 'object', properties: { data: { type: 'array', items: ref('Credential') } } },
      },
    }),
  );
  registerOpenApiPath(
    `${PATH}/:id`,
    'get',
    op('Get a credential’s metadata', {
      tags,
      roles,
      params,
      ok: { description: 'The credential', schema: ref('Credential') },
    }),
  );
  registerOpenApiPath(
    `${PATH}/:id`,
    'delete',
    op('Delete a credential', { tags, roles, params, ok: { description: 'Deleted', schema: { type: 'object' } } }),
  );
}

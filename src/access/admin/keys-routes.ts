// /admin/keys: create (secret shown once), list, get (with current spend), update, revoke, rotate.
import type { FastifyInstance } from 'fastify';
import { LintelError } from '../../errors/lintel-error.ts';
import { principalOf, requireRole } from '../admin-auth.ts';
import type { LimitStore } from '../limits/types.ts';
import { ref, registerOpenApiPath } from '../openapi.ts';
import { scopeId } from '../scopes.ts';
import { canManageKey, createKey, keyFor, revokeKey, rotateKey, updateKey } from './keys-service.ts';
import { op } from './openapi-ops.ts';
import { spendView } from './spend-view.ts';
import type { AdminDeps } from './tenants-service.ts';
import { createKeyInput, parseBody, rotateKeyInput, updateKeyInput } from './validation.ts';
import { keyStatus, keyView } from './views.ts';

type IdParams = { id: string };
type ListQuery = { tenant?: string; team?: string; status?: string };
const tags = ['keys'];
const roles: ['admin', 'developer'] = ['admin', 'developer'];
const guard = requireRole('developer');

export function registerKeyRoutes(app: FastifyInstance, deps: AdminDeps & { store: () => LimitStore }): void {
  app.post('/admin/keys', { preHandler: guard }, async (req, reply) => {
    const { record, key } = await createKey(deps, principalOf(req), parseBody(createKeyInput, req.body));
    reply.code(201);
    return { ...keyView(record), key };
  });

  app.get<{ Querystring: ListQuery }>('/admin/keys', { preHandler: guard }, async (req) => {
    const p = principalOf(req);
    const { tenant, team, status } = req.query;
    if (tenant !== undefined && !p.global && tenant !== p.tenant) {
      throw new LintelError('permission_denied', `The calling key may not list keys of tenant "${tenant}".`);
    }
    if (status !== undefined && !['active', 'revoked', 'expired'].includes(status)) {
      throw new LintelError('invalid_request', 'status: must be one of active, revoked, expired', { param: 'status' });
    }
    const keys = deps.directory
      .listKeys()
      .filter((k) => canManageKey(p, k, true))
      .filter((k) => tenant === undefined || k.tenant === tenant)
      .filter((k) => team === undefined || k.team === team)
      .filter((k) => status === undefined || keyStatus(k) === status)
      .sort((a, b) => a.createdAt - b.createdAt);
    return { data: keys.map(keyView) };
  });

  app.get<{ Params: IdParams }>('/admin/keys/:id', { preHandler: guard }, async (req) => {
    const k = keyFor(deps, principalOf(req), req.params.id, true);
    if (!k.budget) return keyView(k);
    return { ...keyView(k), spend: await spendView(deps.store(), scopeId('key', null, k.id), k.budget, k.tenant) };
  });

  app.patch<{ Params: IdParams }>('/admin/keys/:id', { preHandler: guard }, async (req) => {
    const input = parseBody(updateKeyInput, req.body);
    return keyView(await updateKey(deps, principalOf(req), req.params.id, input));
  });

  app.post<{ Params: IdParams }>('/admin/keys/:id/revoke', { preHandler: guard }, async (req) => {
    return keyView(await revokeKey(deps, principalOf(req), req.params.id));
  });

  app.post<{ Params: IdParams }>('/admin/keys/:id/rotate', { preHandler: guard }, async (req) => {
    const { record, key } = await rotateKey(deps, principalOf(req), req.params.id, parseBody(rotateKeyInput, req.body));
    return { ...keyView(record), key };
  });

  const params = ['id'];
  registerOpenApiPath(
    '/admin/keys',
    'post',
    op('Create a key; the secret is in the response only', {
      tags,
      roles,
      body: createKeyInput,
      ok: { status: 201, description: 'Created', schema: ref('KeyWithSecret') },
    }),
  );
  registerOpenApiPath(
    '/admin/keys',
    'get',
    op('List keys (developers: their own and those they created)', {
      tags,
      roles,
      query: [
        { name: 'tenant', description: 'Only this tenant' },
        { name: 'team', description: 'Only this team' },
        { name: 'status', description: 'active, revoked or expired' },
      ],
      ok: {
        description: 'Keys',
        schema: { type: 'object', properties: { data: { type: 'array', items: ref('Key') } } },
      },
    }),
  );
  registerOpenApiPath(
    '/admin/keys/:id',
    'get',
    op('Get a key and its current spend', { tags, roles, params, ok: { description: 'The key', schema: ref('Key') } }),
  );
  registerOpenApiPath(
    '/admin/keys/:id',
    'patch',
    op('Change a key (omitted fields keep their value; null clears)', {
      tags,
      roles,
      params,
      body: updateKeyInput,
      ok: { description: 'The key', schema: ref('Key') },
    }),
  );
  registerOpenApiPath(
    '/admin/keys/:id/revoke',
    'post',
    op('Revoke a key (refused on every node within a second)', {
      tags,
      roles,
      params,
      ok: { description: 'The key', schema: ref('Key') },
    }),
  );
  registerOpenApiPath(
    '/admin/keys/:id/rotate',
    'post',
    op('Issue a new secret; the old one keeps working for overlap_seconds (default 3600)', {
      tags,
      roles,
      params,
      body: rotateKeyInput,
      ok: { description: 'The key with its new secret', schema: ref('KeyWithSecret') },
    }),
  );
}

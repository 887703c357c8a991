// /admin/tenants and their teams. Global admins manage tenants; a tenant's admins read it and manage its teams.
import type { FastifyInstance } from 'fastify';
import { principalOf, requireRole } from '../admin-auth.ts';
import { ref, registerOpenApiPath } from '../openapi.ts';
import type { LimitStore } from '../limits/types.ts';
import { scopeId } from '../scopes.ts';
import { op } from './openapi-ops.ts';
import { spendView } from './spend-view.ts';
import {
  type AdminDeps,
  createTeam,
  createTenant,
  existingTenant,
  requireTenantAccess,
  updateTeam,
  updateTenant,
} from './tenants-service.ts';
import { createTeamInput, createTenantInput, parseBody, updateTeamInput, updateTenantInput } from './validation.ts';
import { teamView, tenantView } from './views.ts';
import { LintelError } from '../../errors/lintel-error.ts';

type Params = { tenant: string; team: string };
const tags = ['tenants'];
const admin = requireRole('admin');

export function registerTenantRoutes(app: FastifyInstance, deps: AdminDeps & { store: () => LimitStore }): void {
  app.post('/admin/tenants', { preHandler: admin }, async (req, reply) => {
    const t = await createTenant(deps, principalOf(req), parseBody(createTenantInput, req.body));
    reply.code(201);
    return tenantView(t);
  });
  app.get('/admin/tenants', { preHandler: admin }, async (req) => {
    const p = principalOf(req);
    const all = deps.directory.listTenants().filter((t) => p.global || t.name === p.tenant);
    return { data: all.sort((a, b) => a.name.localeCompare(b.name)).map(tenantView) };
  });
  app.get<{ Params: Params }>('/admin/tenants/:tenant', { preHandler: admin }, async (req) => {
    requireTenantAccess(principalOf(req), req.params.tenant);
    const t = await existingTenant(deps, req.params.tenant);
    if (!t.budget) return tenantView(t);
    return {
      ...tenantView(t),
      spend: await spendView(deps.store(), scopeId('tenant', null, t.name), t.budget, t.name),
    };
  });
  app.patch<{ Params: Params }>('/admin/tenants/:tenant', { preHandler: admin }, async (req) => {
    const input = parseBody(updateTenantInput, req.body);
    return tenantView(await updateTenant(deps, principalOf(req), req.params.tenant, input));
  });
  app.post<{ Params: Params }>('/admin/tenants/:tenant/teams', { preHandler: admin }, async (req, reply) => {
    const input = parseBody(createTeamInput, req.body);
    const t = await createTeam(deps, principalOf(req), req.params.tenant, input);
    reply.code(201);
    return teamView(t);
  });
  app.get<{ Params: Params }>('/admin/tenants/:tenant/teams', { preHandler: admin }, async (req) => {
    requireTenantAccess(principalOf(req), req.params.tenant);
    await existingTenant(deps, req.params.tenant);
    const teams = deps.directory.listTeams(req.params.tenant).sort((a, b) => a.name.localeCompare(b.name));
    return { data: teams.map(teamView) };
  });
  app.get<{ Params: Params }>('/admin/tenants/:tenant/teams/:team', { preHandler: admin }, async (req) => {
    requireTenantAccess(principalOf(req), req.params.tenant);
    await existingTenant(deps, req.params.tenant);
    const t = deps.directory.team(req.params.tenant, req.params.team);
    if (!t) throw new LintelError('not_found', `Tenant "${req.params.tenant}" has no team named "${req.params.team}".`);
    if (!t.budget) return teamView(t);
    return {
      ...teamView(t),
      spend: await spendView(deps.store(), scopeId('team', t.tenant, t.name), t.budget, t.tenant),
    };
  });
  app.patch<{ Params: Params }>('/admin/tenants/:tenant/teams/:team', { preHandler: admin }, async (req) => {
    const input = parseBody(updateTeamInput, req.body);
    return teamView(await updateTeam(deps, principalOf(req), req.params.tenant, req.params.team, input));
  });

  const list = (s: string) => ({ type: 'object', properties: { data: { type: 'array', items: ref(s) } } });
  const roles: ['admin'] = ['admin'];
  registerOpenApiPath(
    '/admin/tenants',
    'post',
    op('Create a tenant (global admin)', {
      tags,
      roles,
      body: createTenantInput,
      ok: { status: 201, description: 'Created', schema: ref('Tenant') },
    }),
  );
  registerOpenApiPath(
    '/admin/tenants',
    'get',
    op('List tenants (a tenant admin sees its own)', {
      tags,
      roles,
      ok: { description: 'Tenants', schema: list('Tenant') },
    }),
  );
  registerOpenApiPath(
    '/admin/tenants/:tenant',
    'get',
    op('Get a tenant', { tags, roles, params: ['tenant'], ok: { description: 'The tenant', schema: ref('Tenant') } }),
  );
  registerOpenApiPath(
    '/admin/tenants/:tenant',
    'patch',
    op('Change a tenant’s models, limits, budget, end-user limits (global admin)', {
      tags,
      roles,
      params: ['tenant'],
      body: updateTenantInput,
      ok: { description: 'The tenant', schema: ref('Tenant') },
    }),
  );
  registerOpenApiPath(
    '/admin/tenants/:tenant/teams',
    'post',
    op('Create a team', {
      tags,
      roles,
      params: ['tenant'],
      body: createTeamInput,
      ok: { status: 201, description: 'Created', schema: ref('Team') },
    }),
  );
  registerOpenApiPath(
    '/admin/tenants/:tenant/teams',
    'get',
    op('List a tenant’s teams', {
      tags,
      roles,
      params: ['tenant'],
      ok: { description: 'Teams', schema: list('Team') },
    }),
  );
  registerOpenApiPath(
    '/admin/tenants/:tenant/teams/:team',
    'get',
    op('Get a team', { tags, roles, params: ['tenant', 'team'], ok: { description: 'The team', schema: ref('Team') } }),
  );
  registerOpenApiPath(
    '/admin/tenants/:tenant/teams/:team',
    'patch',
    op('Change a team', {
      tags,
      roles,
      params: ['tenant', 'team'],
      body: updateTeamInput,
      ok: { description: 'The team', schema: ref('Team') },
    }),
  );
}

// Admin routes of the model registry: models, immutable versions, cards, tags, aliases (gated promotion), lineage.
import type { FastifyInstance } from 'fastify';
import { LintelError } from '../../errors/lintel-error.ts';
import { policySchema } from '../gates/policy.ts';
import { type Authorize, params, route, versionParam } from '../http.ts';
import type { Lifecycle } from '../lifecycle.ts';
import { zodToLintel } from '../util.ts';
import { setAliasSchema, tagsBodySchema } from './types.ts';

export function registryRoutes(app: FastifyInstance, lc: Lifecycle, authorize: Authorize): void {
  const { registry, gates } = lc;
  app.post(
    '/admin/models',
    route(authorize, 'operate', async (req, actor, reply) => {
      reply.code(201);
      return registry.createModel(req.body, actor);
    }),
  );
  app.get(
    '/admin/models',
    route(authorize, 'read_config', async () => ({ data: await registry.store.models() })),
  );
  app.get(
    '/admin/models/:name',
    route(authorize, 'read_config', async (req) => {
      const { name } = params(req);
      const model = await registry.requireModel(name);
      return { ...model, versions: await registry.store.versions(name), aliases: await registry.store.aliases(name) };
    }),
  );
  app.put(
    '/admin/models/:name/policy',
    route(authorize, 'operate', async (req, actor) => {
      const { name } = params(req);
      const before = await registry.requireModel(name);
      const body = req.body as { policy?: unknown } | null;
      const policy = body?.policy === null ? null : zodToLintel(policySchema, body?.policy);
      await registry.store.setPolicy(name, policy);
      await lc.audit({
        actor,
        action: 'model.policy.set',
        resource: `model:${name}`,
        before: before.policy,
        after: policy,
      });
      return { name, policy };
    }),
  );
  app.post(
    '/admin/models/:name/versions',
    route(authorize, 'operate', async (req, actor, reply) => {
      reply.code(201);
      return registry.createVersion(params(req).name, req.body, actor);
    }),
  );
  app.get(
    '/admin/models/:name/versions/:version',
    route(authorize, 'read_config', async (req) => {
      const { name } = params(req);
      const v = await registry.requireVersion(name, versionParam(params(req).version));
      return lc.describeVersion(v);
    }),
  );
  app.patch(
    '/admin/models/:name/versions/:version/card',
    route(authorize, 'operate', async (req, actor) =>
      registry.updateCard(params(req).name, versionParam(params(req).version), req.body, actor),
    ),
  );
  app.put(
    '/admin/models/:name/versions/:version/tags',
    route(authorize, 'operate', async (req, actor) => {
      const { tags } = zodToLintel(tagsBodySchema, req.body);
      return registry.setTags(params(req).name, versionParam(params(req).version), tags, actor);
    }),
  );
  app.put(
    '/admin/models/:name/aliases/:alias',
    route(authorize, 'operate', async (req, actor) => {
      const { name, alias } = params(req);
      const body = zodToLintel(setAliasSchema, req.body);
      if (!/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/.test(alias)) {
        throw new LintelError('invalid_request', 'aliases start with a letter: letters, digits, _ . -', {
          param: 'alias',
        });
      }
      return gates.promote(name, alias, body, actor);
    }),
  );
  app.post(
    '/admin/models/:name/aliases/:alias/check',
    route(authorize, 'operate', async (req, actor) => {
      const { name, alias } = params(req);
      const version = versionParam(String((req.body as { version?: unknown } | null)?.version));
      await registry.requireVersion(name, version);
      return { report: await gates.check(name, alias, version, actor) };
    }),
  );
  app.delete(
    '/admin/models/:name/aliases/:alias',
    route(authorize, 'operate', async (req, actor, reply) => {
      await registry.deleteAlias(params(req).name, params(req).alias, actor);
      reply.code(204);
      return null;
    }),
  );
  app.get(
    '/admin/lineage/requests/:id',
    route(authorize, 'read_config', async (req) => lc.requestLineage(params(req).id)),
  );
}

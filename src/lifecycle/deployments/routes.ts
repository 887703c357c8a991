// Admin routes of deployments: create (canary, A/B, shadow, progressive), status with per-arm metrics, promote,
// roll back, analyse now, shadow results.
import type { FastifyInstance } from 'fastify';
import { LintelError } from '../../errors/lintel-error.ts';
import { type Authorize, params, query, route } from '../http.ts';
import type { Lifecycle } from '../lifecycle.ts';

export function deploymentRoutes(app: FastifyInstance, lc: Lifecycle, authorize: Authorize): void {
  const { deployments } = lc;
  app.post(
    '/admin/deployments',
    route(authorize, 'operate', async (req, actor, reply) => {
      reply.code(201);
      return deployments.create(req.body, actor);
    }),
  );
  app.get(
    '/admin/deployments',
    route(authorize, 'read_config', async (req) => ({ data: await deployments.store.list(query(req).route) })),
  );
  app.get(
    '/admin/deployments/:id',
    route(authorize, 'read_config', async (req) => deployments.status(params(req).id)),
  );
  app.post(
    '/admin/deployments/:id/promote',
    route(authorize, 'operate', async (req, actor) => {
      // Through the model's promotion gate: 409 gate_refused with the report, unless an admin overrides.
      const body = (req.body ?? {}) as { override_reason?: unknown; reason?: unknown };
      const override = typeof body.override_reason === 'string' ? body.override_reason : undefined;
      const reason = typeof body.reason === 'string' ? body.reason : 'promoted';
      return deployments.promote(params(req).id, actor, reason, { override_reason: override });
    }),
  );
  app.post(
    '/admin/deployments/:id/rollback',
    route(authorize, 'operate', async (req, actor) => {
      const reason = (req.body as { reason?: unknown } | null)?.reason;
      if (typeof reason !== 'string' || reason.length < 3) {
        throw new LintelError('invalid_request', 'give a reason', { param: 'reason' });
      }
      return deployments.rollback(params(req).id, actor, reason);
    }),
  );
  app.post(
    '/admin/deployments/:id/analyze',
    route(authorize, 'operate', async (req) => {
      await lc.flush();
      return deployments.analyze(params(req).id);
    }),
  );
  app.get(
    '/admin/deployments/:id/shadow',
    route(authorize, 'read_config', async (req) => {
      await deployments.require(params(req).id);
      return { data: await deployments.store.shadows(params(req).id) };
    }),
  );
}

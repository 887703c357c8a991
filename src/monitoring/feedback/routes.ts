// POST /v1/feedback (any key, its own tenant's requests; OpenAI error format) and the admin reads:
// GET /admin/feedback and GET /admin/requests/:id/feedback (tenant-scoped like the request log).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { op } from '../../access/admin/openapi-ops.ts';
import { registerOpenApiPath } from '../../access/openapi.ts';
import { errorBody } from '../../errors/format.ts';
import { LintelError } from '../../errors/lintel-error.ts';
import type { AreaContext } from '../../server/areas.ts';
import { sendAdminError } from '../../server/admin-errors.ts';
import { intParam, queryOf } from '../admin/http.ts';
import type { MonitoringService } from '../service.ts';
import { feedbackSchema, parseFeedback } from './schema.ts';
import { toJson } from './store.ts';

function sendError(reply: FastifyReply, err: unknown): FastifyReply {
  const le = err instanceof LintelError ? err : new LintelError('internal_error');
  return reply
    .code(le.status)
    .header('content-type', 'application/json')
    .headers(le.headers ?? {})
    .send(errorBody('openai', le));
}

export function feedbackRoutes(ctx: AreaContext, svc: MonitoringService) {
  registerFeedbackOpenApi();
  return (app: FastifyInstance) => {
    app.post('/v1/feedback', async (req, reply) => {
      try {
        const resolver = req.server.lintelAdminAuth;
        if (!resolver) throw new LintelError('internal_error', 'Authentication is not configured on this node.');
        const p = resolver.principal(req.headers); // any valid key; 401 otherwise
        const f = parseFeedback(req.body);
        const r = await svc.feedback.submit({ tenant: p.tenant, global: p.global }, f);
        reply.code(r.created ? 201 : 200);
        return { ...toJson(r.row), replayed: r.replayed };
      } catch (err) {
        return sendError(reply, err);
      }
    });
    app.get('/admin/feedback', async (req, reply) => {
      try {
        const actor = await ctx.authorize(req, 'read_logs');
        const q = queryOf(req);
        const rows = await svc.feedbackStore.list({
          tenant: actor.tenant,
          requestId: q.request_id,
          name: q.name,
          route: q.route,
          limit: intParam(q, 'limit', 100, 1, 1000),
        });
        return { data: rows.map(toJson) };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
    app.get('/admin/requests/:id/feedback', async (req, reply) => {
      try {
        const actor = await ctx.authorize(req, 'read_logs');
        const id = (req.params as { id: string }).id;
        const known = await svc.feedback.lookup(id);
        if (!known || (actor.tenant !== null && known.tenant !== actor.tenant)) {
          throw new LintelError('not_found', 'No request with this id.');
        }
        const rows = await svc.feedbackStore.list({ tenant: actor.tenant, requestId: id, limit: 1000 });
        const byName: Record<string, { count: number; mean: number | null }> = {};
        for (const r of rows) {
          const s = byName[r.name] ?? { count: 0, mean: null };
          if (r.value !== null) s.mean = ((s.mean ?? 0) * s.count + r.value) / (s.count + 1);
          s.count++;
          byName[r.name] = s;
        }
        return { request_id: id, summary: byName, data: rows.map(toJson) };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
  };
}

let registered = false;
function registerFeedbackOpenApi(): void {
  if (registered) return;
  registered = true;
  const obj = { type: 'object' };
  registerOpenApiPath(
    '/v1/feedback',
    'post',
    op('Score a request (user, reviewer or system feedback); idempotent on (request_id, name, source)', {
      tags: ['feedback'],
      roles: ['admin', 'operator', 'auditor', 'developer'],
      body: feedbackSchema,
      ok: { status: 201, description: 'the stored feedback (200 on a replay or an update)', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/feedback',
    'get',
    op('Feedback and judge scores, newest first (tenant-scoped)', {
      tags: ['feedback'],
      roles: ['admin', 'auditor', 'developer'],
      query: [
        { name: 'request_id', description: 'one request' },
        { name: 'name', description: 'one score name' },
        { name: 'route', description: 'one route' },
        { name: 'limit', description: '1..1000, default 100' },
      ],
      ok: { description: '{data}', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/requests/:id/feedback',
    'get',
    op('The feedback and scores of one request, with a summary per name', {
      tags: ['feedback', 'requests'],
      roles: ['admin', 'auditor', 'developer'],
      params: ['id'],
      ok: { description: '{request_id, summary, data}', schema: obj },
    }),
  );
}

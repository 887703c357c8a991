// CRUD for stored definitions: /admin/monitors, /admin/slos, /admin/alerts/receivers, /admin/alerts/silences,
// /admin/monitors/online-evals. PUT creates or replaces by name (the name in the path wins; a different one in
// the body is a 400). Receiver secrets (HMAC keys, PagerDuty routing keys, Slack URLs) are never read back.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { op } from '../../access/admin/openapi-ops.ts';
import { registerOpenApiPath } from '../../access/openapi.ts';
import { LintelError } from '../../errors/lintel-error.ts';
import type { AreaContext } from '../../server/areas.ts';
import { sendAdminError } from '../../server/admin-errors.ts';
import {
  monitorSchema,
  onlineEvalSchema,
  type ReceiverSpec,
  receiverSchema,
  silenceSchema,
  sloSchema,
} from '../definitions.ts';
import type { MonitoringService } from '../service.ts';
import type { StoredKind } from '../store/definitions.ts';
import { globalActor, parseBody } from './http.ts';

interface Resource {
  path: string;
  kind: StoredKind;
  schema: z.ZodType;
  what: string;
  redact?: (spec: unknown) => unknown;
}

function redactReceiver(spec: unknown): unknown {
  const r = spec as ReceiverSpec;
  return {
    name: r.name,
    type: r.type,
    url: r.url ? `${new URL(r.url).origin}/…` : undefined,
    secret: r.secret ? '(set)' : undefined,
    routing_key: r.routing_key ? '(set)' : undefined,
  };
}

export const RESOURCES: Resource[] = [
  { path: '/admin/monitors', kind: 'monitor', schema: monitorSchema, what: 'monitor' },
  { path: '/admin/slos', kind: 'slo', schema: sloSchema, what: 'SLO' },
  {
    path: '/admin/alerts/receivers',
    kind: 'receiver',
    schema: receiverSchema,
    what: 'receiver',
    redact: redactReceiver,
  },
  { path: '/admin/alerts/silences', kind: 'silence', schema: silenceSchema, what: 'silence' },
  { path: '/admin/monitors/online-evals', kind: 'online_eval', schema: onlineEvalSchema, what: 'online evaluation' },
];

export function definitionRoutes(ctx: AreaContext, svc: MonitoringService) {
  registerDefinitionOpenApi();
  return (app: FastifyInstance) => {
    for (const r of RESOURCES) {
      const show = (d: { name: string; spec: unknown; createdAt: number; updatedAt: number }) => ({
        name: d.name,
        spec: r.redact ? r.redact(d.spec) : d.spec,
        created_at: d.createdAt,
        updated_at: d.updatedAt,
      });
      if (r.kind !== 'monitor' && r.kind !== 'slo') {
        app.get(r.path, async (req, reply) => {
          try {
            await globalActor(ctx, req, 'read_config');
            return { data: (await svc.defs.list(r.kind)).map(show) };
          } catch (err) {
            return sendAdminError(reply, err);
          }
        });
      }
      app.get(`${r.path}/:name`, async (req, reply) => {
        try {
          await globalActor(ctx, req, 'read_config');
          const d = await svc.defs.get(r.kind, (req.params as { name: string }).name);
          if (!d) throw new LintelError('not_found', `No ${r.what} with this name.`);
          return show(d);
        } catch (err) {
          return sendAdminError(reply, err);
        }
      });
      app.put(`${r.path}/:name`, async (req, reply) => {
        try {
          await globalActor(ctx, req, 'operate');
          const name = (req.params as { name: string }).name;
          const body = req.body as Record<string, unknown> | null;
          if (body && typeof body === 'object' && body.name !== undefined && body.name !== name) {
            throw new LintelError('invalid_request', 'name in the body differs from the path.', { param: 'name' });
          }
          const spec = parseBody(r.schema, { ...(body ?? {}), name });
          const before = await svc.defs.put(r.kind, name, spec, svc.clock.now());
          if (r.kind === 'online_eval') await svc.reloadOnlineEvals();
          reply.code(before === null ? 201 : 200);
          return show((await svc.defs.get(r.kind, name)) as NonNullable<Awaited<ReturnType<typeof svc.defs.get>>>);
        } catch (err) {
          return sendAdminError(reply, err);
        }
      });
      app.delete(`${r.path}/:name`, async (req, reply) => {
        try {
          await globalActor(ctx, req, 'operate');
          const ok = await svc.defs.delete(r.kind, (req.params as { name: string }).name);
          if (!ok) throw new LintelError('not_found', `No ${r.what} with this name.`);
          if (r.kind === 'online_eval') await svc.reloadOnlineEvals();
          return reply.code(204).send();
        } catch (err) {
          return sendAdminError(reply, err);
        }
      });
    }
  };
}

let registered = false;
function registerDefinitionOpenApi(): void {
  if (registered) return;
  registered = true;
  const obj = { type: 'object' };
  for (const r of RESOURCES) {
    const tags = ['monitoring'];
    if (r.kind !== 'monitor' && r.kind !== 'slo') {
      registerOpenApiPath(
        r.path,
        'get',
        op(`List ${r.what}s`, {
          tags,
          roles: ['admin', 'operator', 'auditor'],
          ok: { description: '{data}', schema: obj },
        }),
      );
    }
    registerOpenApiPath(
      `${r.path}/:name`,
      'get',
      op(`One ${r.what}`, {
        tags,
        roles: ['admin', 'operator', 'auditor'],
        params: ['name'],
        ok: { description: r.what, schema: obj },
      }),
    );
    registerOpenApiPath(
      `${r.path}/:name`,
      'put',
      op(`Create or replace a ${r.what}`, {
        tags,
        roles: ['admin', 'operator'],
        params: ['name'],
        body: r.schema,
        ok: { description: r.what, schema: obj },
      }),
    );
    registerOpenApiPath(
      `${r.path}/:name`,
      'delete',
      op(`Delete a ${r.what}`, {
        tags,
        roles: ['admin', 'operator'],
        params: ['name'],
        ok: { status: 204, description: 'deleted', schema: obj },
      }),
    );
  }
}

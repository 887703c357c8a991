// /admin/requests, /admin/requests/:id, /admin/usage: the request log's query API over HTTP.
// Tenant-bound callers see only their tenant; developers only their own keys' requests and usage.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LintelError } from '../errors/lintel-error.ts';
import { getRequest, listRequests, usage } from '../recording/queries.ts';
import type { Database } from '../storage/database.ts';
import { sendAdminError } from './admin-errors.ts';
import type { AdminActor, AdminCapability } from './admin-authz.ts';

export type AdminAuthorize = (req: FastifyRequest, capability: AdminCapability) => Promise<AdminActor>;

type Query = Record<string, string | undefined>;

function tenantFilter(actor: AdminActor, asked: string | undefined): string | undefined {
  if (actor.tenant === null) return asked;
  if (asked && asked !== actor.tenant) {
    throw new LintelError('permission_denied', `The calling key may not read tenant "${asked}".`, { param: 'tenant' });
  }
  return actor.tenant;
}

function keyFilter(actor: AdminActor, asked: string | undefined): string | undefined {
  if (actor.keyIds === null) return asked;
  if (asked === undefined) return actor.actor; // developers read their own key by default
  if (!actor.keyIds.includes(asked)) {
    throw new LintelError('permission_denied', 'Developers may read only their own keys.', { param: 'key_id' });
  }
  return asked;
}

/** Opens a sealed body with its tenant's data key; null when the key was destroyed (crypto-shredded). */
export type OpenBody = (tenant: string | null, sealed: string) => Promise<string | null>;

export function adminRequestsPlugin(database: Database, authorize: AdminAuthorize, openBody?: OpenBody) {
  return (app: FastifyInstance) => {
    app.get('/admin/requests', async (req, reply) => {
      try {
        const actor = await authorize(req, 'read_logs');
        const q = req.query as Query;
        return await listRequests(database, {
          tenant: tenantFilter(actor, q.tenant),
          keyId: keyFilter(actor, q.key_id),
          model: q.model,
          status: q.status,
          route: q.route,
          guard: q.guard,
          tag: q.tag,
          q: q.q,
          from: q.from,
          to: q.to,
          limit: q.limit,
          cursor: q.cursor,
        });
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
    app.get('/admin/requests/:id', async (req, reply) => {
      try {
        const actor = await authorize(req, 'read_logs');
        const rec = await getRequest(
          database,
          (req.params as { id: string }).id,
          actor.tenant === null ? {} : { tenant: actor.tenant },
        );
        if (!rec || (actor.keyIds !== null && !actor.keyIds.includes(rec.keyId ?? ''))) {
          throw new LintelError('not_found', 'No request with this id.');
        }
        if (rec.bodies && openBody) {
          const open = async (s: string | undefined) => (s === undefined ? undefined : await openBody(rec.tenant, s));
          const [request, response] = await Promise.all([open(rec.bodies.request), open(rec.bodies.response)]);
          const shredded = request === null || response === null;
          return { ...rec, bodies: { request: request ?? null, response: response ?? null, shredded } };
        }
        return rec;
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
    app.get('/admin/usage', async (req, reply) => {
      try {
        const actor = await authorize(req, 'read_logs');
        const q = req.query as Query;
        const groupBy = q.group_by ?? 'model';
        if (actor.keyIds !== null && groupBy !== 'key') {
          throw new LintelError('permission_denied', 'Developers may read usage grouped by key only.', {
            param: 'group_by',
          });
        }
        const rows = await usage(database, {
          groupBy,
          from: q.from ?? 0,
          to: q.to ?? Date.now() + 1,
          granularity: (q.granularity as 'hour' | 'day' | undefined) ?? 'hour',
          tenant: tenantFilter(actor, q.tenant),
        });
        const visible = actor.keyIds;
        return {
          data: visible === null ? rows : rows.filter((r) => r.group !== null && visible.includes(String(r.group))),
        };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
  };
}

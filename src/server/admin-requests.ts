// /admin/requests, /admin/requests/:id, /admin/usage: the request log's query API over HTTP.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LintelError } from '../errors/lintel-error.ts';
import { getRequest, listRequests, QueryValidationError, usage } from '../recording/queries.ts';
import type { Database } from '../storage/database.ts';

/** Resolves the caller's tenant scope: null = all tenants (global admin/auditor); throws 401/403. */
export type AdminScope = (req: FastifyRequest, capability: 'read_logs') => Promise<{ tenant: string | null }>;

function toHttp(err: unknown): LintelError {
  if (err instanceof QueryValidationError) return new LintelError('invalid_request', err.message, { param: err.field });
  if (err instanceof LintelError) return err;
  return new LintelError('internal_error');
}

function sendErr(reply: FastifyReply, err: unknown) {
  const le = toHttp(err);
  return reply
    .code(le.status)
    .send({ error: { message: le.message, type: 'invalid_request_error', param: le.param, code: le.code } });
}

type Query = Record<string, string | undefined>;

export function adminRequestsPlugin(database: Database, scope: AdminScope) {
  return (app: FastifyInstance) => {
    app.get('/admin/requests', async (req, reply) => {
      try {
        const { tenant } = await scope(req, 'read_logs');
        const q = req.query as Query;
        if (tenant !== null && q.tenant && q.tenant !== tenant) throw new LintelError('permission_denied');
        return await listRequests(database, {
          tenant: tenant ?? q.tenant,
          keyId: q.key_id,
          model: q.model,
          status: q.status,
          from: q.from,
          to: q.to,
          limit: q.limit,
          cursor: q.cursor,
        });
      } catch (err) {
        return sendErr(reply, err);
      }
    });
    app.get('/admin/requests/:id', async (req, reply) => {
      try {
        const { tenant } = await scope(req, 'read_logs');
        const rec = await getRequest(database, (req.params as { id: string }).id, tenant === null ? {} : { tenant });
        if (!rec) throw new LintelError('not_found', 'No request with this id.');
        return rec;
      } catch (err) {
        return sendErr(reply, err);
      }
    });
    app.get('/admin/usage', async (req, reply) => {
      try {
        const { tenant } = await scope(req, 'read_logs');
        const q = req.query as Query;
        if (tenant !== null && q.tenant && q.tenant !== tenant) throw new LintelError('permission_denied');
        const rows = await usage(database, {
          groupBy: q.group_by ?? 'model',
          from: q.from ?? 0,
          to: q.to ?? Date.now() + 1,
          granularity: (q.granularity as 'hour' | 'day' | undefined) ?? 'hour',
          tenant: tenant ?? q.tenant,
        });
        return { data: rows };
      } catch (err) {
        return sendErr(reply, err);
      }
    });
  };
}

// GET /v1/responses/{id}, DELETE /v1/responses/{id} and GET /v1/responses/{id}/input_items: stored responses of
// the calling key's tenant, in OpenAI's shapes. Another tenant's response is "not found", never "forbidden".
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ResponseStore } from '../api/responses/store.ts';
import { errorBody } from '../errors/format.ts';
import { LintelError } from '../errors/lintel-error.ts';
import { RequestContext } from '../gateway/context.ts';
import type { GatewayHooks } from '../gateway/hooks.ts';
import { storeTenant } from '../gateway/responses.ts';

type Params = { id: string };
type ListQuery = { limit?: string; order?: string; after?: string };

export function registerResponseLookups(
  app: FastifyInstance,
  hooks: GatewayHooks,
  store: () => ResponseStore | undefined,
): void {
  const route =
    (fn: (tenant: string, req: FastifyRequest<{ Params: Params; Querystring: ListQuery }>) => Promise<unknown>) =>
    async (req: FastifyRequest<{ Params: Params; Querystring: ListQuery }>, reply: FastifyReply) => {
      try {
        const ctx = new RequestContext(req.id, 'responses', 'openai');
        await hooks.authenticate(req.headers, ctx);
        return await fn(storeTenant(ctx), req);
      } catch (err) {
        const le = err instanceof LintelError ? err : new LintelError('internal_error');
        return reply
          .code(le.status)
          .header('content-type', 'application/json')
          .header('x-request-id', req.id)
          .send(errorBody('openai', le));
      }
    };
  const notFound = (id: string) =>
    new LintelError('not_found', `Response with id '${id}' not found.`, { param: 'response_id' });
  const lookup = async (tenant: string, id: string) => {
    const found = await store()?.get(tenant, id);
    if (!found) throw notFound(id);
    return found;
  };

  for (const prefix of ['/v1', '']) {
    app.get<{ Params: Params; Querystring: ListQuery }>(
      `${prefix}/responses/:id`,
      route(async (tenant, req) => (await lookup(tenant, req.params.id)).response),
    );
    app.delete<{ Params: Params; Querystring: ListQuery }>(
      `${prefix}/responses/:id`,
      route(async (tenant, req) => {
        if (!(await store()?.delete(tenant, req.params.id))) throw notFound(req.params.id);
        return { id: req.params.id, object: 'response', deleted: true };
      }),
    );
    app.get<{ Params: Params; Querystring: ListQuery }>(
      `${prefix}/responses/:id/input_items`,
      route(async (tenant, req) => {
        const { input } = await lookup(tenant, req.params.id);
        const q = req.query;
        const limit = q.limit === undefined ? 20 : Number(q.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
          throw new LintelError('invalid_request', 'limit must be an integer from 1 to 100.', { param: 'limit' });
        }
        if (q.order !== undefined && q.order !== 'asc' && q.order !== 'desc') {
          throw new LintelError('invalid_request', "order must be 'asc' or 'desc'.", { param: 'order' });
        }
        const ordered = q.order === 'asc' ? input : [...input].reverse();
        const at = q.after === undefined ? -1 : ordered.findIndex((i) => i.id === q.after);
        // An unknown cursor is an error, not a silent restart from the first page (a client would loop forever).
        if (q.after !== undefined && at < 0) {
          throw new LintelError(
            'invalid_request',
            `after: response ${req.params.id} has no input item "${String(q.after).slice(0, 64)}".`,
            {
              param: 'after',
            },
          );
        }
        const start = at + 1;
        const data = ordered.slice(start, start + limit);
        return {
          object: 'list',
          data,
          first_id: data[0]?.id ?? null,
          last_id: data.at(-1)?.id ?? null,
          has_more: start + limit < ordered.length,
        };
      }),
    );
  }
}

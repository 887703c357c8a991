// Admin routes of evaluations: datasets (JSONL, versioned by content hash), runs, results (JSON/CSV), comparison.
import type { FastifyInstance } from 'fastify';
import { LintelError } from '../../errors/lintel-error.ts';
import { type Authorize, params, query, route } from '../http.ts';
import type { Lifecycle } from '../lifecycle.ts';
import { zodToLintel } from '../util.ts';
import { parseJsonl, uploadSchema } from './dataset.ts';

export function evalRoutes(app: FastifyInstance, lc: Lifecycle, authorize: Authorize): void {
  const { evals, datasets } = lc;
  app.post(
    '/admin/datasets',
    route(authorize, 'operate', async (req, actor, reply) => {
      const body = zodToLintel(uploadSchema, req.body);
      const items = parseJsonl(body.jsonl); // every line checked before anything is stored
      const v = await datasets.put(body.name, body.description, items, actor.actor);
      if (v.created) {
        await lc.audit({
          actor,
          action: 'dataset.create',
          resource: `dataset:${v.name}@${v.hash}`,
          after: { items: v.items },
        });
      }
      reply.code(v.created ? 201 : 200);
      return v;
    }),
  );
  app.get(
    '/admin/datasets',
    route(authorize, 'read_config', async () => ({ data: await datasets.versions() })),
  );
  app.get(
    '/admin/datasets/:name',
    route(authorize, 'read_config', async (req) => {
      const v = await datasets.resolve(params(req).name);
      return { ...v, versions: await datasets.versions(v.name), sample: (await datasets.items(v.hash)).slice(0, 5) };
    }),
  );
  app.post(
    '/admin/evals',
    route(authorize, 'operate', async (req, actor, reply) => {
      const run = await evals.start(req.body, actor);
      reply.code(run.reused ? 200 : 202);
      return run;
    }),
  );
  app.get(
    '/admin/evals',
    route(authorize, 'read_config', async (req) => {
      const q = query(req);
      const version = q.version === undefined ? undefined : Number(q.version);
      return { data: await evals.store.list({ model: q.model, version }) };
    }),
  );
  app.get(
    '/admin/evals/compare',
    route(authorize, 'read_config', async (req) => {
      const q = query(req);
      if (!q.a || !q.b)
        throw new LintelError('invalid_request', 'give two runs: ?a=RUN&b=RUN', { param: q.a ? 'b' : 'a' });
      return evals.compare(q.a, q.b);
    }),
  );
  app.get(
    '/admin/evals/:id',
    route(authorize, 'read_config', async (req) => evals.show(params(req).id)),
  );
  app.get(
    '/admin/evals/:id/results',
    route(authorize, 'read_config', async (req, _actor, reply) => {
      const { id } = params(req);
      const format = query(req).format ?? 'json';
      if (format === 'csv') {
        const csv = await evals.exportCsv(id);
        return reply.header('content-type', 'text/csv; charset=utf-8').send(csv);
      }
      if (format !== 'json') throw new LintelError('invalid_request', 'format is json or csv', { param: 'format' });
      await evals.require(id);
      return { data: await evals.store.results(id) };
    }),
  );
}

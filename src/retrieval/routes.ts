// HTTP surface: POST /v1/retrieve and /v1/retrieve/feedback for any key (scoped to its tenant; the gateway path, see
// retrieve-call.ts), and the admin API under /admin/retrieval/* (collections, ingestion runs, versions, ERM
// keys). Admin changes are audited.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { LintelError } from '../errors/lintel-error.ts';
import type { AreaContext } from '../server/areas.ts';
import { sendAdminError } from '../server/admin-errors.ts';
import { INGEST_QUEUE, type IngestJob } from './ingest-job.ts';
import { evaluateLive } from './eval/live.ts';
import { createCollectionBody, evalBody, explainBody, ingestBody, rollbackBody } from './schemas.ts';
import {
  bearerOf,
  feedbackHandler,
  keyOrConsoleSession,
  retrieveHandler,
  tenantFor,
  validateFeedback,
  validateRetrieve,
} from './retrieve-call.ts';
import type { RetrievalService } from './service.ts';

export { DEFAULT_TENANT } from './retrieve-call.ts';

function parse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const r = schema.safeParse(body ?? {});
  if (!r.success) {
    const issue = r.error.issues[0];
    const param = issue?.path.join('.') || null;
    throw new LintelError('invalid_request', `${param ?? 'body'}: ${issue?.message ?? 'invalid'}`, { param });
  }
  return r.data;
}

export function retrievalRoutes(ctx: AreaContext, service: RetrievalService) {
  const recordBodies = () => ctx.config().config.recording.bodies;
  const tenantQ = (req: FastifyRequest) => (req.query as Record<string, string | undefined>).tenant;

  return (app: FastifyInstance) => {
    // Through the gateway path: limits admission and a request record, like every model call.
    app.post(
      '/v1/retrieve',
      app.lintelGateway(
        'retrieve',
        'openai',
        validateRetrieve,
        retrieveHandler(service, recordBodies),
        keyOrConsoleSession,
      ),
    );

    app.post(
      '/v1/retrieve/feedback',
      app.lintelGateway(
        'retrieve_feedback',
        'openai',
        validateFeedback,
        feedbackHandler(service, recordBodies),
        keyOrConsoleSession,
      ),
    );

    const base = '/admin/retrieval/collections';
    app.get(base, async (req, reply) => {
      try {
        const who = await ctx.authorize(req, 'read_config');
        return { data: await service.list(who.tenant ?? tenantQ(req) ?? null) };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });

    app.post(base, async (req, reply) => {
      try {
        const who = await ctx.authorize(req, 'operate');
        const b = parse(createCollectionBody, req.body);
        const c = await service.create(tenantFor(who.tenant, b.tenant), b.name, b.settings as never);
        await ctx.audit({
          actor: who,
          action: 'retrieval.collection.create',
          resource: `${c.tenant}/${c.name}`,
          after: c,
        });
        return reply.code(201).send(c);
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });

    app.get(`${base}/:name`, async (req, reply) => {
      try {
        const who = await ctx.authorize(req, 'read_config');
        const { name } = req.params as { name: string };
        const tenant = tenantFor(who.tenant, tenantQ(req));
        const c = await service.get(tenant, name);
        return {
          ...c,
          documents: (await service.documents(tenant, name)).length,
          index_versions: await service.indexVersions(tenant, name),
        };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });

    app.delete(`${base}/:name`, async (req, reply) => {
      try {
        const who = await ctx.authorize(req, 'operate');
        const { name } = req.params as { name: string };
        const c = await service.remove(tenantFor(who.tenant, tenantQ(req)), name);
        await ctx.audit({
          actor: who,
          action: 'retrieval.collection.delete',
          resource: `${c.tenant}/${c.name}`,
          before: c,
        });
        return reply.code(204).send();
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });

    app.get(`${base}/:name/documents`, async (req, reply) => {
      try {
        const who = await ctx.authorize(req, 'read_config');
        const { name } = req.params as { name: string };
        return { data: await service.documents(tenantFor(who.tenant, tenantQ(req)), name) };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });

    app.post(`${base}/:name/ingest`, async (req, reply) => {
      try {
        const who = await ctx.authorize(req, 'operate');
        const { name } = req.params as { name: string };
        const b = parse(ingestBody, req.body);
        // A files source reads the node's own disk and a postgres source connects from the node to any host or
        // local socket (no address policy, unlike url sources): neither is a tenant's, so a tenant's key could read
        // the node's files or databases back through its collection.
        const nodeLocal = b.sources.find((s) => s.kind === 'files' || s.kind === 'postgres');
        if (who.tenant !== null && nodeLocal) {
          throw new LintelError(
            'permission_denied',
            `A "${nodeLocal.kind}" source reads from the node itself: only a global key (no tenant) may ingest one; use a "url" source.`,
            { param: 'sources' },
          );
        }
        const tenant = tenantFor(who.tenant, b.tenant);
        const c = await service.get(tenant, name);
        const job: IngestJob = { tenant, collection: name, sources: b.sources };
        const id = await ctx.jobs.enqueue(INGEST_QUEUE, job, { singletonKey: c.id });
        await ctx.audit({
          actor: who,
          action: 'retrieval.ingest',
          resource: `${tenant}/${name}`,
          after: { job: id, sources: b.sources.map((s) => s.kind) },
        });
        return reply.code(202).send({ job: id });
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });

    app.get('/admin/retrieval/jobs/:id', async (req, reply) => {
      try {
        const who = await ctx.authorize(req, 'read_config');
        const job = await ctx.jobs.get((req.params as { id: string }).id);
        if (
          !job ||
          job.queue !== INGEST_QUEUE ||
          (who.tenant !== null && (job.data as IngestJob).tenant !== who.tenant)
        )
          throw new LintelError('not_found', 'no such ingestion job');
        return job;
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });

    app.post('/admin/retrieval/jobs/:id/cancel', async (req, reply) => {
      try {
        const who = await ctx.authorize(req, 'operate');
        const id = (req.params as { id: string }).id;
        const job = await ctx.jobs.get(id);
        if (
          !job ||
          job.queue !== INGEST_QUEUE ||
          (who.tenant !== null && (job.data as IngestJob).tenant !== who.tenant)
        )
          throw new LintelError('not_found', 'no such ingestion job');
        const cancelled = await ctx.jobs.cancel(id);
        await ctx.audit({ actor: who, action: 'retrieval.ingest.cancel', resource: id, after: { cancelled } });
        return { cancelled };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });

    app.get(`${base}/:name/keys`, async (req, reply) => {
      try {
        const who = await ctx.authorize(req, 'read_config');
        const { name } = req.params as { name: string };
        return { data: await service.keyVersions(tenantFor(who.tenant, tenantQ(req)), name) };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });

    app.post(`${base}/:name/keys/commit`, async (req, reply) => {
      try {
        const who = await ctx.authorize(req, 'operate');
        const { name } = req.params as { name: string };
        const tenant = tenantFor(who.tenant, tenantQ(req));
        const v = await service.commitKeys(tenant, name);
        await ctx.audit({
          actor: who,
          action: 'retrieval.keys.commit',
          resource: `${tenant}/${name}`,
          after: { version: v.version },
        });
        return { version: v.version, documents: Object.keys(v.keys).length };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });

    app.post(`${base}/:name/keys/rollback`, async (req, reply) => {
      try {
        const who = await ctx.authorize(req, 'operate');
        const { name } = req.params as { name: string };
        const b = parse(rollbackBody, req.body);
        const tenant = tenantFor(who.tenant, b.tenant);
        const r = await service.rollback(tenant, name, b.version);
        await ctx.audit({
          actor: who,
          action: 'retrieval.keys.rollback',
          resource: `${tenant}/${name}`,
          before: { version: r.from },
          after: { version: r.to },
        });
        return r;
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });

    app.post(`${base}/:name/eval`, async (req, reply) => {
      try {
        const who = await ctx.authorize(req, 'read_config');
        const { name } = req.params as { name: string };
        const b = parse(evalBody, req.body);
        const tenant = tenantFor(who.tenant, b.tenant);
        return await evaluateLive(
          (r) => service.retrieve(r),
          { tenant, collection: name, mode: b.mode, fusion: b.fusion, key: bearerOf(req.raw) },
          b.judgments,
        );
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });

    app.post(`${base}/:name/explain`, async (req, reply) => {
      try {
        const who = await ctx.authorize(req, 'read_config');
        const { name } = req.params as { name: string };
        const b = parse(explainBody, req.body);
        return await service.explain(tenantFor(who.tenant, b.tenant), name, b.query, b.chunk);
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
  };
}

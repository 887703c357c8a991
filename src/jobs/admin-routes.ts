// Admin routes of the job runner: list, inspect, cancel and retry (dead-lettered) jobs. Jobs are a node-wide
// resource, so only global callers see them: read_config to read, operate to change.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { op } from '../access/admin/openapi-ops.ts';
import { registerOpenApiPath } from '../access/openapi.ts';
import { LintelError } from '../errors/lintel-error.ts';
import type { AdminActor, AdminCapability } from '../server/admin-authz.ts';
import { sendAdminError } from '../server/admin-errors.ts';
import type { JobRunner, JobState } from './types.ts';

const STATES: JobState[] = ['queued', 'active', 'completed', 'failed', 'dead', 'cancelled'];

type Authorize = (req: FastifyRequest, c: AdminCapability) => Promise<AdminActor>;

async function globalActor(authorize: Authorize, req: FastifyRequest, c: AdminCapability): Promise<AdminActor> {
  const actor = await authorize(req, c);
  if (actor.tenant !== null) throw new LintelError('permission_denied', 'Jobs are node-wide; a global role is needed.');
  return actor;
}

export function jobsAdminPlugin(jobs: JobRunner, authorize: Authorize) {
  registerJobsOpenApi();
  return (app: FastifyInstance) => {
    app.get('/admin/jobs', async (req, reply) => {
      try {
        await globalActor(authorize, req, 'read_config');
        const q = req.query as Record<string, unknown>;
        for (const [k, v] of Object.entries(q)) {
          if (Array.isArray(v))
            throw new LintelError('invalid_request', `Query parameter ${k} is repeated.`, { param: k });
        }
        const state = q.state as string | undefined;
        if (state !== undefined && !STATES.includes(state as JobState)) {
          throw new LintelError('invalid_request', `state must be one of ${STATES.join(', ')}.`, { param: 'state' });
        }
        const limit = q.limit === undefined ? 100 : Number(q.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
          throw new LintelError('invalid_request', 'limit must be an integer from 1 to 1000.', { param: 'limit' });
        }
        const data = await jobs.list({ queue: q.queue as string | undefined, state: state as JobState, limit });
        return { engine: jobs.kind, data };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
    app.get('/admin/jobs/:id', async (req, reply) => {
      try {
        await globalActor(authorize, req, 'read_config');
        const job = await jobs.get((req.params as { id: string }).id);
        if (!job) throw new LintelError('not_found', 'No job with this id.');
        return job;
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
    for (const action of ['cancel', 'retry'] as const) {
      app.post(`/admin/jobs/:id/${action}`, async (req, reply) => {
        try {
          await globalActor(authorize, req, 'operate');
          const id = (req.params as { id: string }).id;
          const job = await jobs.get(id);
          if (!job) throw new LintelError('not_found', 'No job with this id.');
          const ok = action === 'cancel' ? await jobs.cancel(id) : await jobs.retry(id);
          if (!ok) {
            throw new LintelError(
              'conflict',
              action === 'cancel'
                ? `The job is already ${job.state}.`
                : `Only dead jobs can be retried; this one is ${job.state}.`,
            );
          }
          return await jobs.get(id);
        } catch (err) {
          return sendAdminError(reply, err);
        }
      });
    }
  };
}

let registered = false;
function registerJobsOpenApi(): void {
  if (registered) return;
  registered = true;
  const obj = { type: 'object' };
  registerOpenApiPath(
    '/admin/jobs',
    'get',
    op('Background jobs (evaluations, ingestion, monitors), newest first', {
      tags: ['jobs'],
      roles: ['admin', 'operator', 'auditor'],
      ok: { description: '{engine, data: [job]}', schema: obj },
      query: [
        { name: 'queue', description: 'queue name' },
        { name: 'state', description: STATES.join(' | ') },
        { name: 'limit', description: '1..1000, default 100' },
      ],
    }),
  );
  registerOpenApiPath(
    '/admin/jobs/:id',
    'get',
    op('One job: state, attempts, progress, result or error', {
      tags: ['jobs'],
      roles: ['admin', 'operator', 'auditor'],
      params: ['id'],
      ok: { description: 'the job', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/jobs/:id/cancel',
    'post',
    op('Cancel a queued or running job (its handler stops at the next item)', {
      tags: ['jobs'],
      roles: ['admin', 'operator'],
      params: ['id'],
      ok: { description: 'the job', schema: obj },
    }),
  );
  registerOpenApiPath(
    '/admin/jobs/:id/retry',
    'post',
    op('Put a dead-lettered job back in its queue with fresh attempts', {
      tags: ['jobs'],
      roles: ['admin', 'operator'],
      params: ['id'],
      ok: { description: 'the job', schema: obj },
    }),
  );
}

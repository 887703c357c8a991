// GET /admin/integrations/sinks: each streaming sink's delivery state (queue, spool, delivered, refused). Sinks are
// node-wide, so only global callers see them. No endpoint, host or credential is returned.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { op } from '../access/admin/openapi-ops.ts';
import { registerOpenApiPath } from '../access/openapi.ts';
import { LintelError } from '../errors/lintel-error.ts';
import type { AdminActor, AdminCapability } from '../server/admin-authz.ts';
import { sendAdminError } from '../server/admin-errors.ts';
import type { IntegrationStreams } from './streams.ts';

type Authorize = (req: FastifyRequest, c: AdminCapability) => Promise<AdminActor>;

let registered = false;

export function integrationsAdminPlugin(streams: IntegrationStreams, authorize: Authorize) {
  if (!registered) {
    registered = true;
    registerOpenApiPath(
      '/admin/integrations/sinks',
      'get',
      op('Streaming sinks of this node (OTLP, syslog, Splunk HEC, Elastic): queue, spool and delivery counts', {
        tags: ['integrations'],
        roles: ['admin', 'operator', 'auditor'],
        ok: {
          description: '{data: [{name, type, queue_depth, spooled, degraded, delivered, rejected, …}]}',
          schema: { type: 'object' },
        },
      }),
    );
  }
  return (app: FastifyInstance) => {
    app.get('/admin/integrations/sinks', async (req, reply) => {
      try {
        const actor = await authorize(req, 'read_config');
        if (actor.tenant !== null)
          throw new LintelError('permission_denied', 'Sinks are node-wide; a global role is needed.');
        return {
          data: streams.stats().map((s) => ({
            name: s.name,
            type: s.type,
            queue_depth: s.queueDepth,
            spooled: s.spooledRecords,
            degraded: s.degraded,
            delivered: s.delivered,
            rejected: s.rejected,
            failed_deliveries: s.failedFlushes,
            last_delivery_lag_ms: s.lastWriteLagMs,
          })),
        };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
  };
}

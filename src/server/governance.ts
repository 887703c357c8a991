// Governance services of a running node: the verifiable audit log (signed checkpoints), retention with
// per-tenant data keys, and their admin routes.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { LintelConfig } from '../config/schema.ts';
import { LintelError } from '../errors/lintel-error.ts';
import {
  type AuditEvent,
  AuditLog,
  type CheckpointSink,
  currentPublicKeyPem,
  FileCheckpointSink,
  loadOrCreateSigner,
  readAnchorFile,
  verifyAuditLog,
  WebhookCheckpointSink,
} from '../governance/audit/index.ts';
import { RetentionRunner } from '../governance/retention/runner.ts';
import { TenantKeyStore } from '../governance/retention/tenant-keys.ts';
import type { Database } from '../storage/database.ts';
import { sendAdminError } from './admin-errors.ts';
import type { AdminActor, AdminCapability } from './admin-governance.ts';

/** Who did it, as the audit log names them. */
export interface AuditActor {
  actor: string;
  role: string;
  tenant: string | null;
}

/** Bodies of tenant-less requests are sealed under this tenant name's key. */
export const NO_TENANT = '_global';

export interface GovernanceServices {
  audit: AuditLog;
  /** Per-tenant data keys: bodies are sealed with them; destroying one crypto-shreds that tenant's bodies. */
  tenantKeys: TenantKeyStore;
  retention: RetentionRunner | null;
  record(e: {
    actor: AuditActor;
    action: string;
    resource: string;
    before?: unknown;
    after?: unknown;
    requestId?: string;
    /** Small JSON context kept in the chain itself (never bodies or personal data). */
    details?: unknown;
  }): Promise<void>;
  /** `tenantExists` (the directory): shredding a tenant nobody created answers 404 instead of a no-op. */
  plugin(
    authorize: (req: FastifyRequest, c: AdminCapability) => Promise<AdminActor>,
    tenantExists?: (tenant: string) => boolean,
  ): (app: FastifyInstance) => void;
  close(): Promise<void>;
}

/** Config days → runner days, leaving unset ones out so the runner's defaults apply. */
function days(p: { bodies_days?: number; records_days?: number }): { bodiesDays?: number; recordsDays?: number } {
  const out: { bodiesDays?: number; recordsDays?: number } = {};
  if (p.bodies_days !== undefined) out.bodiesDays = p.bodies_days;
  if (p.records_days !== undefined) out.recordsDays = p.records_days;
  return out;
}

export async function startGovernance(
  config: LintelConfig,
  database: Database,
  secretKey: string,
  logger: Logger,
  onAuditEvent?: (event: AuditEvent) => void,
): Promise<GovernanceServices> {
  const signer = await loadOrCreateSigner({ database, secretKey });
  const sinks: CheckpointSink[] = [];
  if (config.audit.sink_file) sinks.push(new FileCheckpointSink(config.audit.sink_file));
  if (config.audit.webhook_url) {
    sinks.push(
      new WebhookCheckpointSink({
        url: config.audit.webhook_url,
        secret: config.audit.webhook_secret ?? secretKey,
        log: (msg, err) => logger.warn({ err }, msg),
      }),
    );
  }
  const audit = await AuditLog.open(database, {
    signer,
    sinks,
    checkpointEvery: config.audit.checkpoint_every,
    checkpointIntervalMs: config.audit.checkpoint_interval_ms,
    log: (msg, err) => logger.warn({ err }, msg),
    onEvent: onAuditEvent,
  });
  const tenantKeys = await TenantKeyStore.open(database, { audit, secretKey });
  const r = config.retention;
  const retention = r.enabled
    ? new RetentionRunner(database, {
        audit,
        defaults: days(r.defaults),
        floor: days(r.floor),
        policies: Object.entries(r.tenants).map(([tenant, p]) => ({
          tenant,
          bodiesDays: p.bodies_days,
          recordsDays: p.records_days,
        })),
        tables: { related: [{ table: 'request_explanations', requestId: 'request_id' }] },
        log: (msg, err) => logger.warn({ err }, msg),
      })
    : null;
  retention?.start(r.interval_ms);

  return {
    audit,
    tenantKeys,
    retention,
    async record(e) {
      await audit.append({
        actor: e.actor.actor,
        role: e.actor.role,
        tenant: e.actor.tenant ?? undefined,
        action: e.action,
        resource: e.resource,
        before: e.before,
        after: e.after,
        requestId: e.requestId,
        details: e.details,
      });
    },
    plugin(authorize, tenantExists) {
      return (app) => {
        // In-band check: the configured sink file is the external anchor; an unanchored tail is a warning here
        // (`lintel audit verify` fails on it unless --allow-unanchored).
        const sinkFile = config.audit.sink_file;
        const verify = () => verifyAuditLog(database, { anchors: sinkFile ? readAnchorFile(sinkFile) : [] });
        app.get('/admin/audit/verify', async (req, reply) => {
          try {
            const actor = await authorize(req, 'read_logs');
            if (actor.tenant !== null) throw new LintelError('permission_denied', 'The audit chain is global.');
            const report = await verify();
            return reply.code(report.ok ? 200 : 409).send(report);
          } catch (err) {
            return sendAdminError(reply, err);
          }
        });
        app.post('/admin/tenants/:tenant/shred', async (req, reply) => {
          try {
            const actor = await authorize(req, 'admin');
            if (actor.tenant !== null)
              throw new LintelError('permission_denied', 'Only a global admin may shred a tenant.');
            const tenant = (req.params as { tenant: string }).tenant;
            if (tenantExists && !tenantExists(tenant))
              throw new LintelError('not_found', `No tenant named "${tenant.slice(0, 64)}".`, { param: 'tenant' });
            const reason = (req.body as { reason?: unknown } | undefined)?.reason;
            const r = await tenantKeys.shredTenant(tenant, {
              actor: actor.actor,
              role: actor.role,
              reason: typeof reason === 'string' ? reason : undefined,
            });
            return { tenant, keys_destroyed: r.keysDestroyed };
          } catch (err) {
            return sendAdminError(reply, err);
          }
        });
        app.get('/admin/audit/public-key', async () => (await currentPublicKeyPem(database)) ?? {});
        app.post('/admin/audit/checkpoint', async (req, reply) => {
          try {
            const actor = await authorize(req, 'admin');
            if (actor.tenant !== null) throw new LintelError('permission_denied');
            return (await audit.checkpoint()) ?? { checkpoint: null };
          } catch (err) {
            return sendAdminError(reply, err);
          }
        });
      };
    },
    async close() {
      retention?.stop();
      await audit.close();
    },
  };
}

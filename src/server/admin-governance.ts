// Admin routes of governance: kill switch, config versions, per-request explanations.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ConfigError } from '../config/load.ts';
import { LintelError } from '../errors/lintel-error.ts';
import { diffLines } from '../governance/config-versions/diff.ts';
import { getExplanation } from '../governance/explain/store.ts';
import { getConfigVersion, listConfigVersions } from '../governance/config-versions/store.ts';
import { type KillSwitch, STOP_SCOPES, type StopScope } from '../governance/killswitch/store.ts';
import { getRequest } from '../recording/queries.ts';
import type { Database } from '../storage/database.ts';
import { sendAdminError } from './admin-errors.ts';
import type { AdminActor, AdminCapability } from './admin-authz.ts';

export type { AdminActor, AdminCapability } from './admin-authz.ts';

export interface GovernanceDeps {
  database: Database;
  killSwitch: KillSwitch;
  /** Authorises the caller for a capability (throws 401/403) and names them for the audit log. */
  authorize(req: FastifyRequest, capability: AdminCapability): Promise<AdminActor>;
  /** The tenant a key belongs to (null: no tenant; undefined: unknown key). */
  tenantOfKey(id: string): string | null | undefined;
  /** Appends an audit event; resolves when it is durable. */
  audit(e: { actor: AdminActor; action: string; resource: string; before?: unknown; after?: unknown }): Promise<void>;
  /** Re-reads the config file and applies it (runtime.reloadFromFile); absent: the route answers 404. */
  reloadConfig?(actor: AdminActor): Promise<{
    version: string;
    previousVersion: string;
    changed: boolean;
    applied: string[];
    restartRequired: string[];
  }>;
}

/** Config versions describe the whole node (every tenant's routes and providers): global callers only. */
function configReader(actor: AdminActor): void {
  if (actor.tenant !== null) {
    throw new LintelError(
      'permission_denied',
      `Config versions describe the whole node: only keys without a tenant (global admin, operator or auditor) may read them; the calling key belongs to tenant "${actor.tenant}".`,
    );
  }
}

export const stopBody = z
  .object({
    scope: z.enum(STOP_SCOPES),
    target: z.string().min(1).max(256),
    reason: z.string().min(1, { message: 'a reason is required' }).max(1000),
  })
  .strict();

/** Whether a stop concerns only this tenant: the tenant itself or one of its keys. */
function ownsStop(d: GovernanceDeps, tenant: string, scope: string, target: string): boolean {
  return scope === 'tenant' ? target === tenant : scope === 'key' && d.tenantOfKey(target) === tenant;
}

export function adminGovernancePlugin(d: GovernanceDeps) {
  return (app: FastifyInstance) => {
    app.get('/admin/killswitch', async (req, reply) => {
      try {
        const actor = await d.authorize(req, 'operate');
        const all = d.killSwitch.list();
        // A tenant-bound operator sees the stops of its own tenant and keys, never other tenants'.
        return { data: actor.tenant === null ? all : all.filter((s) => ownsStop(d, actor.tenant!, s.scope, s.target)) };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });

    app.post('/admin/killswitch', async (req, reply) => {
      try {
        const actor = await d.authorize(req, 'operate');
        const parsed = stopBody.safeParse(req.body);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          const param = issue.path.join('.') || null;
          throw new LintelError('invalid_request', `${param ?? 'body'}: ${issue.message}`, { param });
        }
        if (actor.tenant !== null) {
          // Tenant-bound callers may stop their own tenant or its keys, nothing shared.
          const { scope, target } = parsed.data;
          if (!ownsStop(d, actor.tenant, scope, target))
            throw new LintelError(
              'permission_denied',
              `A caller of tenant "${actor.tenant}" may stop only its own tenant and keys.`,
            );
        }
        const before = d.killSwitch.find(parsed.data.scope, parsed.data.target) ?? null;
        const stop = await d.killSwitch.engage({ ...parsed.data, actor: actor.actor });
        await d.audit({
          actor,
          action: 'killswitch.stop',
          resource: `${stop.scope}:${stop.target}`,
          before,
          after: stop,
        });
        return reply.code(201).send(stop);
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });

    app.delete('/admin/killswitch/:scope/:target', async (req, reply) => {
      try {
        const actor = await d.authorize(req, 'operate');
        const { scope, target } = req.params as { scope: string; target: string };
        if (!(STOP_SCOPES as readonly string[]).includes(scope)) {
          throw new LintelError('invalid_request', `scope must be one of ${STOP_SCOPES.join(', ')}`, {
            param: 'scope',
          });
        }
        if (actor.tenant !== null) {
          if (!ownsStop(d, actor.tenant, scope, target))
            throw new LintelError(
              'permission_denied',
              `A caller of tenant "${actor.tenant}" may resume only its own tenant and keys.`,
            );
        }
        const before = d.killSwitch.find(scope as StopScope, target) ?? null;
        if (!(await d.killSwitch.release(scope as StopScope, target))) {
          throw new LintelError('not_found', `Nothing is stopped under ${scope} "${target}".`);
        }
        await d.audit({ actor, action: 'killswitch.resume', resource: `${scope}:${target}`, before, after: null });
        return { resumed: { scope, target } };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });

    app.post('/admin/config/reload', async (req, reply) => {
      try {
        const actor = await d.authorize(req, 'operate');
        if (actor.tenant !== null)
          throw new LintelError('permission_denied', 'The config is shared: only global callers may reload it.');
        if (!d.reloadConfig) throw new LintelError('not_found', 'This node cannot reload its config.');
        try {
          const r = await d.reloadConfig(actor);
          return {
            version: r.version,
            previous_version: r.previousVersion,
            changed: r.changed,
            applied: r.applied,
            restart_required: r.restartRequired,
          };
        } catch (err) {
          if (err instanceof ConfigError) throw new LintelError('invalid_config', err.message);
          throw err;
        }
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });

    app.get('/admin/config/versions', async (req, reply) => {
      try {
        configReader(await d.authorize(req, 'read_config'));
        const versions = await listConfigVersions(d.database);
        return { data: versions.map(({ content: _c, ...v }) => v) };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });

    app.get('/admin/config/versions/:version', async (req, reply) => {
      try {
        configReader(await d.authorize(req, 'read_config'));
        const v = await getConfigVersion(d.database, (req.params as { version: string }).version);
        if (!v) throw new LintelError('not_found', 'No such config version.');
        const against = (req.query as { diff?: string }).diff;
        if (against) {
          const other = await getConfigVersion(d.database, against);
          if (!other)
            throw new LintelError('not_found', `No config version ${against} to diff against.`, { param: 'diff' });
          return { ...v, diff: diffLines(other.content, v.content) };
        }
        return v;
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });

    app.get('/admin/requests/:id/explain', async (req, reply) => {
      try {
        const actor = await d.authorize(req, 'read_logs');
        const rec = await getRequest(
          d.database,
          (req.params as { id: string }).id,
          actor.tenant === null ? {} : { tenant: actor.tenant },
        );
        if (!rec || (actor.keyIds !== null && !actor.keyIds.includes(rec.keyId ?? ''))) {
          throw new LintelError('not_found', 'No request with this id.');
        }
        return {
          id: rec.id,
          config_version: rec.configVersion,
          route: { requested: rec.modelRequested, matched: rec.route },
          served_by: rec.provider ? { provider: rec.provider, model: rec.modelServed } : null,
          status: rec.status,
          error: rec.errorType,
          attempts: rec.attempts,
          decisions: await getExplanation(d.database, rec.id),
          guardrails: rec.guardrails,
          cache: { hit: rec.cacheHit },
        };
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });
  };
}

// Admin endpoints the console's pages need beyond the existing API: the overview aggregates, route and
// circuit state, the audit events list, the evidence bundle, guardrail hits and the guard "try it" scan.
// Same authorisation as every admin route (AreaContext.authorize), same error format.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { LintelError } from '../errors/lintel-error.ts';
import { loadOrCreateSigner } from '../governance/audit/signer.ts';
import { signEvidence } from '../governance/evidence-bundle.ts';
import { collectEvidence } from '../governance/export.ts';
import { compileGuardSets, type GuardRegistry } from '../guardrails/engine/compile.ts';
import type { GuardStage } from '../guardrails/types.ts';
import { sendAdminError } from '../server/admin-errors.ts';
import type { AdminActor } from '../server/admin-authz.ts';
import type { AreaContext } from '../server/areas.ts';
import { readView } from '../storage/database.ts';
import { auditEvents } from './audit-queries.ts';
import { guardrailHits } from './guardrail-hits.ts';
import { overview } from './overview.ts';

type Query = Record<string, string | undefined>;

function timeParam(name: string, v: string | undefined, fallback: number): number {
  if (v === undefined || v === '') return fallback;
  const n = /^\d+$/.test(v) ? Number(v) : Date.parse(v);
  if (!Number.isFinite(n) || n < 0) {
    throw new LintelError('invalid_request', `${name}: expected epoch ms or an ISO 8601 time`, { param: name });
  }
  return n;
}

export function rangeOf(q: Query, now = Date.now()): { from: number; to: number } {
  const to = timeParam('to', q.to, now + 1);
  const from = timeParam('from', q.from, to - 86_400_000);
  if (from >= to) throw new LintelError('invalid_request', 'from must be before to', { param: 'from' });
  return { from, to };
}

const scanBody = z
  .object({
    text: z.string().min(1).max(100_000),
    sets: z.array(z.string().min(1)).min(1).max(10),
    stage: z.enum(['input', 'output']).default('input'),
  })
  .strict();

function globalOnly(actor: AdminActor, what: string): void {
  if (actor.tenant !== null)
    throw new LintelError('permission_denied', `${what} is global; a tenant-bound caller may not read it.`);
}

export function registerConsoleAdminRoutes(app: FastifyInstance, ctx: AreaContext): void {
  // The audit log's signing key (stored sealed in audit_keys; the governance layer created it at start).
  let signing: ReturnType<typeof loadOrCreateSigner> | null = null;
  const signer = () => {
    signing ??= loadOrCreateSigner({ database: ctx.database, secretKey: ctx.secret }).catch((err) => {
      signing = null;
      throw err;
    });
    return signing;
  };
  let guards: { sets: unknown; registry: GuardRegistry } | null = null;
  const registry = () => {
    const sets = ctx.config().config.guardrails.sets;
    if (guards?.sets !== sets) guards = { sets, registry: compileGuardSets(sets) };
    return guards.registry;
  };
  const route = (path: string, handler: (req: FastifyRequest) => Promise<unknown>) =>
    app.get(path, async (req, reply) => {
      try {
        return await handler(req);
      } catch (err) {
        return sendAdminError(reply, err);
      }
    });

  route('/admin/console/overview', async (req) => {
    const actor = await ctx.authorize(req, 'read_logs');
    return overview(readView(ctx.database), actor, rangeOf(req.query as Query));
  });

  route('/admin/console/routes', async (req) => {
    await ctx.authorize(req, 'read_config');
    const router = ctx.router();
    const routes = router.models().map((model) => {
      const r = router.resolve(model);
      return {
        model,
        strategy: r?.strategy ?? null,
        guardrails: r?.guardrails ?? [],
        record_bodies: r?.recordBodies ?? false,
        targets: (r?.targets ?? []).map((t) => ({
          id: t.id,
          provider: t.provider.name,
          upstream_model: t.upstreamModel,
          weight: t.weight,
          circuit: t.breaker.current(),
          latency_ewma_ms: t.latencyEwma,
        })),
      };
    });
    return { data: routes, providers: [...router.providers.keys()], guard_sets: registry().names() };
  });

  route('/admin/audit/events', async (req) => {
    const actor = await ctx.authorize(req, 'read_logs');
    if (actor.keyIds !== null) throw new LintelError('permission_denied', 'Developers may not read the audit log.');
    const q = req.query as Query;
    return auditEvents(ctx.database, {
      tenant: actor.tenant,
      action: q.action,
      actor: q.actor,
      before: q.before_seq === undefined ? undefined : Number(q.before_seq),
      limit: q.limit === undefined ? 50 : Number(q.limit),
      ...rangeOf(q),
    });
  });

  route('/admin/console/evidence', async (req) => {
    const actor = await ctx.authorize(req, 'read_logs');
    globalOnly(actor, 'The evidence bundle');
    if (actor.keyIds !== null) throw new LintelError('permission_denied', 'Developers may not export evidence.');
    const { from, to } = rangeOf(req.query as Query);
    const evidence = await collectEvidence(ctx.database, { from, to });
    // Signed with the node's audit signing key, so the download verifies offline (`lintel audit verify-bundle`).
    return signEvidence(evidence, await signer());
  });

  route('/admin/console/guardrails', async (req) => {
    const actor = await ctx.authorize(req, 'read_logs');
    if (actor.keyIds !== null) throw new LintelError('permission_denied', 'Developers may not read guardrail hits.');
    return guardrailHits(readView(ctx.database), actor.tenant, rangeOf(req.query as Query));
  });

  app.post('/admin/guardrails/scan', async (req, reply) => {
    try {
      await ctx.authorize(req, 'read_config');
      const parsed = scanBody.safeParse(req.body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new LintelError('invalid_request', `${issue.path.join('.') || 'body'}: ${issue.message}`, {
          param: issue.path.join('.') || undefined,
        });
      }
      const reg = registry();
      const unknown = parsed.data.sets.filter((s) => !reg.has(s));
      if (unknown.length) {
        throw new LintelError(
          'invalid_request',
          `Unknown guard set(s): ${unknown.join(', ')} (known: ${reg.names().join(', ')})`,
          {
            param: 'sets',
          },
        );
      }
      const r = await reg.get(parsed.data.sets).check(parsed.data.stage as GuardStage, parsed.data.text);
      return {
        blocked: r.blocked,
        flagged: r.flagged,
        decisions: r.decisions.map((d) => ({
          guard: d.guard,
          detector: d.detector,
          action: d.action,
          score: d.score,
          spans: d.spans.map((s) => ({ start: s.start, end: s.end, type: s.type, score: s.score ?? d.score })),
        })),
      };
    } catch (err) {
      return sendAdminError(reply, err);
    }
  });
}

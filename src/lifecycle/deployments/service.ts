// Deployments on registry-backed routes: create (canary, A/B, shadow, progressive), promote, roll back, and the
// rollout controller that advances or rolls back a progressive deployment between steps. `now` is injected.
import { LintelError } from '../../errors/lintel-error.ts';
import type { AuditActor } from '../../server/governance.ts';
import type { LintelConfig } from '../../config/schema.ts';
import { GateRefused, type Gates } from '../gates/promote.ts';
import type { RegistryService } from '../registry/service.ts';
import { type Audit, newId, zodToLintel } from '../util.ts';
import { type ArmQuality, armMetrics, judgeStep } from './analysis.ts';
import type { DeploymentStore } from './store.ts';
import { createDeploymentSchema, type Deployment } from './types.ts';

export const ROLLOUT_ACTOR: AuditActor = { actor: 'system:rollout', role: 'admin', tenant: null };

export interface DeploymentDeps {
  store: DeploymentStore;
  registry: RegistryService;
  /** The promotion gate: manual promotion and the end of a progressive rollout both pass through it. */
  gates: Gates;
  audit: Audit;
  config(): LintelConfig;
  now(): number;
  /** Routing state changed (reload this node; others poll). */
  changed(): Promise<void>;
  edge(fromKind: string, fromId: string, toKind: string, toId: string): Promise<void>;
  /** A progressive deployment was created: schedule its analysis (a job on the durable runner). */
  scheduleAnalysis?(d: Deployment): Promise<void>;
  /** Online quality means per arm (feedback / judge scores of the arm's requests) for the analysis. */
  quality?(d: Deployment, since: number, q: { feedback: string; source?: string }): Promise<ArmQuality>;
}

export class DeploymentService {
  constructor(private readonly deps: DeploymentDeps) {}

  get store(): DeploymentStore {
    return this.deps.store;
  }

  async create(input: unknown, actor: AuditActor): Promise<Deployment> {
    const body = zodToLintel(createDeploymentSchema, input);
    const route = this.deps.config().routes.find((r) => r.model === body.route);
    if (!route?.registry) {
      throw new LintelError(
        'invalid_request',
        `"${body.route}" is not a route with registry: NAME@ALIAS in the config.`,
        {
          param: 'route',
        },
      );
    }
    const at = route.registry.lastIndexOf('@');
    const model = route.registry.slice(0, at);
    const alias = route.registry.slice(at + 1);
    await this.deps.registry.requireVersion(model, body.candidate);
    const baseline = await this.deps.registry.resolve(model, alias);
    if (baseline === body.candidate) {
      throw new LintelError('invalid_request', `@${alias} already points to version ${baseline}.`, {
        param: 'candidate',
      });
    }
    const now = this.deps.now();
    const weight =
      body.strategy === 'shadow'
        ? 0
        : body.strategy === 'progressive'
          ? (body.steps as number[])[0]
          : (body.weight as number);
    const d: Deployment = {
      id: newId('dep'),
      route: body.route,
      model,
      alias,
      baseline,
      candidate: body.candidate,
      strategy: body.strategy,
      config: body,
      state: 'active',
      weight,
      step: 0,
      stepStartedAt: now,
      createdBy: actor.actor,
      createdAt: now,
      updatedAt: now,
    };
    await this.deps.store.db.transaction().execute(async (trx) => {
      if (await this.deps.store.activeOn(body.route, trx)) {
        throw new LintelError(
          'conflict',
          `Route "${body.route}" has an active deployment; promote or roll it back first.`,
          {
            param: 'route',
          },
        );
      }
      await this.deps.store.insert(d, trx);
      await this.deps.store.event(
        d.id,
        now,
        'created',
        { strategy: d.strategy, weight, baseline, candidate: d.candidate },
        trx,
      );
    });
    await this.deps.edge('model_version', `${model}/${d.candidate}`, 'deployment', d.id);
    await this.deps.audit({ actor, action: 'deployment.create', resource: `deployment:${d.id}`, after: d });
    await this.deps.changed();
    if (d.strategy === 'progressive') await this.deps.scheduleAnalysis?.(d);
    return d;
  }

  async require(id: string): Promise<Deployment> {
    const d = await this.deps.store.get(id);
    if (!d) throw new LintelError('not_found', `No deployment "${id}".`, { param: 'id' });
    return d;
  }

  private requireActive(d: Deployment): void {
    if (d.state !== 'active') throw new LintelError('conflict', `Deployment ${d.id} is ${d.state}.`, { param: 'id' });
  }

  /**
   * Candidate takes all traffic: the alias moves to it through the model's promotion gate (the same gate as
   * `PUT /admin/models/:name/aliases/:alias`; a failed gate throws GateRefused unless an admin overrides with a
   * reason), and the deployment ends as promoted.
   */
  async promote(
    id: string,
    actor: AuditActor,
    reason = 'promoted',
    opts: { override_reason?: string } = {},
  ): Promise<Deployment & { gate?: unknown }> {
    const d = await this.require(id);
    this.requireActive(d);
    const { gate } = await this.deps.gates.promote(
      d.model,
      d.alias,
      { version: d.candidate, override_reason: opts.override_reason },
      actor,
      { deployment: d.id },
    );
    const now = this.deps.now();
    const next = {
      state: 'promoted' as const,
      weight: 1,
      step: d.step,
      stepStartedAt: d.stepStartedAt,
      updatedAt: now,
    };
    await this.deps.store.transition(d.id, next, {
      kind: 'promoted',
      detail: { reason, version: d.candidate, gate: gate ? (gate.passed ? 'passed' : 'overridden') : 'none' },
    });
    await this.deps.audit({
      actor,
      action: 'deployment.promote',
      resource: `deployment:${d.id}`,
      before: d,
      after: { ...d, ...next },
    });
    await this.deps.changed();
    return { ...d, ...next, gate };
  }

  /** All traffic back to the baseline; the alias never moved, so nothing else changes. */
  async rollback(id: string, actor: AuditActor, reason: string): Promise<Deployment> {
    const d = await this.require(id);
    this.requireActive(d);
    const now = this.deps.now();
    const next = {
      state: 'rolled_back' as const,
      weight: 0,
      step: d.step,
      stepStartedAt: d.stepStartedAt,
      updatedAt: now,
    };
    // another node got there first
    if (!(await this.deps.store.transition(d.id, next, { kind: 'rolled_back', detail: { reason } })))
      return this.require(id);
    await this.deps.audit({
      actor,
      action: 'deployment.rollback',
      resource: `deployment:${d.id}`,
      before: d,
      after: { ...d, ...next, reason },
    });
    await this.deps.changed();
    return { ...d, ...next };
  }

  /**
   * One rollout decision for a progressive deployment: wait (too few requests or bake time not over), roll back on
   * a breach (audited, with an alert event), advance to the next step, or promote after the last one.
   */
  async analyze(id: string): Promise<{ deployment: Deployment; decision: string; detail: unknown }> {
    const d = await this.require(id);
    // Already decided (by another node, the periodic analysis or an operator): nothing to do.
    if (d.state !== 'active') return { deployment: d, decision: d.state, detail: 'the deployment is no longer active' };
    const now = this.deps.now();
    const rows = await this.deps.store.requests(d.id, d.stepStartedAt);
    if (d.strategy !== 'progressive') {
      return {
        deployment: d,
        decision: 'none',
        detail: { baseline: armMetrics(rows, 'baseline'), candidate: armMetrics(rows, 'candidate') },
      };
    }
    const q = d.config.analysis.quality;
    const quality = q ? await this.deps.quality?.(d, d.stepStartedAt, q) : undefined;
    const verdict = judgeStep(d, rows, quality);
    if (verdict.kind === 'breach') {
      const reason = `analysis at step ${d.step + 1} (${d.weight * 100}%): ${verdict.reasons.join('; ')}`;
      const rolled = await this.rollback(d.id, ROLLOUT_ACTOR, reason);
      await this.deps.audit({
        actor: ROLLOUT_ACTOR,
        action: 'alert.deployment.rollback',
        resource: `deployment:${d.id}`,
        after: { route: d.route, candidate: d.candidate, reasons: verdict.reasons },
      });
      return { deployment: rolled, decision: 'rolled_back', detail: verdict.reasons };
    }
    if (verdict.kind === 'wait') return { deployment: d, decision: 'wait', detail: verdict.reason };
    if (now - d.stepStartedAt < d.config.bake_ms) {
      return { deployment: d, decision: 'wait', detail: `baking (${now - d.stepStartedAt} of ${d.config.bake_ms} ms)` };
    }
    const steps = d.config.steps as number[];
    if (d.step + 1 >= steps.length) return this.finishRollout(d, verdict.detail);
    const next = {
      state: 'active' as const,
      weight: steps[d.step + 1],
      step: d.step + 1,
      stepStartedAt: now,
      updatedAt: now,
    };
    // Guarded by the step: a second analysis of the same step (another node, an operator) changes nothing.
    const advanced = await this.deps.store.transition(
      d.id,
      next,
      { kind: 'advanced', detail: { weight: next.weight, step: next.step, analysis: verdict.detail } },
      d.step,
    );
    if (!advanced) {
      return { deployment: await this.require(id), decision: 'superseded', detail: 'another analysis moved it first' };
    }
    await this.deps.audit({
      actor: ROLLOUT_ACTOR,
      action: 'deployment.advance',
      resource: `deployment:${d.id}`,
      before: { weight: d.weight, step: d.step },
      after: { weight: next.weight, step: next.step },
    });
    await this.deps.changed();
    return { deployment: { ...d, ...next }, decision: 'advanced', detail: verdict.detail };
  }

  /**
   * The last step was healthy: promote through the gate. A refused gate stops the rollout — rolled back, with the
   * gate report in the audit trail and an alert event — instead of skipping the gate.
   */
  private async finishRollout(
    d: Deployment,
    detail: string,
  ): Promise<{ deployment: Deployment; decision: string; detail: unknown }> {
    try {
      const promoted = await this.promote(d.id, ROLLOUT_ACTOR, `rollout complete: ${detail}`);
      return { deployment: promoted, decision: 'promoted', detail };
    } catch (err) {
      if (!(err instanceof GateRefused)) throw err;
      const failed = err.report.criteria.filter((c) => !c.passed).map((c) => `${c.criterion} on ${c.dataset}`);
      await this.deps.store.event(d.id, this.deps.now(), 'gate_refused', err.report);
      const rolled = await this.rollback(d.id, ROLLOUT_ACTOR, `promotion gate refused: ${failed.join('; ')}`);
      await this.deps.audit({
        actor: ROLLOUT_ACTOR,
        action: 'alert.deployment.gate_refused',
        resource: `deployment:${d.id}`,
        after: { route: d.route, candidate: d.candidate, report: err.report },
        // The failed criteria stay readable in the chain (the report itself is in the deployment's history).
        details: {
          failed: err.report.criteria
            .filter((c) => !c.passed)
            .map((c) => ({ criterion: c.criterion, dataset: c.dataset, detail: c.detail })),
          runs: err.report.runs,
        },
      });
      return { deployment: rolled, decision: 'gate_refused', detail: err.report };
    }
  }

  /** Per-arm metrics over the whole deployment, shadow results summary, history. */
  async status(id: string): Promise<Record<string, unknown>> {
    const d = await this.require(id);
    const rows = await this.deps.store.requests(d.id);
    const shadows = await this.deps.store.shadows(d.id, 10_000);
    const meanOf = (key: 'primaryScores' | 'shadowScores') => {
      const acc: Record<string, { sum: number; n: number }> = {};
      for (const s of shadows)
        for (const [k, v] of Object.entries(s[key])) {
          acc[k] ??= { sum: 0, n: 0 };
          acc[k].sum += v;
          acc[k].n++;
        }
      return Object.fromEntries(Object.entries(acc).map(([k, v]) => [k, v.sum / v.n]));
    };
    return {
      deployment: d,
      arms: { baseline: armMetrics(rows, 'baseline'), candidate: armMetrics(rows, 'candidate') },
      shadow:
        d.strategy === 'shadow'
          ? {
              compared: shadows.length,
              primary_scores: meanOf('primaryScores'),
              shadow_scores: meanOf('shadowScores'),
              shadow_cost_usd: shadows.reduce((s, x) => s + (x.shadowCostUsd ?? 0), 0),
              shadow_errors: shadows.filter((x) => x.shadowStatus !== 200).length,
            }
          : undefined,
      history: await this.deps.store.events(d.id),
    };
  }
}

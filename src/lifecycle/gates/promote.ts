// Promotion through a gate: evaluations are run (or reused) for the candidate and the current version, every
// criterion of the policy is checked, and the alias moves only when all pass — or an admin overrides with a reason.
import { LintelError } from '../../errors/lintel-error.ts';
import type { AuditActor } from '../../server/governance.ts';
import type { EvalService } from '../evals/service.ts';
import type { EvalRun } from '../evals/store.ts';
import type { RegistryService } from '../registry/service.ts';
import type { AliasRow } from '../registry/types.ts';
import type { Audit } from '../util.ts';
import { type Criterion, type GateReport, policySchema, type Requirement } from './policy.ts';

/** 409 gate_refused carrying the report (the admin routes add it to the error body). */
export class GateRefused extends LintelError {
  constructor(readonly report: GateReport) {
    const failed = report.criteria.filter((c) => !c.passed);
    super(
      'gate_refused',
      `Promotion of ${report.model}/${report.version} to @${report.alias} refused: ${failed
        .map((c) => `${c.criterion} on ${c.dataset} (${c.detail})`)
        .join('; ')}`,
    );
  }
}

const fmt = (n: number | null) => (n === null || Number.isNaN(n) ? 'n/a' : Number(n.toFixed(4)).toString());

export class Gates {
  constructor(private readonly deps: { registry: RegistryService; evals: EvalService; audit: Audit }) {}

  private async finishedRun(model: string, version: number, req: Requirement, actor: AuditActor): Promise<EvalRun> {
    const started = await this.deps.evals.start(
      { model, version, dataset: req.dataset, scorers: req.scorers, reuse: true },
      actor,
    );
    const run = await this.deps.evals.wait(started.id);
    if (run.status !== 'completed') {
      throw new LintelError('conflict', `eval run ${run.id} for ${model}/${version} ended ${run.status}`, {
        param: 'version',
      });
    }
    return run;
  }

  /** Evaluates the gate for moving `alias` to `version` (no change is made). */
  async check(model: string, alias: string, version: number, actor: AuditActor): Promise<GateReport | null> {
    const m = await this.deps.registry.requireModel(model);
    if (!m.policy) return null;
    const policy = policySchema.parse(m.policy);
    if (policy.alias !== alias) return null;
    let current: number | null = null;
    try {
      current = await this.deps.registry.resolve(model, alias);
    } catch {
      current = null; // first promotion: nothing to be non-inferior to
    }
    const criteria: Criterion[] = [];
    const runs: string[] = [];
    for (const req of policy.requirements) {
      const run = await this.finishedRun(model, version, req, actor);
      runs.push(run.id);
      const s = run.summary;
      if (!s) throw new LintelError('internal_error', `eval run ${run.id} has no summary`);
      const add = (
        criterion: Criterion['criterion'],
        required: number,
        actual: number | null,
        ok: boolean,
        rel: string,
      ) =>
        criteria.push({
          dataset: req.dataset,
          criterion,
          required,
          actual,
          passed: ok,
          detail: `${fmt(actual)} ${rel} ${fmt(required)} required`,
        });
      if (req.min_ci_lower !== undefined) {
        const lo = s.score.ci95[0];
        add('min_ci_lower', req.min_ci_lower, lo, lo >= req.min_ci_lower, ok(lo >= req.min_ci_lower, '≥', '<'));
      }
      if (req.max_cost_per_item_usd !== undefined) {
        const c = s.cost_per_item_usd;
        add(
          'max_cost_per_item_usd',
          req.max_cost_per_item_usd,
          c,
          c <= req.max_cost_per_item_usd,
          ok(c <= req.max_cost_per_item_usd, '≤', '>'),
        );
      }
      if (req.max_p95_latency_ms !== undefined) {
        const p = s.latency_ms.p95;
        const pass = p !== null && p <= req.max_p95_latency_ms;
        add('max_p95_latency_ms', req.max_p95_latency_ms, p, pass, ok(pass, '≤', '>'));
      }
      if (req.max_error_rate !== undefined) {
        const e = s.items ? s.errors / s.items : 1;
        add('max_error_rate', req.max_error_rate, e, e <= req.max_error_rate, ok(e <= req.max_error_rate, '≤', '>'));
      }
      if (req.non_inferiority_margin !== undefined && current !== null && current !== version) {
        const base = await this.finishedRun(model, current, req, actor);
        runs.push(base.id);
        const cmp = await this.deps.evals.compare(base.id, run.id);
        const lo = cmp.difference.ci95[0];
        const pass = lo >= -req.non_inferiority_margin;
        criteria.push({
          dataset: req.dataset,
          criterion: 'non_inferiority_margin',
          required: -req.non_inferiority_margin,
          actual: lo,
          passed: pass,
          detail: `paired difference to v${current} has CI lower bound ${fmt(lo)} ${pass ? '≥' : '<'} ${fmt(-req.non_inferiority_margin)} (mean ${fmt(cmp.difference.mean)}, ${cmp.difference.wins}/${cmp.difference.ties}/${cmp.difference.losses} wins/ties/losses)`,
        });
      }
    }
    return { model, alias, version, current, passed: criteria.every((c) => c.passed), criteria, runs };
  }

  /** Moves the alias if the gate passes (or an admin overrides with a reason); throws GateRefused otherwise. */
  async promote(
    model: string,
    alias: string,
    target: { version?: number; follows?: string; override_reason?: string },
    actor: AuditActor,
    /** Added to the alias change's audit event (e.g. the deployment that promoted). */
    context: Record<string, unknown> = {},
  ): Promise<{ alias: AliasRow; gate: GateReport | null }> {
    const version =
      target.version ?? (target.follows ? await this.deps.registry.resolve(model, target.follows) : undefined);
    if (version !== undefined) await this.deps.registry.requireVersion(model, version);
    const report = version === undefined ? null : await this.check(model, alias, version, actor);
    if (report && !report.passed) {
      if (!target.override_reason) {
        await this.deps.audit({
          actor,
          action: 'model.promotion.refused',
          resource: `model:${model}@${alias}`,
          after: report,
        });
        throw new GateRefused(report);
      }
      if (actor.role !== 'admin') {
        throw new LintelError('permission_denied', 'Only an admin may override a failed gate.', {
          param: 'override_reason',
        });
      }
      await this.deps.audit({
        actor,
        action: 'model.promotion.override',
        resource: `model:${model}@${alias}`,
        after: { reason: target.override_reason, report },
      });
    }
    const extra = report
      ? {
          ...context,
          gate: report.passed ? 'passed' : 'overridden',
          runs: report.runs,
          ...(report.passed ? {} : { reason: target.override_reason }),
        }
      : context;
    const row = await this.deps.registry.setAlias(model, alias, target, actor, extra);
    return { alias: row, gate: report };
  }
}

function ok(pass: boolean, good: string, bad: string): string {
  return pass ? good : bad;
}

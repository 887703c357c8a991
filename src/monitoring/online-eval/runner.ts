// Online evaluation: after a response, a sampled share of a route's requests is queued on the job runner
// (never awaited on the request path); the job runs the route's scorers and stores each score like feedback
// (source "system"), so scores roll up per route, model and arm. Judge calls are budgeted per route and hour
// in the store (a conditional increment), so all nodes share the budget. A retried job rewrites the same
// (request, scorer) score rather than adding another.
import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { JobRunner } from '../../jobs/types.ts';
import type { Database } from '../../storage/database.ts';
import { createRng } from '../../util/prng.ts';
import type { Clock } from '../clock.ts';
import type { OnlineEvalSpec } from '../definitions.ts';
import type { FeedbackService } from '../feedback/service.ts';
import type { Dimensions } from '../signals/features.ts';
import { compileOnlineScorers, runScorer, type Scorer, type ScorerDeps } from './scorers.ts';

export const ONLINE_EVAL_QUEUE = 'monitoring.online-eval';
/** Requests made by the evaluator itself carry this tag and are never sampled. */
export const EVAL_TAG = 'lintel_online_eval';
const MAX_TEXT = 16_000;
const HOUR_MS = 3_600_000;

export interface OnlineEvalJob {
  evaluation: string;
  requestId: string;
  tenant: string | null;
  dims: Dimensions;
  prompt: string;
  answer: string;
}

export class OnlineEvaluator {
  private byRoute = new Map<string, OnlineEvalSpec[]>();
  /** Compiled scorers per evaluation, rebuilt when its spec changes. */
  private compiled = new Map<string, { spec: string; scorers: Scorer[] }>();
  private readonly rng = createRng(0xe7a1);

  constructor(
    private readonly database: Database,
    private readonly jobs: JobRunner,
    private readonly feedback: FeedbackService,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly deps: ScorerDeps,
  ) {}

  /** Replaces the evaluations in effect (called when definitions change). */
  configure(specs: OnlineEvalSpec[]): void {
    const m = new Map<string, OnlineEvalSpec[]>();
    for (const s of specs) m.set(s.route, [...(m.get(s.route) ?? []), s]);
    this.byRoute = m;
  }

  /** Hot path: one map lookup for routes without evaluation; a sampled request is queued, not awaited. */
  maybeSample(route: string, job: () => Omit<OnlineEvalJob, 'evaluation'> | null, tags: Record<string, string>): void {
    const specs = this.byRoute.get(route);
    if (specs === undefined || tags[EVAL_TAG] !== undefined) return;
    for (const s of specs) {
      if (this.rng() >= s.sampling_rate) continue;
      const data = job();
      if (!data) return;
      const payload: OnlineEvalJob = {
        ...data,
        evaluation: s.name,
        prompt: data.prompt.slice(0, MAX_TEXT),
        answer: data.answer.slice(0, MAX_TEXT),
      };
      this.jobs
        .enqueue(ONLINE_EVAL_QUEUE, payload, { singletonKey: `${s.name}:${data.requestId}` })
        .catch((err) => this.logger.warn({ err }, 'online evaluation could not be queued'));
    }
  }

  /** Takes one judge call from the route's hourly budget; false when spent. */
  async takeJudgeBudget(route: string, max: number): Promise<boolean> {
    const hour = this.clock.now() - (this.clock.now() % HOUR_MS);
    await sql`INSERT INTO monitor_judge_budget (hour, route, calls) VALUES (${hour}, ${route}, 0)
      ON CONFLICT (hour, route) DO NOTHING`.execute(this.database.db);
    const r = await sql`UPDATE monitor_judge_budget SET calls = calls + 1
      WHERE hour = ${hour} AND route = ${route} AND calls < ${max}`.execute(this.database.db);
    return Number(r.numAffectedRows ?? 0) > 0;
  }

  async run(job: OnlineEvalJob, specs: Map<string, OnlineEvalSpec>): Promise<Record<string, unknown>> {
    const spec = specs.get(job.evaluation);
    if (!spec) return { skipped: 'evaluation removed' };
    const results: Record<string, unknown> = {};
    const compiled = this.scorersOf(spec);
    for (const [i, scorer] of spec.scorers.entries()) {
      if (scorer.type === 'judge') {
        const existing = await this.feedbackExists(job.requestId, scorer.name);
        if (existing) {
          results[scorer.name] = { skipped: 'already scored' };
          continue;
        }
        if (!(await this.takeJudgeBudget(spec.route, spec.max_judge_calls_per_hour))) {
          results[scorer.name] = { skipped: 'judge budget for this hour spent' };
          continue;
        }
      }
      const out = await runScorer(compiled[i], { prompt: job.prompt, answer: job.answer }, this.deps);
      if (!out.ok) {
        results[scorer.name] = { error: out.error };
        continue;
      }
      await this.feedback.record(
        { tenant: job.tenant, dims: job.dims },
        {
          requestId: job.requestId,
          name: scorer.name,
          source: 'system',
          value: out.score,
          label: null,
          comment: out.reason.slice(0, 4000),
          correction: null,
        },
      );
      results[scorer.name] = { score: out.score, reason: out.reason };
    }
    return results;
  }

  private scorersOf(spec: OnlineEvalSpec): Scorer[] {
    const key = JSON.stringify(spec.scorers);
    const hit = this.compiled.get(spec.name);
    if (hit?.spec === key) return hit.scorers;
    const scorers = compileOnlineScorers(spec.scorers);
    this.compiled.set(spec.name, { spec: key, scorers });
    return scorers;
  }

  private async feedbackExists(requestId: string, name: string): Promise<boolean> {
    const r = await this.database.db
      .selectFrom('monitor_feedback')
      .select('request_id')
      .where('request_id', '=', requestId)
      .where('name', '=', name)
      .where('source', '=', 'system')
      .executeTakeFirst();
    return r !== undefined;
  }
}

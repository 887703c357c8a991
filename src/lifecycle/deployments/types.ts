// Deployment shapes: a strategy on one registry-backed route, between the alias's version (baseline) and a candidate.
import { z } from 'zod';

export const ANALYSIS_INTERVAL_MS = 2_000;

export const STRATEGIES = ['canary', 'ab', 'shadow', 'progressive'] as const;
export type Strategy = (typeof STRATEGIES)[number];
export type DeploymentState = 'active' | 'promoted' | 'rolled_back' | 'stopped';
export type Arm = 'baseline' | 'candidate';

export const analysisSchema = z.strictObject({
  /** Requests each arm needs in a step before it is judged; fewer = wait ("no values" never passes). */
  min_requests: z.number().int().min(1).default(50),
  /** Candidate error rate may exceed the baseline's by at most this (absolute, 0..1). */
  max_error_rate_increase: z.number().min(0).max(1).default(0.02),
  /** Candidate p95 latency at most this multiple of the baseline's. */
  max_p95_latency_ratio: z.number().positive().default(1.5),
  /** Candidate cost per request at most this multiple of the baseline's (ignored when either has no cost). */
  max_cost_ratio: z.number().positive().default(1.5),
  /**
   * Online quality: the mean of a feedback score (users' feedback or the monitoring area's online judge, stored as
   * feedback) over each arm's requests of the step. Fewer samples than min_samples = wait.
   */
  quality: z
    .strictObject({
      /** Feedback name (e.g. "helpful", or an online-eval scorer's name). */
      feedback: z.string().min(1),
      /** Only feedback of this source ("user", "system" for the online judge, …); any when absent. */
      source: z.string().min(1).optional(),
      /** Candidate mean may be at most this much below the baseline's. */
      max_drop: z.number().min(0).default(0.05),
      /** Scored requests each arm needs in a step before quality is judged. */
      min_samples: z.number().int().min(1).default(20),
      /** At 100% (no baseline arm): the candidate's mean must be at least this, when given. */
      min_mean: z.number().optional(),
    })
    .optional(),
});

export const createDeploymentSchema = z
  .strictObject({
    /** A route of lintel.yaml with `registry: NAME@ALIAS`. */
    route: z.string().min(1),
    candidate: z.number().int().positive(),
    strategy: z.enum(STRATEGIES),
    /** canary / ab: share of requests to the candidate (0..1). */
    weight: z.number().min(0).max(1).optional(),
    /** Which requests stay on one arm: same API key, same end user (`user` / x-lintel-end-user), or none. */
    sticky: z.enum(['none', 'key', 'end_user']).default('none'),
    /** shadow: share of live requests copied to the candidate after the client's answer. */
    sample_rate: z.number().min(0).max(1).default(1),
    /** shadow: scorers applied to both answers (reference-free: json_valid, regex, judge, …). */
    scorers: z.array(z.record(z.string(), z.unknown())).default([]),
    /** progressive: candidate weights in order; the last must be 1. */
    steps: z.array(z.number().gt(0).max(1)).min(1).optional(),
    /** progressive: minimum time at each step before it may advance. */
    bake_ms: z.number().int().min(0).default(60_000),
    /** progressive: how often the analysis runs (a job on the durable runner per tick). */
    analysis_interval_ms: z.number().int().min(50).default(ANALYSIS_INTERVAL_MS),
    analysis: analysisSchema.default(analysisSchema.parse({})),
  })
  .superRefine((d, ctx) => {
    if ((d.strategy === 'canary' || d.strategy === 'ab') && d.weight === undefined) {
      ctx.addIssue({ code: 'custom', path: ['weight'], message: `${d.strategy} needs a weight (0..1)` });
    }
    if (d.strategy === 'progressive') {
      const s = d.steps ?? [];
      if (s.length === 0 || s[s.length - 1] !== 1) {
        ctx.addIssue({ code: 'custom', path: ['steps'], message: 'progressive steps must end at 1 (100%)' });
      }
      for (let i = 1; i < s.length; i++) {
        if (s[i] <= s[i - 1]) ctx.addIssue({ code: 'custom', path: ['steps', i], message: 'steps must increase' });
      }
    }
  });

export type DeploymentInput = z.infer<typeof createDeploymentSchema>;

export interface Deployment {
  id: string;
  route: string;
  model: string;
  alias: string;
  baseline: number;
  candidate: number;
  strategy: Strategy;
  config: DeploymentInput;
  state: DeploymentState;
  /** Current share of requests served by the candidate (shadow: 0; it serves no client). */
  weight: number;
  /** progressive: index into steps. */
  step: number;
  stepStartedAt: number;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

// A promotion policy per registered model: which alias it protects and what a version must show on which datasets.
import { z } from 'zod';
import { ALIAS_RE } from '../registry/types.ts';

export const requirementSchema = z.strictObject({
  /** Dataset `name` (latest version) or `name@hashprefix`. */
  dataset: z.string().min(1),
  scorers: z.array(z.record(z.string(), z.unknown())).min(1),
  /** The lower bound of the 95% CI of the mean score must reach this. */
  min_ci_lower: z.number().min(0).max(1).optional(),
  /** Non-inferiority: the lower bound of the paired difference (candidate − current) must be ≥ −margin. */
  non_inferiority_margin: z.number().min(0).max(1).optional(),
  max_cost_per_item_usd: z.number().min(0).optional(),
  max_p95_latency_ms: z.number().positive().optional(),
  /** Share of items that failed (gateway error or scoring error). */
  max_error_rate: z.number().min(0).max(1).optional(),
});

export const policySchema = z.strictObject({
  /** The alias this policy guards (other aliases move freely). */
  alias: z.string().regex(ALIAS_RE).default('champion'),
  requirements: z.array(requirementSchema).min(1),
});

export type Requirement = z.infer<typeof requirementSchema>;
export type PromotionPolicy = z.infer<typeof policySchema>;

export interface Criterion {
  dataset: string;
  criterion: keyof Omit<Requirement, 'dataset' | 'scorers'>;
  required: number;
  actual: number | null;
  passed: boolean;
  detail: string;
}

export interface GateReport {
  model: string;
  alias: string;
  version: number;
  /** The version the alias pointed to before (the comparison baseline), if any. */
  current: number | null;
  passed: boolean;
  criteria: Criterion[];
  runs: string[];
}

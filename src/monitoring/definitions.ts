// What users define, validated at the edge: monitors (alert rules on a signal or a drift result), SLOs,
// receivers, silences, references and online evaluation. Stored as JSON in monitor_definitions.
import { z } from 'zod';
import { ALL_FEATURES } from './drift/detect.ts';
import { compileOnlineScorers } from './online-eval/scorers.ts';
import { isKnownMetric } from './signals/metrics.ts';

const name = z.string().regex(/^[A-Za-z0-9_.:-]{1,80}$/, 'letters, digits, _ . : - (1–80)');
const DIMENSIONS = ['route', 'model', 'arm', 'tenant'] as const;

export const filterSchema = z
  .object({ route: z.string(), model: z.string(), arm: z.string(), tenant: z.string() })
  .partial()
  .strict();

const referenceSchema = z.discriminatedUnion('type', [
  /** The window just before the current one, same length (a rolling comparison). */
  z
    .object({ type: z.literal('previous') })
    .strict(),
  /** The `minutes` before the current window (a trailing baseline). */
  z
    .object({ type: z.literal('trailing'), minutes: z.number().int().min(1).max(43_200) })
    .strict(),
  /** A fixed period (epoch ms). */
  z
    .object({ type: z.literal('period'), from: z.number().int(), to: z.number().int() })
    .strict(),
  /** A stored reference dataset (POST /admin/monitors/references). */
  z
    .object({ type: z.literal('dataset'), name })
    .strict(),
]);
export type Reference = z.infer<typeof referenceSchema>;

export const monitorSchema = z
  .object({
    name,
    description: z.string().max(500).optional(),
    kind: z.enum(['signal', 'drift']),
    /** Signal monitors: the metric (see signals/metrics.ts), a comparison and a threshold. */
    metric: z.string().refine(isKnownMetric, 'unknown metric').optional(),
    op: z.enum(['>', '>=', '<', '<=']).default('>'),
    threshold: z.number().optional(),
    /** Drift monitors: a feature, or "dataset" for the share of drifted features. */
    feature: z.enum(['dataset', ...ALL_FEATURES]).optional(),
    method: z.enum(['ks', 'wasserstein', 'psi', 'chi_square', 'jensen_shannon', 'domain_classifier']).optional(),
    drift_threshold: z.number().positive().optional(),
    reference: referenceSchema.default({ type: 'previous' }),
    window_minutes: z.number().int().min(1).max(1440).default(5),
    /** Fewer requests than this in the window is "no data": the alert keeps its state. */
    min_requests: z.number().int().min(1).default(20),
    for_minutes: z.number().int().min(0).max(1440).default(0),
    filter: filterSchema.default({}),
    group_by: z.array(z.enum(DIMENSIONS)).max(4).default([]),
    severity: z.enum(['page', 'ticket', 'info']).default('ticket'),
    receivers: z.array(name).default([]),
    labels: z.record(z.string(), z.string()).default({}),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.kind === 'signal' && (m.metric === undefined || m.threshold === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [m.metric === undefined ? 'metric' : 'threshold'],
        message: 'required for signal monitors',
      });
    }
    if (m.kind === 'drift' && m.feature === undefined) {
      ctx.addIssue({ code: 'custom', path: ['feature'], message: 'required for drift monitors' });
    }
  });
export type MonitorSpec = z.infer<typeof monitorSchema>;

export const sloSchema = z
  .object({
    name,
    description: z.string().max(500).optional(),
    /** availability: non-5xx answers; latency: answered within latency_threshold_ms; quality: scores ≥ score_min. */
    sli: z.enum(['availability', 'latency', 'quality']),
    objective: z.number().gt(0).lt(1),
    period_days: z.number().int().min(1).max(90).default(30),
    latency_threshold_ms: z.number().positive().optional(),
    score_name: z.string().optional(),
    /** Good score at or above this (tenths: 0.1 … 1). */
    score_min: z.number().min(0.1).max(1).multipleOf(0.1).optional(),
    filter: filterSchema.default({}),
    receivers: z.array(name).default([]),
    labels: z.record(z.string(), z.string()).default({}),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.sli === 'latency' && s.latency_threshold_ms === undefined) {
      ctx.addIssue({ code: 'custom', path: ['latency_threshold_ms'], message: 'required for latency SLOs' });
    }
    if (s.sli === 'quality' && (s.score_name === undefined || s.score_min === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [s.score_name === undefined ? 'score_name' : 'score_min'],
        message: 'required for quality SLOs',
      });
    }
  });
export type SloSpec = z.infer<typeof sloSchema>;

export const receiverSchema = z
  .object({
    name,
    type: z.enum(['webhook', 'slack', 'pagerduty']),
    url: z.url().optional(),
    /** Generic webhooks: HMAC-SHA256 key for the x-lintel-signature header. */
    secret: z.string().min(16).optional(),
    /** PagerDuty: the integration's routing key. */
    routing_key: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.type !== 'pagerduty' && r.url === undefined)
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'required' });
    if (r.type === 'pagerduty' && r.routing_key === undefined) {
      ctx.addIssue({ code: 'custom', path: ['routing_key'], message: 'required for pagerduty' });
    }
  });
export type ReceiverSpec = z.infer<typeof receiverSchema>;

export const silenceSchema = z
  .object({
    name,
    /** Every label must match (e.g. { rule: "latency", arm: "sim/b" }). */
    matchers: z.record(z.string(), z.string()).refine((m) => Object.keys(m).length > 0, 'at least one matcher'),
    starts_at: z.number().int().optional(),
    ends_at: z.number().int(),
    comment: z.string().max(500).default(''),
  })
  .strict();
export type SilenceSpec = z.infer<typeof silenceSchema>;

export const onlineEvalSchema = z
  .object({
    name,
    route: z.string().min(1),
    sampling_rate: z.number().min(0).max(1),
    scorers: z
      .array(
        z.discriminatedUnion('type', [
          z.object({ type: z.literal('json_valid'), name: name.default('json_valid') }).strict(),
          z
            .object({
              type: z.literal('json_schema'),
              name: name.default('json_schema'),
              /** A JSON Schema the answer (JSON, optionally in a ```json fence) must satisfy. */
              schema: z.record(z.string(), z.unknown()),
            })
            .strict(),
          z
            .object({
              type: z.literal('rule'),
              name,
              contains: z.array(z.string()).optional(),
              not_contains: z.array(z.string()).optional(),
              regex: z.string().optional(),
              min_chars: z.number().int().min(0).optional(),
              max_chars: z.number().int().min(0).optional(),
            })
            .strict(),
          z
            .object({
              type: z.literal('judge'),
              name,
              /** The route the judge model is called through (its own keys, limits and cost apply). */
              judge_route: z.string().min(1),
              criteria: z.string().min(1).max(2000),
            })
            .strict(),
          z
            .object({
              type: z.literal('similarity'),
              name,
              /** Reference answers; the score is the best cosine similarity to one of them. */
              references: z.array(z.string().min(1)).min(1).max(200),
              /** Embed through this route (/v1/embeddings); without it, hashed word n-gram vectors. */
              embedding_route: z.string().min(1).optional(),
            })
            .strict(),
        ]),
      )
      .min(1),
    max_judge_calls_per_hour: z.number().int().min(0).default(100),
  })
  .strict()
  .superRefine((s, ctx) => {
    // Compiled by the evaluation scorers now, so a bad pattern or schema is a 400 at definition time.
    try {
      compileOnlineScorers(s.scorers);
    } catch (err) {
      const path: (string | number)[] = ((err as { param?: string | null }).param ?? 'scorers')
        .split('.')
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      // Back to the online spec's field names.
      const type = s.scorers[path[1] as number]?.type;
      const renamed: Record<string, string> =
        type === 'judge' ? { route: 'judge_route', rubric: 'criteria' } : { route: 'embedding_route' };
      if (typeof path[2] === 'string') path[2] = renamed[path[2]] ?? path[2];
      ctx.addIssue({
        code: 'custom',
        path,
        message: (err as Error).message,
      });
    }
  });
export type OnlineEvalSpec = z.infer<typeof onlineEvalSchema>;

export const DEFINITION_KINDS = {
  monitor: monitorSchema,
  slo: sloSchema,
  receiver: receiverSchema,
  silence: silenceSchema,
  online_eval: onlineEvalSchema,
} as const;
export type DefinitionKind = keyof typeof DEFINITION_KINDS;

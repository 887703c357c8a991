// Detector kinds by name, with their options schema (snake_case, as written in lintel.yaml).
// Everything is validated and built once, when guard sets are compiled.

import { z } from 'zod';
import type { Detector } from '../types.ts';
import { createInjectionDetector } from './injection/index.ts';
import { createOnnxClassifierDetector } from './classifier/onnx-classifier.ts';
import { createJudgeDetector, type JudgeChat } from './judge/judge.ts';
import { createJsonSchemaDetector } from './output/json-schema.ts';
import { createMaxTokensDetector } from './output/max-tokens.ts';
import { createPromptLeakDetector } from './output/prompt-leak.ts';
import { createPiiDetector, PII_ENTITIES } from './pii/index.ts';
import { createSecretsDetector } from './secrets/index.ts';
import { HARM_CATEGORIES } from './topics/harmful.ts';
import { createHarmfulDetector } from './topics/index.ts';
import { createDenyListDetector } from './topics/lists.ts';
import { createWebhookDetector } from './webhook/webhook.ts';

const termList = z.object({ terms: z.array(z.string()).optional(), regexes: z.array(z.string()).optional() }).strict();

/** What some detectors need from the node they run in (the judge calls a gateway route). */
export interface DetectorServices {
  chat?: JudgeChat;
}

interface Kind<S extends z.ZodType> {
  options: S;
  create(opts: z.infer<S>, threshold: number | undefined, id: string, services: DetectorServices): Detector;
}

const kind = <S extends z.ZodType>(k: Kind<S>): Kind<S> => k;

export const DETECTOR_KINDS = {
  pii: kind({
    options: z.object({ entities: z.array(z.enum(PII_ENTITIES)).optional(), decoded: z.boolean().optional() }).strict(),
    create: (o, threshold, id) => createPiiDetector({ ...o, threshold }, id),
  }),
  secrets: kind({
    options: z
      .object({
        entropy: z.boolean().optional(),
        min_entropy: z.number().positive().optional(),
        decoded: z.boolean().optional(),
      })
      .strict(),
    create: (o, threshold, id) =>
      createSecretsDetector({ entropy: o.entropy, minEntropy: o.min_entropy, decoded: o.decoded, threshold }, id),
  }),
  injection: kind({
    options: z
      .object({
        rules: z.boolean().optional(),
        classifier: z.boolean().optional(),
        decoded: z.boolean().optional(),
        model: z.string().optional(),
      })
      .strict(),
    create: (o, threshold, id) => createInjectionDetector({ ...o, threshold }, id),
  }),
  harmful: kind({
    options: z
      .object({
        categories: z.array(z.enum(HARM_CATEGORIES)).optional(),
        decoded: z.boolean().optional(),
        rules: z.boolean().optional(),
        classifier: z.boolean().optional(),
        model: z.string().optional(),
        classifier_threshold: z.number().min(0).max(1).optional(),
        // Measured readings that are off by default (docs/guardrails-log.md): request clauses read alone, WordNet kin.
        goal_clauses: z.boolean().optional(),
        kin: z.boolean().optional(),
      })
      .strict(),
    create: ({ classifier_threshold, goal_clauses, ...o }, threshold, id) =>
      createHarmfulDetector(
        { ...o, classifierThreshold: classifier_threshold, goalClauses: goal_clauses, threshold },
        id,
      ),
  }),
  denylist: kind({
    options: termList
      .extend({
        allow: termList.optional(),
        case_sensitive: z.boolean().optional(),
        whole_word: z.boolean().optional(),
        type: z.string().optional(),
        decoded: z.boolean().optional(),
      })
      .strict()
      .refine((o) => (o.terms?.length ?? 0) + (o.regexes?.length ?? 0) > 0, 'a denylist needs terms or regexes'),
    create: (o, _t, id) =>
      createDenyListDetector(
        {
          terms: o.terms,
          regexes: o.regexes,
          allow: o.allow,
          caseSensitive: o.case_sensitive,
          wholeWord: o.whole_word,
          type: o.type,
          decoded: o.decoded,
        },
        id,
      ),
  }),
  json_schema: kind({
    options: z
      .object({ schema: z.record(z.string(), z.unknown()).optional(), allow_fences: z.boolean().optional() })
      .strict(),
    create: (o, _t, id) => createJsonSchemaDetector({ schema: o.schema, allowFences: o.allow_fences }, id),
  }),
  prompt_leak: kind({
    options: z.object({ min_words: z.number().int().min(3).optional() }).strict(),
    create: (o, _t, id) => createPromptLeakDetector({ minWords: o.min_words }, id),
  }),
  max_tokens: kind({
    options: z.object({ max: z.number().int().positive(), mode: z.enum(['estimate', 'exact']).optional() }).strict(),
    create: (o, _t, id) => createMaxTokensDetector(o, id),
  }),
  webhook: kind({
    options: z
      .object({
        url: z.string().url(),
        timeout_ms: z.number().int().positive().optional(),
        headers: z.record(z.string(), z.string()).optional(),
      })
      .strict(),
    create: (o, _t, id) => createWebhookDetector({ url: o.url, timeoutMs: o.timeout_ms, headers: o.headers }, id),
  }),
  llm_judge: kind({
    options: z
      .object({
        route: z.string().min(1),
        format: z.enum(['llama_guard_3', 'shieldgemma', 'json']).default('json'),
        policy: z.string().optional(),
        categories: z.array(z.string()).optional(),
        timeout_ms: z.number().int().positive().max(60_000).optional(),
        cache_size: z.number().int().min(0).optional(),
        verdict: z.enum(['block', 'flag']).optional(),
        stream: z.enum(['window', 'final']).optional(),
      })
      .strict(),
    create: (o, _t, id, services) =>
      createJudgeDetector(
        {
          route: o.route,
          format: o.format,
          policy: o.policy,
          categories: o.categories,
          timeoutMs: o.timeout_ms,
          cacheSize: o.cache_size,
          verdict: o.verdict,
          stream: o.stream,
        },
        services.chat,
        id,
      ),
  }),
  onnx_classifier: kind({
    options: z
      .object({
        model_dir: z.string().min(1),
        model_file: z.string().min(1).optional(),
        positive_labels: z.array(z.string().min(1)).min(1).optional(),
        threshold: z.number().min(0).max(1).default(0.5),
        flag_threshold: z.number().min(0).max(1).optional(),
        max_length: z.number().int().min(8).max(8192).default(512),
        stride: z.number().int().min(0).default(64),
        max_windows: z.number().int().min(1).max(1024).default(64),
        timeout_ms: z.number().int().positive().max(60_000).default(1000),
        threads: z.number().int().min(1).max(16).default(1),
        intra_op_threads: z.number().int().min(1).max(16).default(1),
        max_batch: z.number().int().min(1).max(256).default(16),
        stream: z.enum(['window', 'final']).default('window'),
      })
      .strict()
      .refine((o) => o.flag_threshold === undefined || o.flag_threshold <= o.threshold, {
        message: 'flag_threshold must not exceed threshold',
        path: ['flag_threshold'],
      })
      .refine((o) => o.stride < o.max_length / 2, {
        message: 'stride must be under half of max_length',
        path: ['stride'],
      }),
    create: (o, _t, id) =>
      createOnnxClassifierDetector(
        {
          modelDir: o.model_dir,
          modelFile: o.model_file,
          positiveLabels: o.positive_labels,
          threshold: o.threshold,
          flagThreshold: o.flag_threshold,
          maxLength: o.max_length,
          stride: o.stride,
          maxWindows: o.max_windows,
          timeoutMs: o.timeout_ms,
          threads: o.threads,
          intraOpThreads: o.intra_op_threads,
          maxBatch: o.max_batch,
          stream: o.stream,
        },
        id,
      ),
  }),
} as const;

export type DetectorName = keyof typeof DETECTOR_KINDS;
export const DETECTOR_NAMES = Object.keys(DETECTOR_KINDS) as DetectorName[];

/** Validates options and builds the detector; throws a readable error naming the problem. */
export function createDetector(
  name: DetectorName,
  options: unknown,
  threshold?: number,
  services: DetectorServices = {},
): Detector {
  const k = DETECTOR_KINDS[name] as Kind<z.ZodType>;
  const parsed = k.options.safeParse(options ?? {});
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; ');
    throw new Error(`invalid options for detector "${name}": ${msg}`);
  }
  return k.create(parsed.data, threshold, name, services);
}

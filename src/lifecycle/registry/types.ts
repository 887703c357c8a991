// Registry shapes at the API boundary: what a version is (immutable), its card (documentation about it), aliases.
import { z } from 'zod';

export const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
/** Aliases start with a letter so they never read as version numbers. */
export const ALIAS_RE = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

export const upstreamSpecSchema = z.strictObject({
  kind: z.literal('upstream').default('upstream'),
  /** A provider defined in lintel.yaml. */
  provider: z.string().min(1),
  /** The upstream model id sent to that provider. */
  model: z.string().min(1),
  /** Request parameters applied when the caller does not set them (temperature, max_tokens, …). */
  params: z.record(z.string(), z.unknown()).default({}),
  /** Prepended as the system message when the request has none. */
  system_prompt: z.string().optional(),
  /** User message template for datasets of prompt variables: `Summarise: {{text}}`. */
  template: z.string().optional(),
});

export const onnxSpecSchema = z.strictObject({
  kind: z.literal('onnx'),
  /** The ONNX model bytes, base64 (stored with the version; small models only). */
  onnx_base64: z.string().min(1),
  /** Micro-batching: requests arriving within this window run as one batch. */
  max_batch_delay_ms: z.number().int().min(0).max(1000).default(5),
  max_batch_size: z.number().int().min(1).max(1024).default(32),
});

export const versionSpecSchema = z.union([onnxSpecSchema, upstreamSpecSchema]);
export type UpstreamSpec = z.infer<typeof upstreamSpecSchema>;
export type OnnxSpec = z.infer<typeof onnxSpecSchema>;
export type VersionSpec = z.infer<typeof versionSpecSchema>;

export const cardSchema = z.strictObject({
  intended_use: z.string().default(''),
  out_of_scope: z.string().default(''),
  limitations: z.string().default(''),
  /** Training / evaluation data references (dataset names, URLs). */
  data_refs: z.array(z.string()).default([]),
  owner: z.string().default(''),
  risk_level: z.enum(['low', 'medium', 'high']).default('medium'),
  notes: z.string().default(''),
});
export type ModelCard = z.infer<typeof cardSchema>;

const tagsSchema = z.record(z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/), z.string().max(256));

export const createModelSchema = z.strictObject({
  name: z.string().regex(NAME_RE, 'use letters, digits, _ . - (at most 64)'),
  description: z.string().max(2000).default(''),
  owner: z.string().max(200).optional(),
});

export const createVersionSchema = z.strictObject({
  spec: versionSpecSchema,
  card: cardSchema.default(cardSchema.parse({})),
  tags: tagsSchema.default({}),
});

export const setAliasSchema = z
  .strictObject({
    /** The version the alias points to… */
    version: z.number().int().positive().optional(),
    /** …or another alias it follows (cycles are refused). */
    follows: z.string().regex(ALIAS_RE).optional(),
    /** Admin only: move despite a failed gate; audited with the reason. */
    override_reason: z.string().min(3).max(500).optional(),
  })
  .refine((v) => (v.version === undefined) !== (v.follows === undefined), {
    message: 'give exactly one of version or follows',
    path: ['version'],
  });

export const tagsBodySchema = z.strictObject({ tags: tagsSchema });

export interface ModelRow {
  name: string;
  description: string;
  owner: string | null;
  policy: unknown;
  createdBy: string;
  createdAt: number;
}

export interface VersionRow {
  model: string;
  version: number;
  spec: VersionSpec;
  specHash: string;
  card: ModelCard;
  tags: Record<string, string>;
  createdBy: string;
  createdAt: number;
}

export interface AliasRow {
  model: string;
  alias: string;
  version: number | null;
  follows: string | null;
  updatedBy: string;
  updatedAt: number;
}

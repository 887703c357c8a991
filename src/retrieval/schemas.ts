// Request bodies of the retrieval API (zod; also the OpenAPI document's schemas).
import { z } from 'zod';

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** Hybrid fusion: RRF (optionally with a weight on the dense list) or min-max weighted scores. */
export const fusionSpec = z.discriminatedUnion('method', [
  z
    .object({
      method: z.literal('rrf'),
      k: z.number().positive().optional(),
      dense_weight: z.number().min(0).optional(),
    })
    .strict(),
  z.object({ method: z.literal('weighted'), lexical: z.number().min(0), dense: z.number().min(0) }).strict(),
]);

/** Limits of a search body, shared with the route's zod-free check of the plain body (retrieve-call.ts). */
export const MAX_QUERY_CHARS = 10_000;
export const MAX_K = 1000;
export const SEARCH_MODES = ['lexical', 'dense', 'hybrid'] as const;

export const retrieveBody = z
  .object({
    collection: z.string().min(1),
    query: z.string().min(1).max(MAX_QUERY_CHARS),
    k: z.number().int().min(1).max(MAX_K).optional(),
    mode: z.enum(SEARCH_MODES).optional(),
    fusion: fusionSpec.optional(),
    filter: z.record(z.string(), z.union([scalar, z.array(scalar)])).optional(),
    explain: z.boolean().optional(),
    /** Global callers name the tenant; tenant-bound keys always search their own. */
    tenant: z.string().min(1).optional(),
  })
  .strict();

export const feedbackBody = z
  .object({
    collection: z.string().min(1),
    query: z.string().min(1).max(10_000),
    chunk: z.string().min(1).optional(),
    doc_key: z.string().min(1).optional(),
    relevance: z.number().min(0).max(10),
    source: z.enum(['feedback', 'click']).optional(),
    tenant: z.string().min(1).optional(),
  })
  .strict()
  .refine((b) => b.chunk || b.doc_key, { message: 'chunk or doc_key is required', path: ['chunk'] });

export const sourceSpec = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('files'), path: z.string().min(1) }).strict(),
  z.object({ kind: z.literal('url'), url: z.string().min(1) }).strict(),
  z
    .object({
      kind: z.literal('postgres'),
      url: z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// URL'),
      query: z.string().min(1),
      idColumn: z.string().optional(),
      titleColumn: z.string().optional(),
      textColumn: z.string().optional(),
    })
    .strict(),
]);

export const createCollectionBody = z
  .object({
    name: z.string().min(1),
    tenant: z.string().min(1).optional(),
    settings: z
      .object({
        bm25: z
          .object({ k1: z.number().min(0).max(10), b: z.number().min(0).max(1) })
          .strict()
          .optional(),
        chunking: z
          .object({ maxTokens: z.number().int().min(16).max(8192), overlapTokens: z.number().int().min(0) })
          .strict()
          .optional(),
        redactPii: z.boolean().optional(),
        embeddingModel: z.string().min(1).nullable().optional(),
        embedBatch: z.number().int().min(1).max(2048).optional(),
        embedDimensions: z.number().int().min(1).max(8192).nullable().optional(),
        nearDuplicateBits: z.number().int().min(0).max(16).optional(),
        erm: z.record(z.string(), z.number()).optional(),
        /** Default fusion of hybrid queries (e.g. what `lintel retrieval tune-fusion` recommends). */
        fusion: fusionSpec.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const ingestBody = z
  .object({ sources: z.array(sourceSpec).min(1), tenant: z.string().min(1).optional() })
  .strict();

export const rollbackBody = z
  .object({ version: z.number().int().min(0), tenant: z.string().min(1).optional() })
  .strict();

export const explainBody = z
  .object({ query: z.string().min(1), chunk: z.string().min(1), tenant: z.string().min(1).optional() })
  .strict();

export const evalBody = z
  .object({
    judgments: z
      .array(
        z
          .object({
            query: z.string().min(1).max(10_000),
            relevant: z.union([
              z.array(z.string().min(1)).min(1),
              z.record(z.string().min(1), z.number().min(0).max(10)),
            ]),
          })
          .strict(),
      )
      .min(1)
      .max(1000),
    mode: z.enum(['lexical', 'dense', 'hybrid']).optional(),
    /** Hybrid fusion for this evaluation (default: the collection's setting), as on /v1/retrieve. */
    fusion: fusionSpec.optional(),
    tenant: z.string().min(1).optional(),
  })
  .strict();

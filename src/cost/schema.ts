// Price entry shapes: the config override schema (exported for the lead's config) and the shipped data schema.

import { z } from 'zod';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** 'YYYY-MM-DD' that is a real calendar date (Date.parse alone accepts 2025-02-30). */
const isoDate = z
  .string()
  .regex(DATE_RE, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const ms = Date.parse(`${s}T00:00:00Z`);
    return Number.isFinite(ms) && new Date(ms).toISOString().startsWith(s);
  }, 'not a calendar date');

const usdPerMTok = z.number().finite().nonnegative();

/** One price in USD per million tokens, in force from `effectiveFrom` (UTC midnight) until the next entry. */
export const priceOverrideSchema = z.strictObject({
  model: z.string().min(1),
  /** Restricts the price to one configured provider (e.g. an Azure deployment); omit for any provider. */
  provider: z.string().min(1).optional(),
  effectiveFrom: isoDate,
  inputPerMTok: usdPerMTok,
  outputPerMTok: usdPerMTok,
  cachedInputPerMTok: usdPerMTok.optional(),
  cacheWritePerMTok: usdPerMTok.optional(),
  source: z.string().optional(),
  note: z.string().optional(),
});

/** `cost.prices` in config: entries for a model replace that model's shipped price history entirely. */
export const priceOverridesSchema = z.array(priceOverrideSchema);

export type PriceOverride = z.infer<typeof priceOverrideSchema>;

/** Shipped defaults carry where each figure came from. */
export const defaultPriceSchema = priceOverrideSchema.omit({ provider: true }).extend({
  vendor: z.enum(['openai', 'anthropic']),
  aliases: z.array(z.string().min(1)).optional(),
  source: z.url(),
  retrieved: isoDate,
  verifiedVia: z.array(z.url()).optional(),
});

export const defaultPriceFileSchema = z.object({
  $comment: z.string().optional(),
  prices: z.array(defaultPriceSchema),
});

export type DefaultPrice = z.infer<typeof defaultPriceSchema>;

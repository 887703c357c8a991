// The `retrieval:` section of lintel.yaml: URL source limits (private addresses refused unless allowed).
import { z } from 'zod';
import type { UrlPolicy } from './ingest/url-guard.ts';

export const retrievalConfigSchema = z
  .object({
    allow_private_urls: z.boolean().default(false),
    url_max_bytes: z
      .number()
      .int()
      .min(1)
      .default(10 * 1024 * 1024),
    url_timeout_ms: z.number().int().min(100).default(15_000),
    url_max_redirects: z.number().int().min(0).max(20).default(5),
  })
  .strict();

export type RetrievalConfig = z.infer<typeof retrievalConfigSchema>;

export function urlPolicyOf(c: RetrievalConfig | undefined): UrlPolicy {
  const d = retrievalConfigSchema.parse(c ?? {});
  return {
    allowPrivate: d.allow_private_urls,
    maxBytes: d.url_max_bytes,
    timeoutMs: d.url_timeout_ms,
    maxRedirects: d.url_max_redirects,
  };
}

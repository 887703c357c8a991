// The exact-match cache key: the caller's cache space, the API surface, the variant (guard sets in effect) and the
// request as the caller sent it (before input guards) in canonical JSON (RFC 8785), minus the fields that never
// change the answer. Keying on the request as sent matters: two prompts that redact to the same text must not share
// an answer into which reversible redaction restored the first caller's values.
import { createHash } from 'node:crypto';
import { CanonicalJsonError, canonicalize } from '../../governance/canonical-json.ts';
import type { Principal } from '../../gateway/context.ts';
import type { Json } from '../../spec/translate.ts';

/** Fields that label or attribute a request without changing what the model returns. */
const IGNORED = new Set(['user', 'metadata']);

/**
 * Entries are shared within a tenant only. The master key has a space of its own, and each key without a tenant
 * (a global key) has its own: neither shares answers with tenants or with each other.
 */
export function cacheSpace(p: Pick<Principal, 'tenant' | 'keyId'>): string {
  if (p.tenant !== null) return `t:${p.tenant}`;
  return p.keyId === null ? 'master' : `k:${p.keyId}`;
}

/**
 * null when the request holds text canonical JSON cannot carry (an unpaired surrogate such as `\ud800`, valid in
 * JSON): such a request is not cached, rather than keyed lossily or refused.
 */
export function cacheKey(space: string, endpoint: string, dialect: string, variant: string, body: Json): string | null {
  const kept: Json = {};
  for (const [k, v] of Object.entries(body)) if (!IGNORED.has(k)) kept[k] = v;
  let text: string;
  try {
    text = canonicalize(kept);
  } catch (err) {
    if (err instanceof CanonicalJsonError) return null;
    throw err;
  }
  return createHash('sha256')
    .update(space)
    .update('\u0000')
    .update(`${endpoint}/${dialect}`)
    .update('\u0000')
    .update(variant)
    .update('\u0000')
    .update(text)
    .digest('base64url');
}

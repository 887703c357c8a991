// The exact-match cache key: the tenant, the API surface and the request in canonical JSON (RFC 8785), minus the
// fields that never change the answer. Different tenants never share an entry; the master key has its own space.
import { createHash } from 'node:crypto';
import { canonicalize } from '../../governance/canonical-json.ts';
import type { Json } from '../../spec/translate.ts';

/** Fields that label or attribute a request without changing what the model returns. */
const IGNORED = new Set(['user', 'metadata']);

export function cacheKey(tenant: string | null, endpoint: string, dialect: string, body: Json): string {
  const kept: Json = {};
  for (const [k, v] of Object.entries(body)) if (!IGNORED.has(k)) kept[k] = v;
  return createHash('sha256')
    .update(tenant === null ? '\u0000global' : `t:${tenant}`)
    .update('\u0000')
    .update(`${endpoint}/${dialect}`)
    .update('\u0000')
    .update(canonicalize(kept))
    .digest('base64url');
}

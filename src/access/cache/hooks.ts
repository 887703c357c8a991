// The gateway's cache hooks. Lookup runs after admission (a cached answer still counts as a request) and marks
// the response `x-lintel-cache: miss | bypass` (the gateway itself marks hits). `Cache-Control: no-cache` skips the
// lookup but stores the fresh answer; `no-store` does neither. The gateway passes the request as the caller sent it
// (before input guards); `variant(ctx)` names what else changes the answer (the guard sets in effect), so a
// caller with other guards — e.g. PII redaction — never receives an answer stored for another caller's guards.
import type { RequestContext } from '../../gateway/context.ts';
import type { CachedResponse } from '../../gateway/hooks.ts';
import type { Json } from '../../spec/translate.ts';
import { accessState } from '../request-state.ts';
import { cacheKey, cacheSpace } from './cache-key.ts';
import { type ResponseCache, responseBytes } from './types.ts';

export interface CacheCounters {
  hits: number;
  misses: number;
  bypasses: number;
  stores: number;
}

function mark(ctx: RequestContext, value: 'miss' | 'bypass'): void {
  ctx.responseHeaders ??= {};
  ctx.responseHeaders['x-lintel-cache'] = value;
}

/** The part of the cache key that depends on who asks (their guard sets); '' when nothing varies. */
export type CacheVariant = (ctx: RequestContext) => string;

export function cacheHooks(cache: ResponseCache, maxEntryBytes: number, variant: CacheVariant = () => '') {
  const counters: CacheCounters = { hits: 0, misses: 0, bypasses: 0, stores: 0 };
  const keyOf = (ctx: RequestContext, body: Json) =>
    cacheKey(cacheSpace(ctx.principal), ctx.endpoint, ctx.dialect, variant(ctx), body);
  return {
    counters,
    async cacheLookup(ctx: RequestContext, body: Json): Promise<CachedResponse | null> {
      const state = accessState(ctx);
      const key = state?.cache === 'use' ? keyOf(ctx, body) : null;
      if (!state || key === null) {
        counters.bypasses++;
        mark(ctx, 'bypass');
        return null;
      }
      state.cacheKey = key;
      const hit = await cache.get(key);
      if (hit) counters.hits++;
      else {
        counters.misses++;
        mark(ctx, 'miss');
      }
      return hit;
    },
    cacheStore(ctx: RequestContext, body: Json, response: CachedResponse): void {
      const state = accessState(ctx);
      if (!state || state.cache === 'no-store') return;
      const bytes = responseBytes(response);
      if (bytes > maxEntryBytes * 2) return;
      const key = state.cacheKey ?? keyOf(ctx, body);
      if (key === null) return;
      counters.stores++;
      void cache.set(key, response, bytes);
    },
  };
}

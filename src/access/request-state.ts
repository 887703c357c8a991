// Per-request access state kept on the RequestContext (a slot the context reserves for it; a WeakMap beside it
// cost every request an ephemeron insert and the GC ephemeron work): the authenticated key and the caller's
// cache directive, both read from headers at authentication.
import type { IncomingHttpHeaders } from 'node:http';
import type { RequestContext } from '../gateway/context.ts';
import type { KeyRecord } from './types.ts';

/** `use`: normal; `bypass`: Cache-Control no-cache (answer fresh, store it); `no-store`: neither read nor write. */
export type CacheDirective = 'use' | 'bypass' | 'no-store';

export interface AccessState {
  key: KeyRecord | null;
  cache: CacheDirective;
  /** The cache key computed at lookup, reused at store. */
  cacheKey?: string;
  /** An in-process sub-call of an admitted request (src/access/subcall.ts): no rpm or concurrency of its own. */
  subcall?: boolean;
}

export function setAccessState(ctx: RequestContext, state: AccessState): void {
  ctx.accessState = state;
}

export function accessState(ctx: RequestContext): AccessState | undefined {
  return ctx.accessState;
}

export function cacheDirective(headers: IncomingHttpHeaders): CacheDirective {
  const cc = headers['cache-control'];
  const pragma = headers.pragma;
  const text = `${typeof cc === 'string' ? cc : ''},${typeof pragma === 'string' ? pragma : ''}`.toLowerCase();
  if (text === ',') return 'use';
  if (text.includes('no-store')) return 'no-store';
  if (text.includes('no-cache') || text.includes('max-age=0')) return 'bypass';
  return 'use';
}

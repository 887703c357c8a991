import type { CachedResponse } from '../../gateway/hooks.ts';

export interface ResponseCache {
  get(key: string): Promise<CachedResponse | null>;
  set(key: string, value: CachedResponse, bytes: number): Promise<void>;
  stats(): { entries: number | null; bytes: number | null };
}

/** Approximate bytes an entry holds (its text, UTF-16 in memory). */
export function responseBytes(r: CachedResponse): number {
  if (r.kind === 'json') return r.body.length * 2;
  let n = 0;
  for (const f of r.frames) n += f.length * 2;
  return n;
}

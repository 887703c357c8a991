// In-process response cache: an LRU bounded by bytes, entries expiring after the TTL.
import { LRUCache } from 'lru-cache';
import type { CachedResponse } from '../../gateway/hooks.ts';
import type { ResponseCache } from './types.ts';

export class MemoryResponseCache implements ResponseCache {
  private readonly lru: LRUCache<string, CachedResponse>;

  constructor(maxBytes: number, ttlMs: number) {
    this.lru = new LRUCache<string, CachedResponse>({ maxSize: maxBytes, ttl: ttlMs, ttlAutopurge: false });
  }

  async get(key: string): Promise<CachedResponse | null> {
    return this.lru.get(key) ?? null;
  }

  async set(key: string, value: CachedResponse, bytes: number): Promise<void> {
    this.lru.set(key, value, { size: Math.max(1, bytes) });
  }

  stats() {
    return { entries: this.lru.size, bytes: this.lru.calculatedSize };
  }
}

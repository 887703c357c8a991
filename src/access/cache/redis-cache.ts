// Shared response cache in Redis (scale-out): one string per entry with a TTL; Redis's maxmemory policy bounds it.
// A failing Redis is a miss, never an error for the client. One key per entry, so on Redis Cluster entries spread
// over every slot (no hash tag).
import type { RedisClient } from '../redis-client.ts';
import type { CachedResponse } from '../../gateway/hooks.ts';
import type { ResponseCache } from './types.ts';

export class RedisResponseCache implements ResponseCache {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly ttlMs: number,
    private readonly onError: (err: unknown) => void,
  ) {}

  async get(key: string): Promise<CachedResponse | null> {
    try {
      const v = await this.redis.get(`${this.prefix}cache:${key}`);
      return v === null ? null : (JSON.parse(v) as CachedResponse);
    } catch (err) {
      this.onError(err);
      return null;
    }
  }

  async set(key: string, value: CachedResponse): Promise<void> {
    try {
      await this.redis.set(`${this.prefix}cache:${key}`, JSON.stringify(value), 'PX', this.ttlMs);
    } catch (err) {
      this.onError(err);
    }
  }

  stats() {
    return { entries: null, bytes: null };
  }
}

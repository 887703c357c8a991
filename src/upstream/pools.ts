// One keep-alive undici Pool per upstream origin. No global fetch, no web streams on the hot path.
import { Pool } from 'undici';
import type { Dispatcher } from 'undici';

export interface UpstreamRequest {
  origin: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  signal: AbortSignal;
  /** Time allowed until response headers. */
  headersTimeoutMs: number;
  /** Max silence between body chunks. */
  bodyTimeoutMs: number;
  /** The provider's pool size and connect timeout (used when the origin's pool is first created). */
  connections?: number;
  connectTimeoutMs?: number;
}

export class UpstreamPools {
  private readonly pools = new Map<string, Pool>();

  constructor(
    private readonly opts: { connections: number; connectTimeoutMs: number } = {
      connections: 128,
      connectTimeoutMs: 5000,
    },
  ) {}

  pool(origin: string, connections?: number, connectTimeoutMs?: number): Pool {
    let p = this.pools.get(origin);
    if (!p) {
      p = new Pool(origin, {
        connections: connections ?? this.opts.connections,
        connect: { timeout: connectTimeoutMs ?? this.opts.connectTimeoutMs },
        keepAliveTimeout: 30_000,
        pipelining: 1,
      });
      this.pools.set(origin, p);
    }
    return p;
  }

  request(req: UpstreamRequest): Promise<Dispatcher.ResponseData> {
    return this.pool(req.origin, req.connections, req.connectTimeoutMs).request({
      method: 'POST',
      path: req.path,
      headers: req.headers,
      body: req.body,
      signal: req.signal,
      headersTimeout: req.headersTimeoutMs,
      bodyTimeout: req.bodyTimeoutMs,
    });
  }

  get(
    origin: string,
    path: string,
    headers: Record<string, string>,
    timeoutMs: number,
  ): Promise<Dispatcher.ResponseData> {
    return this.pool(origin).request({
      method: 'GET',
      path,
      headers,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((p) => p.close().catch(() => p.destroy())));
    this.pools.clear();
  }
}

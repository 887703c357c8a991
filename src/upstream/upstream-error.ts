// The one upstream failure type. Retry, fallback and circuit breaking read only this.

export type UpstreamFailure =
  | 'http_status' // upstream answered with an error status
  | 'timeout' // no headers / first event within the attempt timeout
  | 'connection' // refused, reset, closed early
  | 'malformed' // body or SSE event not parseable
  | 'circuit_open'; // skipped: the target's breaker is open

export class UpstreamError extends Error {
  readonly failure: UpstreamFailure;
  readonly status: number | null;
  readonly headers: Record<string, string | string[] | undefined>;
  /** Upstream body text (bounded), for client 4xx pass-through; never logged with auth. */
  readonly body: string | null;
  readonly retryAfterMs: number | null;

  constructor(
    failure: UpstreamFailure,
    message: string,
    opts: { status?: number; headers?: Record<string, string | string[] | undefined>; body?: string } = {},
  ) {
    super(message);
    this.name = 'UpstreamError';
    this.failure = failure;
    this.status = opts.status ?? null;
    this.headers = opts.headers ?? {};
    this.body = opts.body ?? null;
    this.retryAfterMs = parseRetryAfter(this.headers);
  }

  /** Short class for records and metrics labels (bounded set). */
  get kind(): string {
    return this.failure === 'http_status' ? `http_${this.status}` : this.failure;
  }
}

/** Retry-After (seconds or HTTP date) or retry-after-ms, in ms; null when absent or unparseable. */
export function parseRetryAfter(
  headers: Record<string, string | string[] | undefined>,
  now = Date.now(),
): number | null {
  const ms = headers['retry-after-ms'];
  if (typeof ms === 'string' && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const ra = headers['retry-after'];
  if (typeof ra !== 'string' || ra.trim() === '') return null;
  const secs = Number(ra);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const date = Date.parse(ra);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

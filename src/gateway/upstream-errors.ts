// Maps the last upstream failure of an exhausted plan to what the client sees.
import { LintelError } from '../errors/lintel-error.ts';
import type { Dialect } from '../spec/chat.ts';
import type { UpstreamError } from '../upstream/upstream-error.ts';

/** Returns null for upstream client errors (4xx) that must be passed through as they are. */
export function upstreamFailureToError(err: UpstreamError, _dialect: Dialect): LintelError | null {
  if (
    err.failure === 'http_status' &&
    err.status !== null &&
    err.status < 500 &&
    ![401, 403, 408, 429].includes(err.status)
  ) {
    return null;
  }
  if (err.failure === 'timeout') return new LintelError('upstream_timeout', 'No upstream target answered in time.');
  if (err.failure === 'http_status' && err.status === 429) {
    const headers: Record<string, string> = {};
    if (err.retryAfterMs !== null) headers['retry-after'] = String(Math.ceil(err.retryAfterMs / 1000));
    return new LintelError('rate_limit_exceeded', 'Every upstream target is rate limited; retry later.', { headers });
  }
  if (err.failure === 'circuit_open')
    return new LintelError('upstream_unavailable', 'Every upstream target is unavailable (circuit open).');
  return new LintelError(
    'upstream_unavailable',
    `No upstream target could serve the request (last error: ${err.kind}).`,
  );
}

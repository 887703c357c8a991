// Sends one notification request once. Retries are the job runner's (see queue.ts): a network error, a 429
// or a 5xx is retryable; any other 4xx is final (the receiver refused this payload and will refuse it again).
import type { OutgoingRequest } from './payloads.ts';

export interface DeliveryOptions {
  /** Attempts before a notification goes to the dead-letter state (default 6). */
  attempts?: number;
  /** First retry delay; doubles per attempt (default 2000 ms: 2, 4, 8, 16, 32 s). */
  backoffMs?: number;
  /** Per-request timeout (default 10 s). */
  timeoutMs?: number;
}

export interface SendResult {
  ok: boolean;
  retryable: boolean;
  status: number | null;
  error: string | null;
}

/** `signal` (the job's) aborts the request when the node stops, so the job goes back to the queue at once. */
export async function sendOnce(req: OutgoingRequest, timeoutMs = 10_000, signal?: AbortSignal): Promise<SendResult> {
  try {
    const res = await fetch(req.url, {
      method: 'POST',
      headers: req.headers,
      body: req.body,
      signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs),
    });
    await res.arrayBuffer().catch(() => undefined);
    if (res.ok) return { ok: true, retryable: false, status: res.status, error: null };
    return {
      ok: false,
      retryable: res.status >= 500 || res.status === 429,
      status: res.status,
      error: `http_${res.status}`,
    };
  } catch (err) {
    if (signal?.aborted) throw err;
    return { ok: false, retryable: true, status: null, error: (err as Error).name || 'network_error' };
  }
}

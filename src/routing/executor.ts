// The attempt loop: walk the plan, retry per target with backoff (honouring Retry-After), skip open
// circuits, stop at the total deadline. Knows nothing about dialects: `attempt` does the I/O.
import type { AttemptRecord } from '../spec/record.ts';
import { UpstreamError } from '../upstream/upstream-error.ts';
import { backoffDelay } from './backoff.ts';
import { type CompiledRoute, observeLatency, type PlanStep, type Target } from './router.ts';

export interface ExplainStep {
  target: string;
  why: string;
  circuit: string;
  outcome: string;
}

export interface ExecutionTrace {
  attempts: AttemptRecord[];
  steps: ExplainStep[];
}

export interface AttemptContext {
  target: Target;
  signal: AbortSignal;
  /** ms left for this attempt (attempt timeout, capped by the total deadline). */
  timeoutMs: number;
}

export class ClientAbortedError extends Error {
  constructor() {
    super('client closed the connection');
  }
}

/** Client errors are the caller's fault: pass them through, no retry, no fallback, no breaker hit. */
function isClientError(e: UpstreamError): boolean {
  return (
    e.failure === 'http_status' &&
    e.status !== null &&
    e.status >= 400 &&
    e.status < 500 &&
    ![401, 403, 408, 429].includes(e.status)
  );
}

function isRetryable(route: CompiledRoute, e: UpstreamError): boolean {
  if (e.failure === 'http_status') return route.retry.on_status.includes(e.status ?? 0);
  if (e.failure === 'circuit_open') return false;
  return route.retry.on_network_error;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

export async function executePlan<T>(
  route: CompiledRoute,
  plan: PlanStep[],
  signal: AbortSignal,
  deadline: number,
  trace: ExecutionTrace,
  attempt: (ctx: AttemptContext) => Promise<T>,
): Promise<{ result: T; target: Target }> {
  let last: UpstreamError | null = null;
  for (const step of plan) {
    const { target } = step;
    for (let n = 1; n <= route.retry.attempts; n++) {
      if (signal.aborted) throw new ClientAbortedError();
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw last ?? new UpstreamError('timeout', 'total timeout reached before any attempt');
      const circuit = target.breaker.current();
      if (!target.breaker.tryAcquire()) {
        trace.attempts.push({
          target: target.id,
          provider: target.provider.name,
          status: null,
          latencyMs: 0,
          error: 'circuit_open',
        });
        trace.steps.push({
          target: target.id,
          why: step.why,
          circuit,
          outcome: `skipped: circuit open (${target.breaker.lastReason})`,
        });
        last ??= new UpstreamError('circuit_open', `circuit open for ${target.id}`);
        break;
      }
      const started = performance.now();
      try {
        // The attempt gets the request's signal itself: it adds its own timeout (upstream-call.ts), so a
        // second controller per attempt would only forward the same abort.
        const result = await attempt({
          target,
          signal,
          timeoutMs: Math.min(route.timeout.attempt_ms, remaining),
        });
        const ms = performance.now() - started;
        target.breaker.onSuccess();
        observeLatency(target, ms);
        trace.attempts.push({ target: target.id, provider: target.provider.name, status: 200, latencyMs: round(ms) });
        trace.steps.push({
          target: target.id,
          why: step.why,
          circuit,
          outcome: n > 1 ? `served after ${n} attempts` : 'served',
        });
        return { result, target };
      } catch (err) {
        const ms = performance.now() - started;
        if (signal.aborted) {
          target.breaker.release();
          throw new ClientAbortedError();
        }
        if (!(err instanceof UpstreamError)) {
          // Lintel's own fault (a bug or a request it could not prepare), not the target's: no retry, no
          // fallback, and the breaker is left as it was so no caller can open a circuit others share.
          target.breaker.release();
          trace.steps.push({ target: target.id, why: step.why, circuit, outcome: 'internal error (not counted)' });
          throw err;
        }
        const e = err;
        trace.attempts.push({
          target: target.id,
          provider: target.provider.name,
          status: e.status,
          latencyMs: round(ms),
          error: e.kind,
        });
        if (isClientError(e)) {
          target.breaker.release();
          trace.steps.push({
            target: target.id,
            why: step.why,
            circuit,
            outcome: `client error ${e.status} passed through`,
          });
          throw e;
        }
        target.breaker.onFailure();
        last = e;
        const retryable = isRetryable(route, e);
        const wait = e.retryAfterMs !== null && route.retry.respect_retry_after ? e.retryAfterMs : null;
        const moreHere =
          retryable && n < route.retry.attempts && (wait === null || wait <= route.retry.max_retry_after_ms);
        trace.steps.push({
          target: target.id,
          why: step.why,
          circuit,
          outcome: `failed: ${e.kind}${moreHere ? ', retrying' : ', moving on'}${wait !== null ? ` (Retry-After ${wait} ms)` : ''}`,
        });
        if (!moreHere) break;
        const delay = wait ?? backoffDelay(route.retry, n);
        if (Date.now() + delay >= deadline) break;
        await sleep(delay, signal);
      }
    }
  }
  throw last ?? new UpstreamError('connection', 'no target available');
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

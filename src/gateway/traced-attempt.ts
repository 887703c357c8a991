// Wraps one upstream attempt in an OpenTelemetry CLIENT span and propagates W3C trace context upstream:
// Lintel's own attempt span when tracing is on, else the client's traceparent unchanged.
import type { AttemptContext } from '../routing/executor.ts';
import { UpstreamError } from '../upstream/upstream-error.ts';
import type { RequestContext } from './context.ts';

export async function tracedAttempt<T>(
  ctx: RequestContext,
  a: AttemptContext,
  run: (headers: Record<string, string> | undefined) => Promise<T>,
  /** Per-request auth headers (a stored provider credential), merged under the trace header. */
  auth?: Record<string, string>,
): Promise<T> {
  if (ctx.span === null) {
    if (!auth) return run(ctx.clientTraceparent ? { traceparent: ctx.clientTraceparent } : undefined);
    return run(ctx.clientTraceparent ? { ...auth, traceparent: ctx.clientTraceparent } : auth);
  }
  const span = ctx.span.startAttempt({
    provider: a.target.provider.name,
    target: a.target.id,
    upstreamModel: a.target.upstreamModel,
  });
  const tp = span.traceparentHeader();
  try {
    const result = await run(tp ? { ...auth, traceparent: tp } : auth);
    span.end({ status: 200 });
    return result;
  } catch (err) {
    const e = err instanceof UpstreamError ? err : null;
    span.end({ status: e?.status ?? null, error: e?.kind ?? 'error' });
    throw err;
  }
}

// Upstream bodies are prepared before the first attempt. A request Lintel cannot translate or serialise for a
// target is the caller's problem: it is answered 400 naming the field, decided once, and never reaches the
// retry loop or a circuit breaker (a shared breaker must not open because of one tenant's bad requests).
import { LintelError } from '../errors/lintel-error.ts';
import type { PlanStep, Target } from '../routing/router.ts';

/**
 * Lazily built, memoised upstream bodies. The first target of each upstream dialect is built eagerly (a
 * translation can only fail per dialect; other targets differ only in the model name), so a failure surfaces
 * here as a LintelError, before any attempt.
 */
export function prepareUpstreamBodies(plan: PlanStep[], build: (t: Target) => string): (t: Target) => string {
  const bodies = new Map<Target, string>();
  const bodyFor = (t: Target): string => {
    let b = bodies.get(t);
    if (b === undefined) {
      b = build(t);
      bodies.set(t, b);
    }
    return b;
  };
  const seen = new Set<string>();
  for (const { target } of plan) {
    const dialect = target.provider.adapter.dialect;
    if (seen.has(dialect)) continue;
    seen.add(dialect);
    try {
      bodyFor(target);
    } catch (err) {
      throw requestPreparationError(err);
    }
  }
  return bodyFor;
}

/** What a failure to build the upstream request tells the caller; unknown errors stay errors (500, logged). */
export function requestPreparationError(err: unknown): unknown {
  if (err instanceof LintelError) return err;
  const e = err as { name?: string; param?: string; message?: string };
  if (e?.name === 'TranslationError')
    return new LintelError('unsupported_parameter', e.message, { param: e.param ?? null });
  if (err instanceof RangeError)
    // JSON.stringify overflows the stack on bodies nested far deeper than the parse-time bound allows.
    return new LintelError('invalid_request', 'The request body is nested too deeply to forward.');
  return err;
}

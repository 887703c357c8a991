// Embeddings (OpenAI format only): route, pass through with the model swapped, retry/fallback.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LintelError } from '../errors/lintel-error.ts';
import { ClientAbortedError, executePlan } from '../routing/executor.ts';
import type { PlanStep, Target } from '../routing/router.ts';
import type { Json } from '../spec/translate.ts';
import { applyStops } from './stops.ts';
import { UpstreamError } from '../upstream/upstream-error.ts';
import { passThroughClientError, pickRegistryVersion, resolveRoute, startTrace, toLintelError } from './chat.ts';
import { tracedAttempt } from './traced-attempt.ts';
import { prepareUpstreamBodies } from './upstream-bodies.ts';
import type { RequestContext } from './context.ts';
import type { GatewayDeps } from './deps.ts';
import { sendError, sendJson } from './respond.ts';
import { type JsonAttemptResult, jsonAttempt } from './upstream-call.ts';
import { upstreamFailureToError } from './upstream-errors.ts';

export async function handleEmbeddings(
  deps: GatewayDeps,
  ctx: RequestContext,
  body: Json,
  _req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const model = body.model as string;
  ctx.modelRequested = model;
  if (typeof body.user === 'string') ctx.endUser = body.user;
  const router = deps.router();
  // Registry-backed routes and `registry:NAME@ALIAS` models: the version (and deployment arm) is picked as for chat.
  const picked = pickRegistryVersion(deps, router, ctx, res, model, body);
  if (picked === false) return;
  if (picked) body = picked.body;
  const route = picked?.route ?? resolveRoute(router, ctx, res, model);
  if (!route) return;
  const embeddable = (picked?.plan ?? router.plan(route)).filter(
    (s) => s.target.provider.adapter.path('embeddings') !== null,
  );
  if (embeddable.length === 0) {
    sendError(
      res,
      ctx,
      new LintelError('unsupported_parameter', `No target of "${model}" offers embeddings.`, { param: 'model' }),
    );
    return;
  }
  startTrace(deps, ctx, _req, body);
  let plan: PlanStep[];
  let bodyFor: (t: Target) => string;
  try {
    plan = applyStops(deps.killSwitch, ctx, embeddable);
    if (deps.hooks.admit) {
      const admission = await deps.hooks.admit(ctx, body, route);
      if (admission) {
        ctx.admission = admission;
        if (admission.headers) ctx.responseHeaders = admission.headers;
        ctx.checks.push({ stage: 'admission', outcome: 'admitted: limits and budget reserved' });
      }
    }
    // Input guards see embeddings input too (channel "embedding"): redacted text is what gets embedded.
    if (deps.hooks.guardInput) body = await deps.hooks.guardInput(ctx, body);
    // Built after the guards (what is embedded is the guarded text), before any attempt.
    const guarded = body;
    bodyFor = prepareUpstreamBodies(plan, (t) => JSON.stringify({ ...guarded, model: t.upstreamModel }));
  } catch (err) {
    const le = toLintelError(err);
    ctx.checks.push({ stage: 'admission', outcome: `refused (${le.code}): ${le.message}` });
    sendError(res, ctx, le);
    return;
  }
  const ac = new AbortController();
  const onClose = () => {
    if (!res.writableFinished) ac.abort();
  };
  res.once('close', onClose);
  try {
    const { result, target } = await executePlan<JsonAttemptResult>(
      route,
      plan,
      ac.signal,
      Date.now() + route.timeout.total_ms,
      ctx.trace,
      (a) =>
        tracedAttempt(
          ctx,
          a,
          (h) =>
            jsonAttempt(
              deps.pools,
              a,
              a.target.provider.adapter.path('embeddings')!,
              bodyFor(a.target),
              route.timeout.idle_ms,
              h,
            ),
          deps.hooks.upstreamAuth?.(ctx, a.target.provider),
        ),
    );
    ctx.provider = target.provider.name;
    ctx.modelServed = typeof result.json.model === 'string' ? result.json.model : target.upstreamModel;
    const u = result.json.usage as { prompt_tokens?: number } | undefined;
    if (u && typeof u.prompt_tokens === 'number') ctx.usage = { inputTokens: u.prompt_tokens, outputTokens: 0 };
    sendJson(res, ctx, 200, result.text);
  } catch (err) {
    if (err instanceof ClientAbortedError) {
      ctx.status = 499;
      ctx.errorType = 'client_closed';
      return;
    }
    const le = err instanceof UpstreamError ? upstreamFailureToError(err, 'openai') : toLintelError(err);
    if (le) sendError(res, ctx, le);
    else if (err instanceof UpstreamError) passThroughClientError(res, ctx, err);
  } finally {
    res.off('close', onClose);
  }
}

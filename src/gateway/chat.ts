// Chat completions (OpenAI) and Messages (Anthropic): route, translate when dialects differ,
// execute with retries/fallbacks, answer as JSON or relay the SSE stream.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { anthropicCodec } from '../api/anthropic/codec.ts';
import { openaiCodec } from '../api/openai/codec.ts';
import { LintelError } from '../errors/lintel-error.ts';
import { ClientAbortedError, executePlan } from '../routing/executor.ts';
import type { Target } from '../routing/router.ts';
import type { Dialect } from '../spec/chat.ts';
import type { DialectCodec, Json } from '../spec/translate.ts';
import { UpstreamError } from '../upstream/upstream-error.ts';
import type { RequestContext } from './context.ts';
import type { GatewayDeps } from './deps.ts';
import { sendError, sendJson } from './respond.ts';
import { relayStream } from './stream-relay.ts';
import { type JsonAttemptResult, jsonAttempt, type StreamAttemptResult, streamAttempt } from './upstream-call.ts';
import { usageFromBody } from './usage.ts';
import { upstreamFailureToError } from './upstream-errors.ts';

export const codecs: Record<Dialect, DialectCodec> = { openai: openaiCodec, anthropic: anthropicCodec };

/** Builds the upstream body for a target: pass-through with the model swapped, or translated. */
export function buildUpstreamBody(ingress: Dialect, body: Json, target: Target, wantUsage: boolean): string {
  const upstream = target.provider.adapter.dialect;
  if (upstream === ingress) {
    const out: Json = { ...body, model: target.upstreamModel };
    // Ask OpenAI-format upstreams for usage on streams so every record has real token counts;
    // the relay strips the extra usage chunk when the caller did not ask for it.
    if (upstream === 'openai' && body.stream === true && wantUsage) {
      out.stream_options = { ...((body.stream_options as Json | undefined) ?? {}), include_usage: true };
    }
    return JSON.stringify(out);
  }
  const spec = codecs[ingress].requestToSpec(body);
  spec.model = target.upstreamModel;
  if (spec.stream) spec.includeUsage = true;
  return JSON.stringify(codecs[upstream].requestFromSpec(spec));
}

export async function handleChat(
  deps: GatewayDeps,
  ctx: RequestContext,
  body: Json,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const ingress = ctx.dialect;
  const model = body.model as string;
  ctx.modelRequested = model;
  ctx.stream = body.stream === true;
  if (typeof body.user === 'string') ctx.endUser = body.user;
  const router = deps.router();
  const route = router.resolve(model);
  if (!route) {
    sendError(
      res,
      ctx,
      new LintelError('model_not_found', `The model "${model}" does not exist or is not routed by this gateway.`, {
        param: 'model',
      }),
    );
    return;
  }
  ctx.route = route.model;
  ctx.strategy = route.strategy;

  // Client disconnect aborts whatever upstream work is in flight.
  const ac = new AbortController();
  const onClose = () => {
    if (!res.writableFinished) ac.abort();
  };
  res.once('close', onClose);
  req.once('error', onClose);

  const plan = router.plan(route);
  const deadline = Date.now() + route.timeout.total_ms;
  const bodies = new Map<Target, string>();
  const bodyFor = (t: Target): string => {
    let b = bodies.get(t);
    if (b === undefined) {
      b = buildUpstreamBody(ingress, body, t, true);
      bodies.set(t, b);
    }
    return b;
  };

  try {
    if (!ctx.stream) {
      const { result, target } = await executePlan<JsonAttemptResult>(
        route,
        plan,
        ac.signal,
        deadline,
        ctx.trace,
        (a) => jsonAttempt(deps.pools, a, chatPath(a.target), bodyFor(a.target), route.timeout.idle_ms),
      );
      served(ctx, target);
      const upstream = target.provider.adapter.dialect;
      ctx.usage = usageFromBody(upstream, result.json);
      if (typeof result.json.model === 'string') ctx.modelServed = result.json.model;
      const out =
        upstream === ingress
          ? result.text
          : JSON.stringify(codecs[ingress].responseFromSpec(codecs[upstream].responseToSpec(result.json)));
      sendJson(res, ctx, 200, out);
      return;
    }
    const { result, target } = await executePlan<StreamAttemptResult>(
      route,
      plan,
      ac.signal,
      deadline,
      ctx.trace,
      (a) => streamAttempt(deps.pools, a, chatPath(a.target), bodyFor(a.target), route.timeout.idle_ms),
    );
    served(ctx, target);
    await relayStream(ctx, res, result, {
      ingress,
      upstream: target.provider.adapter.dialect,
      includeUsage: ingress === 'anthropic' || (body.stream_options as Json | undefined)?.include_usage === true,
      requestModel: model,
    });
  } catch (err) {
    if (err instanceof ClientAbortedError) {
      ctx.status = 499;
      ctx.errorType = 'client_closed';
      return;
    }
    const le = err instanceof UpstreamError ? upstreamFailureToError(err, ingress) : toLintelError(err);
    if (le) sendError(res, ctx, le);
    else if (err instanceof UpstreamError) passThroughClientError(res, ctx, err);
  } finally {
    res.off('close', onClose);
  }
}

function chatPath(t: Target): string {
  return t.provider.adapter.path('chat')!;
}

function served(ctx: RequestContext, target: Target): void {
  ctx.provider = target.provider.name;
  ctx.modelServed = target.upstreamModel;
}

export function toLintelError(err: unknown): LintelError {
  if (err instanceof LintelError) return err;
  const e = err as { name?: string; param?: string; message?: string };
  if (e?.name === 'TranslationError')
    return new LintelError('unsupported_parameter', e.message, { param: e.param ?? null });
  return new LintelError('internal_error');
}

/** A 4xx from the upstream is the caller's problem: relay its status and message in the caller's format. */
export function passThroughClientError(res: ServerResponse, ctx: RequestContext, err: UpstreamError): void {
  const status = err.status ?? 400;
  let message = `upstream rejected the request (${status})`;
  let param: string | null = null;
  try {
    const j = JSON.parse(err.body ?? '');
    const m = j?.error?.message;
    if (typeof m === 'string') message = m;
    if (typeof j?.error?.param === 'string') param = j.error.param;
  } catch {
    /* keep the generic message */
  }
  const code = status === 404 ? 'model_not_found' : 'invalid_request';
  sendError(res, ctx, new LintelError(code, message, { status, param }));
}

// POST /v1/messages/count_tokens (Anthropic format): forwarded to the route's Anthropic targets (with retries and
// fallback between them); when the route has none, estimated with Lintel's tokenizer and marked
// `x-lintel-tokens-estimated: true`. Counting is free, so no budget is reserved.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { anthropicCodec } from '../api/anthropic/codec.ts';
import { LintelError } from '../errors/lintel-error.ts';
import { estimateChatPromptTokens, estimateTokens } from '../cost/tokens.ts';
import { ClientAbortedError, executePlan } from '../routing/executor.ts';
import type { Json } from '../spec/translate.ts';
import { UpstreamError } from '../upstream/upstream-error.ts';
import { passThroughClientError, resolveRoute, toLintelError } from './chat.ts';
import type { RequestContext } from './context.ts';
import type { GatewayDeps } from './deps.ts';
import { sendError, sendJson } from './respond.ts';
import { applyStops } from './stops.ts';
import { tracedAttempt } from './traced-attempt.ts';
import { type JsonAttemptResult, jsonAttempt } from './upstream-call.ts';
import { upstreamFailureToError } from './upstream-errors.ts';

export async function handleCountTokens(
  deps: GatewayDeps,
  ctx: RequestContext,
  body: Json,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const model = body.model as string;
  ctx.modelRequested = model;
  const router = deps.router();
  const route = resolveRoute(router, ctx, res, model);
  if (!route) return;
  // Free, so it skips admission's budget reservation — but not the key's model allow-list.
  if (deps.hooks.mayCall && !deps.hooks.mayCall(ctx, model)) {
    const msg = `This key may not call the model "${model}".`;
    return sendError(res, ctx, new LintelError('permission_denied', msg, { param: 'model' }));
  }
  let plan: ReturnType<typeof applyStops>;
  try {
    plan = applyStops(
      deps.killSwitch,
      ctx,
      router.plan(route).filter((s) => s.target.provider.adapter.path('count_tokens') !== null),
    );
  } catch (err) {
    return sendError(res, ctx, toLintelError(err));
  }
  if (plan.length === 0) {
    let estimate: number;
    try {
      estimate = estimatePrompt(body);
    } catch (err) {
      return sendError(res, ctx, toLintelError(err));
    }
    ctx.notes.push('no Anthropic target: input tokens estimated with the tokenizer');
    return sendJson(res, ctx, 200, JSON.stringify({ input_tokens: estimate }), { 'x-lintel-tokens-estimated': 'true' });
  }
  const beta = req.headers['anthropic-beta'];
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
      (a) => {
        const auth = deps.hooks.upstreamAuth?.(ctx, a.target.provider);
        const headers = typeof beta === 'string' ? { 'anthropic-beta': beta, ...auth } : auth;
        return tracedAttempt(
          ctx,
          a,
          (h) =>
            jsonAttempt(
              deps.pools,
              a,
              a.target.provider.adapter.path('count_tokens')!,
              JSON.stringify({ ...body, model: a.target.upstreamModel }),
              route.timeout.idle_ms,
              h,
            ),
          headers,
        );
      },
    );
    ctx.provider = target.provider.name;
    ctx.modelServed = target.upstreamModel;
    sendJson(res, ctx, 200, result.text);
  } catch (err) {
    if (err instanceof ClientAbortedError) {
      ctx.status = 499;
      ctx.errorType = 'client_closed';
      return;
    }
    const le = err instanceof UpstreamError ? upstreamFailureToError(err, 'anthropic') : toLintelError(err);
    if (le) sendError(res, ctx, le);
    else if (err instanceof UpstreamError) passThroughClientError(res, ctx, err);
  } finally {
    res.off('close', onClose);
  }
}

/** Prompt tokens of an Anthropic request: system, messages and tool definitions, with the tokenizer. */
function estimatePrompt(body: Json): number {
  const spec = anthropicCodec.requestToSpec({ ...body, max_tokens: 1 });
  let n = estimateChatPromptTokens(spec.messages, spec.system ? { system: spec.system } : {});
  for (const t of spec.tools ?? []) n += estimateTokens(t.name + (t.description ?? '') + JSON.stringify(t.parameters));
  return n;
}

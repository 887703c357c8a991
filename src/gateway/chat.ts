// Chat completions (OpenAI) and Messages (Anthropic): route, translate when dialects differ,
// execute with retries/fallbacks, answer as JSON or relay the SSE stream.
import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { anthropicCodec } from '../api/anthropic/codec.ts';
import { openaiCodec } from '../api/openai/codec.ts';
import { LintelError } from '../errors/lintel-error.ts';
import { ClientAbortedError, executePlan } from '../routing/executor.ts';
import type { CompiledRoute, PlanStep, Router, Target } from '../routing/router.ts';
import type { ChatResponse, Dialect } from '../spec/chat.ts';
import type { DialectCodec, Egress, Json } from '../spec/translate.ts';
import { UpstreamError } from '../upstream/upstream-error.ts';
import type { RequestContext } from './context.ts';
import type { GatewayDeps } from './deps.ts';
import type { CachedResponse, VersionPick } from './hooks.ts';
import { applyStops } from './stops.ts';
import { gatewayHeaders, sendError, sendJson } from './respond.ts';
import { relayStream } from './stream-relay.ts';
import { type JsonAttemptResult, jsonAttempt, type StreamAttemptResult, streamAttempt } from './upstream-call.ts';
import { usageFromBody } from './usage.ts';
import { repairPrompt } from '../guardrails/detectors/output/json-schema.ts';
import { JsonRepairNeeded } from './guardrail-hooks.ts';
import { patchAnswerText } from './patch-answer.ts';
import { tracedAttempt } from './traced-attempt.ts';
import { relayClientError } from './upstream-client-error.ts';
import { upstreamFailureToError } from './upstream-errors.ts';
import { prepareUpstreamBodies, requestPreparationError } from './upstream-bodies.ts';
import { addTag } from './client-strings.ts';

export const codecs: Record<Dialect, DialectCodec> = { openai: openaiCodec, anthropic: anthropicCodec };

/** Appends top-level fields to a JSON object's text without re-serialising the answer. */
export function withExtensions(json: string, fields: Record<string, unknown>): string {
  const end = json.lastIndexOf('}');
  if (end < 0) return json;
  const extra = Object.entries(fields)
    .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
    .join(',');
  const empty = json.slice(0, end).trimEnd().endsWith('{');
  return `${json.slice(0, end)}${empty ? '' : ','}${extra}${json.slice(end)}`;
}

/** Builds the upstream body for a target: pass-through with the model swapped, or translated. */
export function buildUpstreamBody(
  ingress: Dialect,
  body: Json,
  target: Target,
  wantUsage: boolean,
  warnings?: string[],
): string {
  const upstream = target.provider.adapter.dialect;
  if (upstream === ingress) {
    const out: Json = { ...body, model: target.upstreamModel };
    if (upstream === 'openai') stripThinkingBlocks(out);
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
  const out = JSON.stringify(codecs[upstream].requestFromSpec(spec));
  if (warnings && spec.warnings) warnings.push(...spec.warnings);
  return out;
}

/**
 * Signed Claude thinking kept in an OpenAI-format history (thinking_blocks, LiteLLM's convention) is for Claude
 * targets only: a Chat Completions upstream takes no reasoning input, so it is removed (copying only what changes).
 */
function stripThinkingBlocks(out: Json): void {
  const messages = out.messages;
  if (!Array.isArray(messages)) return;
  let copied: Json[] | null = null;
  messages.forEach((m: Json, i) => {
    if (m?.thinking_blocks === undefined) return;
    copied ??= [...messages];
    const { thinking_blocks: _, ...rest } = m;
    copied[i] = rest;
  });
  if (copied) out.messages = copied;
}

export async function handleChat(
  deps: GatewayDeps,
  ctx: RequestContext,
  input: Json,
  req: IncomingMessage,
  res: ServerResponse,
  /** Another client format answered from this pipeline (the Responses API); the body is then an OpenAI chat body. */
  egress?: Egress,
): Promise<void> {
  const ingress = ctx.dialect;
  const hooks = deps.hooks;
  let body = input;
  const model = body.model as string;
  ctx.modelRequested = model;
  ctx.stream = body.stream === true;
  ctx.requestJson = body;
  if (typeof body.user === 'string') ctx.endUser = body.user;
  const meta = body.metadata;
  if (meta && typeof meta === 'object' && !Array.isArray(meta)) addMetadataTags(ctx, meta as Json);
  const router = deps.router();
  const picked = pickRegistryVersion(deps, router, ctx, res, model, body);
  if (picked === false) return;
  if (picked) body = picked.body;
  const route = picked?.route ?? resolveRoute(router, ctx, res, model);
  if (!route) return;
  startTrace(deps, ctx, req, body);

  let plan: PlanStep[];
  let bodyFor: (t: Target) => string;
  const warnings = new Map<Target, string[]>();
  try {
    plan = applyStops(deps.killSwitch, ctx, picked?.plan ?? router.plan(route));
    if (hooks.admit) {
      const admission = await hooks.admit(ctx, body, route);
      if (admission) {
        ctx.admission = admission;
        if (admission.headers) ctx.responseHeaders = admission.headers;
        ctx.checks.push({ stage: 'admission', outcome: 'admitted: limits and budget reserved' });
      }
    }
    if (hooks.guardInput) body = await hooks.guardInput(ctx, body);
    if (hooks.cacheLookup) {
      // Keyed on the request as sent: redacted prompts of different callers must not share an answer.
      const cached = await hooks.cacheLookup(ctx, input);
      if (cached) {
        ctx.cacheHit = true;
        await replayCached(ctx, res, cached);
        return;
      }
    }
    const guarded = body;
    const build = (t: Target): string => {
      const w: string[] = [];
      const b = buildUpstreamBody(ingress, guarded, t, true, w);
      if (w.length > 0) warnings.set(t, w);
      return b;
    };
    // Translations are decided before any upstream attempt: a target that cannot take the request (n > 1 toward
    // Claude, logprobs, …) leaves the plan; when none can, the caller gets 400 unsupported_parameter naming the
    // field. The remaining targets' bodies are built now too, so Lintel's own faults never reach an attempt.
    try {
      plan = translatablePlan(ctx, plan, ingress, build);
    } catch (err) {
      throw requestPreparationError(err);
    }
    bodyFor = prepareUpstreamBodies(plan, build);
  } catch (err) {
    const le = toLintelError(err);
    ctx.checks.push({ stage: 'admission', outcome: `refused (${le.code}): ${le.message}` });
    sendError(res, ctx, le);
    return;
  }

  if (route.recordBodies) ctx.requestBody = JSON.stringify(body); // after input guards: redacted values stay out
  // Client disconnect aborts whatever upstream work is in flight.
  const ac = new AbortController();
  const onClose = () => {
    if (!res.writableFinished) ac.abort();
  };
  res.once('close', onClose);
  req.once('error', onClose);

  const deadline = Date.now() + route.timeout.total_ms;
  // Provider feature headers (anthropic-beta, …) reach same-dialect upstreams; cross-dialect they mean nothing.
  const forwarded = forwardedHeaders(req, deps.forwardHeaders);
  const headersFor = (t: Target): Record<string, string> | undefined => {
    const auth = hooks.upstreamAuth?.(ctx, t.provider);
    if (!forwarded || egress || t.provider.adapter.dialect !== ingress) return auth;
    return auth ? { ...forwarded, ...auth } : forwarded;
  };
  const served = (target: Target): void => {
    markServed(ctx, target);
    const w = warnings.get(target);
    // Header values must be Latin-1: anything else in a note is replaced rather than failing the response.
    if (w)
      ctx.responseHeaders = {
        ...ctx.responseHeaders,
        'x-lintel-translation': w.join('; ').replace(/[^\x20-\x7e]/g, '?'),
      };
  };

  try {
    if (!ctx.stream) {
      const call = (forTarget: (t: Target) => string) =>
        executePlan<JsonAttemptResult>(route, plan, ac.signal, deadline, ctx.trace, (a) =>
          tracedAttempt(
            ctx,
            a,
            (h) => jsonAttempt(deps.pools, a, chatPath(a.target), forTarget(a.target), route.timeout.idle_ms, h),
            headersFor(a.target),
          ),
        );
      let { result, target } = await call(bodyFor);
      served(target);
      let upstream = target.provider.adapter.dialect;
      ctx.usage = usageFromBody(upstream, result.json);
      if (typeof result.json.model === 'string') ctx.modelServed = result.json.model;
      const guard = hooks.outputGuard?.(ctx) ?? null;
      let out: string;
      if (guard) {
        let checked: ChatResponse;
        try {
          checked = await guard(codecs[upstream].responseToSpec(result.json));
        } catch (err) {
          if (!(err instanceof JsonRepairNeeded)) throw err;
          // One repair retry: the answer and what was wrong with it go back to the model.
          ctx.checks.push({
            stage: 'guardrails.output',
            outcome: `json_schema failed; one repair retry (${err.errors.length} error(s))`,
          });
          const repaired = withRepairTurn(ingress, body, err.answer, repairPrompt(err.errors));
          ({ result, target } = await call(
            prepareUpstreamBodies(plan, (t) => buildUpstreamBody(ingress, repaired, t, true)),
          ));
          served(target);
          upstream = target.provider.adapter.dialect;
          const u2 = usageFromBody(upstream, result.json);
          if (u2 && ctx.usage)
            ctx.usage = {
              ...u2,
              inputTokens: u2.inputTokens + ctx.usage.inputTokens,
              outputTokens: u2.outputTokens + ctx.usage.outputTokens,
            };
          checked = await guard(codecs[upstream].responseToSpec(result.json));
        }
        // Same dialect: keep the upstream body and patch only the checked text (thinking blocks, refusals,
        // annotations and unknown fields survive); the bytes are untouched when no text changed.
        const patched = upstream === ingress && !egress ? patchAnswerText(upstream, result.json, checked) : null;
        out =
          patched === result.json
            ? result.text
            : JSON.stringify(patched ?? (egress ?? codecs[ingress]).responseFromSpec(checked));
      } else if (egress) {
        out = JSON.stringify(egress.responseFromSpec(codecs[upstream].responseToSpec(result.json)));
      } else {
        out =
          upstream === ingress
            ? result.text
            : JSON.stringify(codecs[ingress].responseFromSpec(codecs[upstream].responseToSpec(result.json)));
      }
      await egress?.beforeFinish?.();
      if (ctx.responseExtensions && ingress === 'openai' && !egress) out = withExtensions(out, ctx.responseExtensions);
      sendJson(res, ctx, 200, out);
      ctx.answerJson = { dialect: upstream, json: result.json };
      if (route.recordBodies) ctx.responseBody = out;
      hooks.cacheStore?.(ctx, input, { kind: 'json', body: out });
      return;
    }
    const { result, target } = await executePlan<StreamAttemptResult>(
      route,
      plan,
      ac.signal,
      deadline,
      ctx.trace,
      (a) =>
        tracedAttempt(
          ctx,
          a,
          (h) => streamAttempt(deps.pools, a, chatPath(a.target), bodyFor(a.target), route.timeout.idle_ms, h),
          headersFor(a.target),
        ),
    );
    served(target);
    const frames = await relayStream(ctx, res, result, {
      ingress,
      upstream: target.provider.adapter.dialect,
      includeUsage: ingress === 'anthropic' || (body.stream_options as Json | undefined)?.include_usage === true,
      requestModel: model,
      filter: hooks.streamGuard?.(ctx) ?? null,
      egress: egress ?? null,
      extensions: ctx.responseExtensions,
      keepFrames: hooks.cacheStore !== undefined || route.recordBodies,
      drain: deps.drain,
    });
    if (frames && route.recordBodies) ctx.responseBody = frames.join('');
    if (frames && hooks.cacheStore) hooks.cacheStore(ctx, input, { kind: 'stream', frames });
    if (ctx.tokensEstimated) ctx.promptText = promptTextOf(body);
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

export function startTrace(deps: GatewayDeps, ctx: RequestContext, req: IncomingMessage, body: Json): void {
  const tp = req.headers.traceparent;
  if (deps.tracing.enabled) {
    ctx.span = deps.tracing.startRequest({
      traceparent: typeof tp === 'string' ? tp : undefined,
      operation: ctx.endpoint === 'embeddings' ? 'embeddings' : 'chat',
      requestModel: ctx.modelRequested ?? '',
      endpoint: ctx.endpoint,
      startTime: ctx.receivedAt,
      maxTokens: typeof body.max_tokens === 'number' ? body.max_tokens : undefined,
      temperature: typeof body.temperature === 'number' ? body.temperature : undefined,
    });
  } else if (typeof tp === 'string') {
    ctx.clientTraceparent = tp;
  }
}

/** The route of the requested model, or null after answering 404 model_not_found. */
/**
 * The registry's pick (GatewayHooks.pickVersion) for registry routes and `registry:` models, applied to the context;
 * null when the model is not the registry's; false when the pick failed and its error was sent.
 */
export function pickRegistryVersion(
  deps: GatewayDeps,
  router: Router,
  ctx: RequestContext,
  res: ServerResponse,
  model: string,
  body: Json,
): VersionPick | null | false {
  let picked: VersionPick | null;
  try {
    picked = deps.hooks.pickVersion?.(ctx, model, router.resolve(model), body) ?? null;
  } catch (err) {
    sendError(res, ctx, toLintelError(err));
    return false;
  }
  if (picked) {
    ctx.route = picked.route.model;
    ctx.strategy = picked.route.strategy;
  }
  return picked;
}

export function resolveRoute(
  router: Router,
  ctx: RequestContext,
  res: ServerResponse,
  model: string,
): CompiledRoute | null {
  const route = router.resolve(model);
  if (!route) {
    const msg = `The model "${model}" does not exist or is not routed by this gateway.`;
    sendError(res, ctx, new LintelError('model_not_found', msg, { param: 'model' }));
    return null;
  }
  ctx.route = route.model;
  ctx.strategy = route.strategy;
  return route;
}

function translatablePlan(
  ctx: RequestContext,
  plan: PlanStep[],
  ingress: Dialect,
  bodyFor: (t: Target) => string,
): PlanStep[] {
  let refusal: unknown = null;
  const kept = plan.filter((step) => {
    if (step.target.provider.adapter.dialect === ingress) return true; // pass-through cannot fail to translate
    try {
      bodyFor(step.target);
      return true;
    } catch (err) {
      if ((err as Error)?.name !== 'TranslationError') throw err;
      refusal ??= err;
      ctx.notes.push(
        `target ${step.target.provider.name}/${step.target.upstreamModel} skipped: ${(err as Error).message}`,
      );
      return false;
    }
  });
  if (kept.length === 0 && refusal) throw refusal;
  return kept;
}

/** The allow-listed provider headers the client sent, or null. */
function forwardedHeaders(req: IncomingMessage, names: readonly string[] | undefined): Record<string, string> | null {
  if (!names) return null;
  let out: Record<string, string> | null = null;
  for (const name of names) {
    const v = req.headers[name];
    if (v === undefined) continue;
    out ??= {};
    out[name] = Array.isArray(v) ? v.join(',') : v;
  }
  return out;
}

/** The text of the prompt (system + messages), for token estimates when the upstream sent no usage. */
function promptTextOf(body: Json): string {
  const parts: string[] = [];
  if (typeof body.system === 'string') parts.push(body.system);
  const walk = (v: unknown): void => {
    if (typeof v === 'string') parts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Json;
      if (typeof o.text === 'string') parts.push(o.text);
      else if (o.content !== undefined) walk(o.content);
    }
  };
  walk(body.messages);
  return parts.join('\n');
}

/** The request plus the model's invalid answer and a user turn asking for a corrected one. */
function withRepairTurn(dialect: Dialect, body: Json, answer: string, prompt: string): Json {
  const messages = Array.isArray(body.messages) ? (body.messages as Json[]) : [];
  const turns: Json[] = [
    { role: 'assistant', content: answer },
    { role: 'user', content: prompt },
  ];
  void dialect; // both dialects accept string content for these two turns
  return { ...body, messages: [...messages, ...turns] };
}

/** Request `metadata` (string values) become record tags, as x-lintel-tags do. */
function addMetadataTags(ctx: RequestContext, meta: Json): void {
  for (const [k, v] of Object.entries(meta)) if (typeof v === 'string') addTag(ctx.tags, k, v, 'metadata');
}

async function replayCached(ctx: RequestContext, res: ServerResponse, cached: CachedResponse): Promise<void> {
  if (cached.kind === 'json') {
    sendJson(res, ctx, 200, cached.body);
    return;
  }
  const headers = gatewayHeaders(ctx);
  headers['content-type'] = 'text/event-stream; charset=utf-8';
  headers['cache-control'] = 'no-cache';
  res.writeHead(200, headers);
  ctx.status = 200;
  ctx.markFirstByte();
  for (const frame of cached.frames) {
    if (res.destroyed) return;
    if (!res.write(frame)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
  }
  res.end();
}

function chatPath(t: Target): string {
  return t.provider.adapter.path('chat')!;
}

function markServed(ctx: RequestContext, target: Target): void {
  ctx.provider = target.provider.name;
  ctx.modelServed = target.upstreamModel;
}

export function toLintelError(err: unknown): LintelError {
  const e = requestPreparationError(err);
  return e instanceof LintelError ? e : new LintelError('internal_error', undefined, { cause: err });
}

/** A 4xx from the upstream is the caller's problem: its body as it is (same format) or mapped field by field. */
export function passThroughClientError(res: ServerResponse, ctx: RequestContext, err: UpstreamError): void {
  relayClientError(res, ctx, err);
}

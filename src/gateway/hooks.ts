// The seams of the request pipeline. Each later stage (access control, guardrails, cache) implements
// the hooks it needs; an absent hook costs one `undefined` check on the hot path.
import type { IncomingHttpHeaders } from 'node:http';
import type { LintelError } from '../errors/lintel-error.ts';
import type { CompiledRoute, PlanStep, ProviderRuntime } from '../routing/router.ts';
import type { ChatResponse } from '../spec/chat.ts';
import type { Json } from '../spec/translate.ts';
import type { RequestContext } from './context.ts';

export interface Admission {
  /** Headers sent on this request's response, success or error (e.g. x-ratelimit-*). */
  headers?: Record<string, string>;
  /** Called exactly once when the request is over, with the final usage/cost on ctx. */
  settle?(ctx: RequestContext): void | Promise<void>;
}

/** Filters streamed text of one choice; may hold text back (windows) or stop the stream. */
export interface FilterStep {
  emit: string;
  block?: LintelError;
}

export interface OutputStreamFilter {
  /** A promise only when async guards scan stream windows (ONNX classifier, LLM judge with stream: window). */
  push(choice: number, text: string): FilterStep | Promise<FilterStep>;
  end(choice: number): FilterStep | Promise<FilterStep>;
  /** After a completed stream: async output guards (webhook, LLM judge) judge the whole text; recorded only. */
  settle?(): Promise<void>;
}

/** A response kept by the cache, in the caller's dialect. */
export type CachedResponse = { kind: 'json'; body: string } | { kind: 'stream'; frames: string[] };

/** A model-registry pick: the route to run, its plan, and the body with the version's defaults applied. */
export interface VersionPick {
  route: CompiledRoute;
  plan: PlanStep[];
  body: Json;
}

export interface GatewayHooks {
  /** Identifies the caller and fills ctx.principal; throws LintelError (401/403) to refuse. */
  authenticate(headers: IncomingHttpHeaders, ctx: RequestContext): void | Promise<void>;
  /**
   * After routing: model permissions, kill switch, rate limits, budget reservation. Throws to refuse. `route` null:
   * a call that names no model (POST /v1/retrieve) — admitted as one request (rpm, concurrency) and nothing else.
   */
  admit?(ctx: RequestContext, body: Json, route: CompiledRoute | null): Promise<Admission | null>;
  /** Whether the authenticated caller may call this public model name (filters GET /v1/models). */
  mayCall?(ctx: RequestContext, model: string): boolean;
  /** Input guardrails: returns the body to send on (possibly redacted); throws guardrail_blocked. */
  guardInput?(ctx: RequestContext, body: Json): Promise<Json>;
  /** Output guardrails for a complete answer (spec form), or null when none apply to this request. Throws to block. */
  outputGuard?(ctx: RequestContext): ((response: ChatResponse) => Promise<ChatResponse>) | null;
  /** Output guardrails on a stream; null when none apply to this request. */
  streamGuard?(ctx: RequestContext): OutputStreamFilter | null;
  /**
   * Response cache: lookup before routing to an upstream, store after a successful answer. `body` is the request as
   * the caller sent it (before input guards); the hook keys it together with the guard sets in effect.
   */
  cacheLookup?(ctx: RequestContext, body: Json): Promise<CachedResponse | null>;
  cacheStore?(ctx: RequestContext, body: Json, response: CachedResponse): void;
  /**
   * Model registry (src/lifecycle): for registry-backed routes and `registry:NAME@ALIAS` / `registry:NAME/N` models,
   * picks the version (alias, deployment arm) and applies its defaults; null when the model is not the registry's.
   * Throws LintelError (e.g. an alias naming no version). Synchronous: reads in-memory state.
   */
  pickVersion?(ctx: RequestContext, model: string, route: CompiledRoute | undefined, body: Json): VersionPick | null;
  /**
   * Models Lintel serves itself (ONNX versions of the registry): resolves `model` to a plan — the route the access
   * layer admits against (its name is what key allow-lists match) and the call itself. Null when the model is not
   * one Lintel serves. Throws LintelError (unknown model, not an ONNX version).
   */
  predict?(ctx: RequestContext, model: string): PredictPlan | null;
  /** Auth headers for one upstream call when its provider names a stored credential (synchronous: cached). */
  upstreamAuth?(ctx: RequestContext, provider: ProviderRuntime): Record<string, string> | undefined;
}

/** A resolved call to a model Lintel serves itself (see GatewayHooks.predict). */
export interface PredictPlan {
  route: CompiledRoute;
  /** NAME/VERSION: recorded as the model served and tag `lintel.model_version`. */
  modelVersion: string;
  /** Validates the body against the model's signature (LintelError naming the input) and runs it. */
  run(body: Json): Promise<{ json: Json; headers: Record<string, string> }>;
}

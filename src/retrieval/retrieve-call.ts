// POST /v1/retrieve through the gateway path, like every model call: the key is authenticated, the access layer
// admits the call as one request (requests per minute and concurrency of key, owner keys, team and tenant; no tokens
// or budget), and the call is recorded (endpoint `retrieve`) with its collection, mode, k and result count as tags,
// so it shows in the request log, the metrics and the console. The answer is the service's UTF-8 bytes as they are.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { LintelError } from '../errors/lintel-error.ts';
import { toLintelError } from '../gateway/chat.ts';
import type { RequestContext } from '../gateway/context.ts';
import type { GatewayDeps } from '../gateway/deps.ts';
import { sendJson } from '../gateway/respond.ts';
import type { GatewayHandler, RouteAuthenticate, Validator } from '../server/app.ts';
import type { Json } from '../spec/translate.ts';
import { feedbackBody, MAX_K, MAX_QUERY_CHARS, retrieveBody, SEARCH_MODES } from './schemas.ts';
import type { RetrievalService, RetrieveRequest, SearchMode } from './service.ts';

export const DEFAULT_TENANT = 'default';

/** Tenant-bound callers always act in their tenant; global ones name it (default "default"). */
export function tenantFor(actorTenant: string | null, asked: string | undefined): string {
  if (actorTenant !== null) {
    if (asked && asked !== actorTenant)
      throw new LintelError('permission_denied', `A key of tenant "${actorTenant}" may not use tenant "${asked}".`);
    return actorTenant;
  }
  return asked ?? DEFAULT_TENANT;
}

/** The caller's bearer key: the query embedding of a dense search is a model call made with it. */
export function bearerOf(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  return typeof h === 'string' && h.startsWith('Bearer ') ? h.slice(7) : undefined;
}

/**
 * Key callers authenticate as on model calls (auditor keys refused, the key's limits admitted). A console
 * single-sign-on session without a key of its own (SSO admins, operators, auditors; see console/session-hook.ts)
 * searches as its principal, unlimited like the master key, as before this route joined the gateway path.
 */
export const keyOrConsoleSession: RouteAuthenticate = (req, ctx, standard) => {
  if (req.headers.authorization !== undefined || req.headers['x-api-key'] !== undefined) return standard(req, ctx);
  const resolver = req.server.lintelAdminAuth;
  if (!resolver) return standard(req, ctx);
  const p = resolver.principal(req.headers); // throws invalid_api_key without a session
  ctx.principal = { tenant: p.global ? null : p.tenant, team: p.team, keyId: p.keyId, role: p.role };
};

/** Zod check with the retrieval API's messages ("query: Too small …"); the parsed body goes to the handler. */
export function validateBody(schema: z.ZodType): Validator {
  return (body) => {
    const r = schema.safeParse(body);
    if (r.success) return { ok: true, value: r.data as Record<string, unknown> };
    const issue = r.error.issues[0];
    const param = issue?.path.join('.') || '';
    return { ok: false, param, message: `${param || 'body'}: ${issue?.message ?? 'invalid'}` };
  };
}

const RETRIEVE_PLAIN_KEYS = new Set(['collection', 'query', 'k', 'mode', 'explain', 'tenant']);

/**
 * The common search body (collection, query and any of k, mode, explain, tenant; no filter or fusion) checked
 * without zod: the object zod would return (the same values, keys in the schema's order), or undefined for every
 * other body, which zod then checks (so every refusal, and its message, is zod's).
 */
export function plainRetrieveBody(body: unknown): Record<string, unknown> | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const b = body as Record<string, unknown>;
  for (const key in b) if (!RETRIEVE_PLAIN_KEYS.has(key) || b[key] === undefined) return undefined;
  const { collection, query, k, mode, explain, tenant } = b;
  if (typeof collection !== 'string' || collection.length < 1) return undefined;
  if (typeof query !== 'string' || query.length < 1 || query.length > MAX_QUERY_CHARS) return undefined;
  const out: Record<string, unknown> = { collection, query };
  if (k !== undefined) {
    if (typeof k !== 'number' || !Number.isInteger(k) || k < 1 || k > MAX_K) return undefined;
    out.k = k;
  }
  if (mode !== undefined) {
    if (!(SEARCH_MODES as readonly unknown[]).includes(mode)) return undefined;
    out.mode = mode;
  }
  if (explain !== undefined) {
    if (typeof explain !== 'boolean') return undefined;
    out.explain = explain;
  }
  if (tenant !== undefined) {
    if (typeof tenant !== 'string' || tenant.length < 1) return undefined;
    out.tenant = tenant;
  }
  return out;
}

const validateRetrieveZod = validateBody(retrieveBody);

/** retrieveBody's check: the plain body without zod (≈ 4 µs of a search's CPU), everything else through zod. */
export const validateRetrieve: Validator = (body) => {
  const value = plainRetrieveBody(body);
  return value ? { ok: true, value } : validateRetrieveZod(body);
};
export const validateFeedback = validateBody(feedbackBody);

/** No text, no model: the access layer counts the call as one request. */
const NO_BODY: Json = {};

async function admitRequest(deps: GatewayDeps, ctx: RequestContext): Promise<void> {
  if (!deps.hooks.admit) return;
  try {
    const admission = await deps.hooks.admit(ctx, NO_BODY, null);
    if (!admission) return;
    ctx.admission = admission;
    if (admission.headers) ctx.responseHeaders = admission.headers;
    ctx.checks.push({ stage: 'admission', outcome: 'admitted: requests reserved' });
  } catch (err) {
    const le = toLintelError(err);
    ctx.checks.push({ stage: 'admission', outcome: `refused (${le.code}): ${le.message}` });
    throw le;
  }
}

/** What both calls do first: tag the collection (and the tenant a global key named), then admit one request. */
async function openCall(
  deps: GatewayDeps,
  ctx: RequestContext,
  b: { collection: string; tenant?: string },
): Promise<string> {
  ctx.tags['retrieval.collection'] = b.collection;
  const tenant = tenantFor(ctx.principal.tenant, b.tenant);
  if (ctx.principal.tenant === null) ctx.tags['retrieval.tenant'] = tenant;
  await admitRequest(deps, ctx);
  return tenant;
}

/** The query and the answer go into the record only when the node records bodies. */
function keepBodies(ctx: RequestContext, recordBodies: () => boolean, body: Json, answer: string | Buffer): void {
  if (!recordBodies()) return;
  ctx.requestBody = JSON.stringify(body);
  ctx.responseBody = typeof answer === 'string' ? answer : answer.toString('utf8');
}

/** `recordBodies()`: the node's `recording.bodies` (the query and the answer are stored only when it is on). */
export function retrieveHandler(service: RetrievalService, recordBodies: () => boolean): GatewayHandler {
  return async (
    deps: GatewayDeps,
    ctx: RequestContext,
    body: Json,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> => {
    const b = body as unknown as z.infer<typeof retrieveBody>;
    ctx.tags['retrieval.k'] = String(b.k ?? 10);
    if (b.mode) ctx.tags['retrieval.mode'] = b.mode;
    const tenant = await openCall(deps, ctx, b);
    const seen: { mode?: SearchMode; results?: number } = {};
    // One shape for every search (the service reads these by name; absent and undefined are alike to it).
    const request: RetrieveRequest = {
      tenant,
      collection: b.collection,
      query: b.query,
      k: b.k,
      mode: b.mode,
      fusion: b.fusion,
      filter: b.filter,
      explain: b.explain,
      key: bearerOf(req),
    };
    const bytes = await service.retrieveJson(request, seen);
    if (seen.mode) ctx.tags['retrieval.mode'] = seen.mode;
    ctx.tags['retrieval.results'] = String(seen.results ?? 0);
    keepBodies(ctx, recordBodies, body, bytes);
    sendJson(res, ctx, 200, bytes);
  };
}

/** POST /v1/retrieve/feedback (endpoint `retrieve_feedback`): admitted and recorded like a search. */
export function feedbackHandler(service: RetrievalService, recordBodies: () => boolean): GatewayHandler {
  return async (
    deps: GatewayDeps,
    ctx: RequestContext,
    body: Json,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> => {
    const b = body as unknown as z.infer<typeof feedbackBody>;
    const tenant = await openCall(deps, ctx, b);
    const r = await service.feedback(tenant, b.collection, {
      query: b.query,
      chunk: b.chunk,
      doc_key: b.doc_key,
      relevance: b.relevance,
      source: b.source ?? 'feedback',
      queryId: ctx.id,
      key: bearerOf(req),
    });
    ctx.tags['retrieval.feedback'] = r.accepted ? 'accepted' : 'rejected';
    const out = JSON.stringify({
      accepted: r.accepted,
      reason: r.reason ?? null,
      chunk: r.chunk,
      credited: r.credited.map((a) => ({ term: a.term, source: a.source, gain: a.gain })),
      evictions: r.evictions,
      dense: r.dense ?? false,
      key_version: r.key_version,
    });
    keepBodies(ctx, recordBodies, body, out);
    sendJson(res, ctx, 200, out);
  };
}

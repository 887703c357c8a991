// The HTTP surface: Fastify for parsing, limits and routing; gateway handlers write the responses.
import type { Server } from 'node:http';
import Fastify, {
  LogController,
  type FastifyHttpOptions,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { validateCountTokensRequest, validateMessagesRequest } from '../api/anthropic/schema.ts';
import { handleCountTokens } from '../gateway/count-tokens.ts';
import { validateChatCompletionRequest, validateEmbeddingRequest } from '../api/openai/schema.ts';
import { handlePredict, validatePredictRequest } from '../gateway/predict.ts';
import { validateResponsesRequest } from '../api/responses/schema.ts';
import { handleResponses } from '../gateway/responses.ts';
import { model, modelList, speaksAnthropic } from './model-shapes.ts';
import { registerResponseLookups } from './responses-routes.ts';
import { errorBody } from '../errors/format.ts';
import { LintelError } from '../errors/lintel-error.ts';
import { handleChat } from '../gateway/chat.ts';
import { RequestContext } from '../gateway/context.ts';
import type { GatewayDeps } from '../gateway/deps.ts';
import { handleEmbeddings } from '../gateway/embeddings.ts';
import { sendError } from '../gateway/respond.ts';
import type { Dialect } from '../spec/chat.ts';
import type { RequestRecord } from '../spec/record.ts';
import type { Json } from '../spec/translate.ts';
import { registerJsonParser } from './body.ts';
import { logInternalError } from './internal-errors.ts';
import { lazyChildLoggerFactory } from './request-logger.ts';
import { clientRequestId, requestIdFor } from './request-id.ts';
import {
  clientErrorHandler,
  DEFAULT_HTTP_LIMITS,
  frameworkErrorHandler,
  type HttpLimits,
  limitConnections,
  serverOptions,
} from './http-limits.ts';
import { checkBodyBounds, endUserHeader, parseTags } from '../gateway/client-strings.ts';
import type { Logger } from 'pino';
import { closeIdleGently } from './graceful-close.ts';
import { trackRouteMethods } from './route-methods.ts';

export interface AppOptions {
  deps: GatewayDeps;
  bodyLimitBytes: number;
  /** Slow/idle client timeouts and the connection cap; defaults when absent. */
  httpLimits?: HttpLimits;
  maxJsonDepth?: number;
  /** Fastify's logger (pino): every 500 is logged through it with its request id. */
  logger?: Logger;
  ready(): Promise<{ ok: boolean; checks: Record<string, string> }>;
  /** The node's full status (degraded dependencies included), for GET /status. */
  status?(): unknown;
  /** Extra routes (admin API, metrics) registered by later stages. */
  plugins?: ((app: FastifyInstance) => void | Promise<void>)[];
  isShuttingDown(): boolean;
}

export type Validator = (
  body: unknown,
) => { ok: true; value: Record<string, unknown> } | { ok: false; param: string; message: string };

/** Writes the answer of one gateway call (after authentication, validation and the client headers). */
export type GatewayHandler = typeof handleChat;

/**
 * Identifies the caller of one route; `standard(req, ctx)` is the gateway's key check (hooks.authenticate). It takes
 * the request and context as arguments, so no closure is made per request.
 */
export type RouteAuthenticate = (
  req: FastifyRequest,
  ctx: RequestContext,
  standard: (req: FastifyRequest, ctx: RequestContext) => void | Promise<void>,
) => void | Promise<void>;

/** Wraps a handler in the gateway path: authenticate, validate, settle the admission, record the call. */
export type GatewayRoute = (
  endpoint: RequestRecord['endpoint'],
  dialect: Dialect,
  validate: Validator,
  handler: GatewayHandler,
  authenticate?: RouteAuthenticate,
) => (req: FastifyRequest, reply: FastifyReply) => Promise<void>;

declare module 'fastify' {
  interface FastifyInstance {
    /** The gateway path for routes registered by areas (e.g. POST /v1/retrieve): recorded like every model call. */
    lintelGateway: GatewayRoute;
  }
}

const FASTIFY_ERRORS: Record<string, (e: Error) => LintelError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => new LintelError('body_too_large'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => new LintelError('unsupported_media_type'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    new LintelError('invalid_request', 'Content-Length does not match the body.'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => new LintelError('invalid_json', 'The request body is empty; send a JSON object.'),
};

export function dialectOf(url: string): Dialect {
  return url.startsWith('/v1/messages') || url.startsWith('/messages') ? 'anthropic' : 'openai';
}

export function toClientError(err: unknown): LintelError {
  if (err instanceof LintelError) return err;
  const e = err as Error & { code?: string; statusCode?: number };
  const mapped = e.code ? FASTIFY_ERRORS[e.code] : undefined;
  if (mapped) return mapped(e);
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500)
    return new LintelError('invalid_request', e.message, { status: e.statusCode });
  return new LintelError('internal_error', undefined, { cause: err });
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const limits = opts.httpLimits ?? DEFAULT_HTTP_LIMITS;
  const app = Fastify(<FastifyHttpOptions<Server>>{
    // The node's logger, without Fastify's per-request lines (the request record covers those).
    ...(opts.logger
      ? {
          loggerInstance: opts.logger,
          logController: new LogController({ disableRequestLogging: true }),
          // Each request's pino child is made when the request first logs (most never do).
          childLoggerFactory: lazyChildLoggerFactory,
        }
      : { logger: false }),
    bodyLimit: opts.bodyLimitBytes,
    return503OnClosing: false, // our handlers answer 503 shutting_down themselves, so those calls are recorded too
    forceCloseConnections: 'idle',
    genReqId: requestIdFor,
    ...serverOptions(limits),
    clientErrorHandler,
    frameworkErrors: frameworkErrorHandler(dialectOf),
  }) as unknown as FastifyInstance;
  closeIdleGently(app.server);
  const allowedMethods = trackRouteMethods(app);
  registerJsonParser(app, opts.maxJsonDepth);
  limitConnections(app, limits.maxConnections, dialectOf);
  app.addHook('onRequest', (req, reply, done) => {
    // Every answer names its request (the gateway routes write theirs on the raw response, with the same id).
    reply.header('x-request-id', req.id);
    // A parameter given twice arrives as an array no handler expects: refuse it here, once for every route.
    const query = req.query as Record<string, unknown> | undefined;
    const repeated = query ? Object.keys(query).find((k) => Array.isArray(query[k])) : undefined;
    // HTTP/1.1 requires Host (RFC 9112 §3.2); Node's own refusal would be a bare 400 (http-limits.ts).
    const hostless = req.raw.httpVersion === '1.1' && req.headers.host === undefined;
    if (repeated === undefined && !hostless) return done();
    const le = hostless
      ? new LintelError('invalid_request', 'An HTTP/1.1 request must carry a Host header.')
      : new LintelError('invalid_request', `Query parameter "${repeated?.slice(0, 64)}" is given more than once.`, {
          param: repeated?.slice(0, 64) ?? null,
        });
    if (hostless) reply.header('connection', 'close');
    reply
      .code(le.status)
      .header('content-type', 'application/json')
      .header('x-request-id', req.id)
      .send(errorBody(dialectOf(req.url), le));
  });

  app.setErrorHandler((err, req, reply) => {
    const le = toClientError(err);
    if (le.code === 'internal_error') logInternalError(req, err);
    reply
      .code(le.status)
      .header('content-type', 'application/json')
      .header('x-request-id', req.id)
      .headers(le.headers ?? {})
      .send(errorBody(dialectOf(req.url), le));
  });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0];
    const shown = path.length > 200 ? `${path.slice(0, 200)}…` : path;
    const allowed = allowedMethods(path);
    if (allowed.length > 0) reply.header('allow', allowed.join(', '));
    // A doubled /v1 is the usual cause: an Anthropic client given ".../v1" as its base URL appends /v1/messages.
    const hint = path.startsWith('/v1/v1/')
      ? " The client's base URL holds /v1 already: give the server's root URL."
      : '';
    const le =
      allowed.length > 0
        ? new LintelError('method_not_allowed', `${req.method} is not allowed on ${shown}; use ${allowed.join(', ')}.`)
        : new LintelError('not_found', `Unknown route: ${req.method} ${shown}.${hint}`);
    // No route, so no route format: an Anthropic client (its SDKs always send anthropic-version) gets its own.
    const dialect = allowed.length === 0 && speaksAnthropic(req.headers) ? 'anthropic' : dialectOf(req.url);
    reply
      .code(le.status)
      .header('content-type', 'application/json')
      .header('x-request-id', req.id)
      .send(errorBody(dialect, le));
  });

  const standardAuth = (req: FastifyRequest, ctx: RequestContext) => opts.deps.hooks.authenticate(req.headers, ctx);
  const gateway: GatewayRoute = (endpoint, dialect, validate, handler, authenticate) =>
    async function gatewayRoute(req: FastifyRequest, reply: FastifyReply): Promise<void> {
      reply.hijack();
      const res = reply.raw;
      const ctx = new RequestContext(req.id, endpoint, dialect);
      ctx.clientRequestId = clientRequestId(req.raw);
      try {
        await (authenticate ? authenticate(req, ctx, standardAuth) : standardAuth(req, ctx));
        ctx.authenticated = true; // from here on, the call is recorded with the client's tags and ids
        if (opts.isShuttingDown()) {
          return sendError(res, ctx, new LintelError('shutting_down', undefined, { headers: { connection: 'close' } }));
        }
        const tags = req.headers['x-lintel-tags'];
        if (typeof tags === 'string') ctx.tags = parseTags(tags);
        const body = req.body;
        if (body === null || typeof body !== 'object' || Array.isArray(body)) {
          return sendError(res, ctx, new LintelError('invalid_request', 'The request body must be a JSON object.'));
        }
        const v = validate(body);
        if (!v.ok) return sendError(res, ctx, new LintelError('invalid_request', v.message, { param: v.param }));
        checkBodyBounds(v.value);
        const endUser = req.headers['x-lintel-end-user'];
        if (typeof endUser === 'string') ctx.endUser = endUserHeader(endUser);
        await handler(opts.deps, ctx, v.value as Json, req.raw, res);
      } catch (err) {
        const le = toClientError(err);
        if (!res.headersSent) sendError(res, ctx, le);
        else if (!res.writableEnded) res.end();
        if (le.code === 'internal_error') ctx.internalCause ??= err;
      } finally {
        if (ctx.status === 500) logInternalError(req, ctx.internalCause);
        opts.deps.account(ctx);
        if (ctx.admission?.settle) {
          try {
            await ctx.admission.settle(ctx);
          } catch {
            /* settlement problems are the access layer's to log; never the client's */
          }
        }
        opts.deps.finish(ctx);
      }
    };

  app.decorate('lintelGateway', gateway);
  const chat = gateway('chat', 'openai', validateChatCompletionRequest, handleChat);
  const messages = gateway('messages', 'anthropic', validateMessagesRequest, handleChat);
  const embeddings = gateway('embeddings', 'openai', validateEmbeddingRequest, handleEmbeddings);
  const responses = gateway('responses', 'openai', validateResponsesRequest, handleResponses);
  const countTokens = gateway('count_tokens', 'anthropic', validateCountTokensRequest, handleCountTokens);
  const predict = gateway('predict', 'openai', validatePredictRequest, handlePredict);
  registerResponseLookups(app, opts.deps.hooks, () => opts.deps.responses);
  for (const prefix of ['/v1', '']) {
    app.post(`${prefix}/responses`, responses);
    app.post(`${prefix}/messages/count_tokens`, countTokens);
    app.post(`${prefix}/chat/completions`, chat);
    app.post(`${prefix}/messages`, messages);
    app.post(`${prefix}/embeddings`, embeddings);
    app.post(`${prefix}/predict`, predict);
    app.post(`${prefix}/predict/*`, predict);
    const models = async (req: FastifyRequest<{ Params: { '*'?: string } }>, reply: FastifyReply) => {
      const anthropic = speaksAnthropic(req.headers);
      const dialect: Dialect = anthropic ? 'anthropic' : 'openai';
      const ctx = new RequestContext(req.id, 'chat', dialect);
      const fail = (le: LintelError) =>
        reply
          .code(le.status)
          .header('content-type', 'application/json')
          .header('x-request-id', req.id)
          .headers(anthropic ? { 'request-id': req.id } : {})
          .send(errorBody(dialect, le));
      try {
        await opts.deps.hooks.authenticate(req.headers, ctx);
      } catch (err) {
        return fail(toClientError(err));
      }
      if (anthropic) reply.header('request-id', req.id);
      const mayCall = opts.deps.hooks.mayCall;
      // Only what this key may call is listed or found.
      const ids = opts.deps
        .router()
        .models()
        .filter((m) => !mayCall || mayCall(ctx, m));
      const id = req.params['*']; // a wildcard: routed model names may contain slashes
      if (id === undefined) return modelList(ids, anthropic);
      if (!ids.includes(id)) {
        return fail(new LintelError('model_not_found', `The model '${id}' does not exist.`, { param: 'model' }));
      }
      return model(id, anthropic);
    };
    app.get(`${prefix}/models`, models);
    app.get(`${prefix}/models/*`, models);
  }

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    const r = await opts.ready();
    reply.code(r.ok ? 200 : 503);
    return { status: r.ok ? 'ready' : 'not_ready', checks: r.checks };
  });
  if (opts.status) {
    const status = opts.status;
    app.get('/status', async () => status());
  }

  for (const plugin of opts.plugins ?? []) await plugin(app);
  return app;
}

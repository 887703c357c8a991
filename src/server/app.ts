// The HTTP surface: Fastify for parsing, limits and routing; gateway handlers write the responses.
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { validateCountTokensRequest, validateMessagesRequest } from '../api/anthropic/schema.ts';
import { handleCountTokens } from '../gateway/count-tokens.ts';
import { validateChatCompletionRequest, validateEmbeddingRequest } from '../api/openai/schema.ts';
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
import { requestIdFor } from './request-id.ts';

export interface AppOptions {
  deps: GatewayDeps;
  bodyLimitBytes: number;
  ready(): Promise<{ ok: boolean; checks: Record<string, string> }>;
  /** Extra routes (admin API, metrics) registered by later stages. */
  plugins?: ((app: FastifyInstance) => void | Promise<void>)[];
  isShuttingDown(): boolean;
}

type Validator = (
  body: unknown,
) => { ok: true; value: Record<string, unknown> } | { ok: false; param: string; message: string };

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
  return new LintelError('internal_error');
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: opts.bodyLimitBytes,
    return503OnClosing: false, // our handlers answer 503 shutting_down themselves, so those calls are recorded too
    forceCloseConnections: 'idle',
    genReqId: requestIdFor,
  });
  registerJsonParser(app);

  app.setErrorHandler((err, req, reply) => {
    const le = toClientError(err);
    reply
      .code(le.status)
      .header('content-type', 'application/json')
      .header('x-request-id', req.id)
      .headers(le.headers ?? {})
      .send(errorBody(dialectOf(req.url), le));
  });
  app.setNotFoundHandler((req, reply) => {
    const le = new LintelError('not_found', `Unknown route: ${req.method} ${req.url.split('?')[0]}`);
    reply
      .code(404)
      .header('content-type', 'application/json')
      .header('x-request-id', req.id)
      .send(errorBody(dialectOf(req.url), le));
  });

  const gateway = (
    endpoint: RequestRecord['endpoint'],
    dialect: Dialect,
    validate: Validator,
    handler: typeof handleChat,
  ) =>
    async function gatewayRoute(req: FastifyRequest, reply: FastifyReply): Promise<void> {
      reply.hijack();
      const res = reply.raw;
      const ctx = new RequestContext(req.id, endpoint, dialect);
      try {
        const tags = req.headers['x-lintel-tags'];
        if (typeof tags === 'string') ctx.tags = parseTags(tags);
        if (opts.isShuttingDown()) {
          return sendError(res, ctx, new LintelError('shutting_down', undefined, { headers: { connection: 'close' } }));
        }
        await opts.deps.hooks.authenticate(req.headers, ctx);
        const body = req.body;
        if (body === null || typeof body !== 'object' || Array.isArray(body)) {
          return sendError(res, ctx, new LintelError('invalid_request', 'The request body must be a JSON object.'));
        }
        const v = validate(body);
        if (!v.ok) return sendError(res, ctx, new LintelError('invalid_request', v.message, { param: v.param }));
        const endUser = req.headers['x-lintel-end-user'];
        if (typeof endUser === 'string') ctx.endUser = endUser;
        await handler(opts.deps, ctx, v.value as Json, req.raw, res);
      } catch (err) {
        if (!res.headersSent) sendError(res, ctx, toClientError(err));
        else if (!res.writableEnded) res.end();
      } finally {
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

  const chat = gateway('chat', 'openai', validateChatCompletionRequest, handleChat);
  const messages = gateway('messages', 'anthropic', validateMessagesRequest, handleChat);
  const embeddings = gateway('embeddings', 'openai', validateEmbeddingRequest, handleEmbeddings);
  const responses = gateway('responses', 'openai', validateResponsesRequest, handleResponses);
  const countTokens = gateway('count_tokens', 'anthropic', validateCountTokensRequest, handleCountTokens);
  registerResponseLookups(app, opts.deps.hooks, () => opts.deps.responses);
  for (const prefix of ['/v1', '']) {
    app.post(`${prefix}/responses`, responses);
    app.post(`${prefix}/messages/count_tokens`, countTokens);
    app.post(`${prefix}/chat/completions`, chat);
    app.post(`${prefix}/messages`, messages);
    app.post(`${prefix}/embeddings`, embeddings);
    const models = async (req: FastifyRequest<{ Params: { '*'?: string } }>, reply: FastifyReply) => {
      const anthropic = speaksAnthropic(req.headers);
      const dialect: Dialect = anthropic ? 'anthropic' : 'openai';
      const fail = (le: LintelError) =>
        reply
          .code(le.status)
          .header('content-type', 'application/json')
          .header('x-request-id', req.id)
          .headers(anthropic ? { 'request-id': req.id } : {})
          .send(errorBody(dialect, le));
      try {
        await opts.deps.hooks.authenticate(req.headers, new RequestContext(req.id, 'chat', dialect));
      } catch (err) {
        return fail(toClientError(err));
      }
      if (anthropic) reply.header('request-id', req.id);
      const ids = opts.deps.router().models();
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

  for (const plugin of opts.plugins ?? []) await plugin(app);
  return app;
}

/** `x-lintel-tags: team=search,env=prod` → bounded tag map (20 tags, 64-char keys, 256-char values). */
export function parseTags(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  let n = 0;
  for (const pair of header.split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const k = pair.slice(0, eq).trim().slice(0, 64);
    const v = pair
      .slice(eq + 1)
      .trim()
      .slice(0, 256);
    if (k && n++ < 20) out[k] = v;
  }
  return out;
}

// Writes responses straight to the Node response (the gateway routes hijack Fastify's reply).
import type { ServerResponse } from 'node:http';
import { errorBody } from '../errors/format.ts';
import type { LintelError } from '../errors/lintel-error.ts';
import type { RequestContext } from './context.ts';

export function gatewayHeaders(ctx: RequestContext, extra?: Record<string, string>): Record<string, string> {
  const h: Record<string, string> = { 'x-request-id': ctx.id };
  if (ctx.clientRequestId !== null) h['x-client-request-id'] = ctx.clientRequestId;
  if (ctx.dialect === 'anthropic') h['request-id'] = ctx.id; // where the Anthropic SDKs read it (`_request_id`)
  const n = ctx.trace.attempts.length;
  if (n > 0) h['x-lintel-attempts'] = String(n);
  if (ctx.provider) h['x-lintel-provider'] = ctx.provider;
  if (ctx.provider && ctx.modelServed) h['x-lintel-target'] = `${ctx.provider}/${ctx.modelServed}`;
  if (ctx.responseHeaders) Object.assign(h, ctx.responseHeaders);
  if (ctx.cacheHit) h['x-lintel-cache'] = 'hit';
  if (extra) Object.assign(h, extra);
  return h;
}

export function sendJson(
  res: ServerResponse,
  ctx: RequestContext,
  status: number,
  /** A Buffer goes to the socket as it is (answers built as UTF-8 bytes, e.g. /v1/retrieve). */
  body: string | Buffer,
  extra?: Record<string, string>,
): void {
  ctx.status = status;
  ctx.markFirstByte();
  if (res.destroyed) return;
  const headers = gatewayHeaders(ctx, extra);
  headers['content-type'] = 'application/json';
  headers['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.length);
  res.writeHead(status, headers);
  res.end(body);
}

export function sendError(res: ServerResponse, ctx: RequestContext, err: LintelError): void {
  ctx.errorType = err.code;
  if (err.code === 'internal_error') ctx.internalCause = err.cause ?? err;
  sendJson(res, ctx, err.status, errorBody(ctx.dialect, err), err.headers);
}

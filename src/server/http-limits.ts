// What the HTTP server does about slow, idle, oversized and excess clients, and how the errors Node and Fastify
// raise before a route runs (408, 414, 431, malformed HTTP, bad URL) are answered: in the caller's API format.
import type { Socket } from 'node:net';
import type { ServerOptions } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from '../errors/format.ts';
import { LintelError } from '../errors/lintel-error.ts';
import type { Dialect } from '../spec/chat.ts';

export interface HttpLimits {
  headersTimeoutMs: number;
  /** 0 = unbounded. */
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxConnections: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 60_000,
  requestTimeoutMs: 120_000,
  keepAliveTimeoutMs: 72_000,
  maxConnections: 10_000,
};

/** The Fastify/Node server options that enforce the limits (Node checks the timers every checking interval). */
export function serverOptions(limits: HttpLimits): {
  requestTimeout: number;
  keepAliveTimeout: number;
  http: ServerOptions;
} {
  const shortest = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs || Number.POSITIVE_INFINITY);
  return {
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    http: {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // Node's default is 30 s, which would let a slow client overstay a short timeout by that much.
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(shortest / 4))),
      // Node answers an HTTP/1.1 request without Host with a bare 400; the app refuses it in the API's format.
      requireHostHeader: false,
    },
  };
}

/** The URL of the request a connection is carrying once its headers were read (a slow body times out later). */
const urlOnSocket = new WeakMap<Socket, string>();

/** The dialect of a failing request: from its first bytes (the request line), else from its routed URL. */
function dialectOfFailure(raw: unknown, socket: Socket): Dialect {
  const line = Buffer.isBuffer(raw) ? raw.subarray(0, 512).toString('latin1').split('\r\n', 1)[0] : '';
  const path = line.split(' ')[1] ?? urlOnSocket.get(socket) ?? '';
  return path.startsWith('/v1/messages') || path.startsWith('/messages') ? 'anthropic' : 'openai';
}

/** Half of Node's default 16 KiB header allowance. */
const URL_SHARE_OF_HEADERS = 8 * 1024;

function clientErrorOf(err: ClientError): LintelError {
  switch (err.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new LintelError('request_timeout');
    case 'HPE_HEADER_OVERFLOW': {
      // When the request line alone takes most of the header allowance, the URL is what is too long.
      const raw = err.rawPacket;
      const lineEnd = Buffer.isBuffer(raw) ? raw.indexOf('\r\n') : -1;
      return Buffer.isBuffer(raw) && (lineEnd === -1 || lineEnd > URL_SHARE_OF_HEADERS)
        ? new LintelError('uri_too_long')
        : new LintelError('headers_too_large');
    }
    case 'HPE_INVALID_CONTENT_LENGTH':
    case 'HPE_UNEXPECTED_CONTENT_LENGTH':
      return new LintelError('invalid_request', 'Content-Length is not valid for this request.');
    default:
      return new LintelError('invalid_request', `The request is not valid HTTP (${err.code ?? 'parse error'}).`);
  }
}

/** Fastify `clientErrorHandler`: errors Node's HTTP parser raises on a connection, answered then closed. */
type ClientError = Error & { code?: string; rawPacket?: unknown };

export function clientErrorHandler(err: ClientError, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const le = clientErrorOf(err);
  const body = errorBody(dialectOfFailure(err.rawPacket, socket), le);
  socket.end(
    `HTTP/1.1 ${le.status} ${statusText(le.status)}\r\ncontent-type: application/json\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
  // A slow client may keep its half of the connection open; nothing more is read from it.
  socket.once('finish', () => socket.destroy());
}

function statusText(status: number): string {
  return (
    { 400: 'Bad Request', 408: 'Request Timeout', 414: 'URI Too Long', 431: 'Request Header Fields Too Large' }[
      status
    ] ?? 'Error'
  );
}

/** Fastify `frameworkErrors`: a URL that cannot be decoded, an over-long path parameter. */
export function frameworkErrorHandler(dialectOf: (url: string) => Dialect) {
  return (err: FastifyError, req: FastifyRequest, reply: FastifyReply): void => {
    const le =
      err.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? new LintelError('uri_too_long', 'A path segment of the URL is too long.')
        : err.code === 'FST_ERR_BAD_URL'
          ? new LintelError('invalid_request', 'The request URL is not valid (malformed percent-encoding).')
          : new LintelError('invalid_request', 'The request could not be routed.');
    reply
      .code(le.status)
      .header('content-type', 'application/json')
      .header('x-request-id', req.id)
      .send(errorBody(dialectOf(req.url), le));
  };
}

/**
 * Caps open client connections: a connection over the cap is still accepted so its request can be refused
 * clearly (503 `server_busy` in the caller's format, `connection: close`) instead of being dropped unanswered.
 */
export function limitConnections(app: FastifyInstance, max: number, dialectOf: (url: string) => Dialect): () => number {
  let open = 0;
  const over = new WeakSet<Socket>();
  app.server.on('connection', (socket: Socket) => {
    open++;
    if (open > max) over.add(socket);
    socket.once('close', () => open--);
  });
  app.addHook('onRequest', (req, reply, done) => {
    urlOnSocket.set(req.raw.socket, req.url);
    if (!over.has(req.raw.socket)) return done();
    const le = new LintelError('server_busy', undefined, { headers: { 'retry-after': '1', connection: 'close' } });
    reply
      .code(le.status)
      .header('content-type', 'application/json')
      .header('x-request-id', req.id)
      .headers(le.headers ?? {})
      .send(errorBody(dialectOf(req.url), le));
  });
  return () => open;
}

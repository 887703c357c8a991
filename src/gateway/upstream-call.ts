// One upstream attempt: send, enforce the attempt timeout, classify failures as UpstreamError.
// JSON attempts return the parsed body; stream attempts return once the first SSE event arrived,
// so a target that fails before sending anything can still be replaced by the next one.
import type { Dispatcher } from 'undici';
import type { AttemptContext } from '../routing/executor.ts';
import { type SseEvent, SseParser } from '../upstream/sse-parser.ts';
import { UpstreamError } from '../upstream/upstream-error.ts';
import type { UpstreamPools } from '../upstream/pools.ts';

export interface JsonAttemptResult {
  text: string;
  json: Record<string, unknown>;
}

export interface StreamAttemptResult {
  body: Dispatcher.ResponseData['body'];
  iterator: AsyncIterator<Buffer>;
  parser: SseParser;
  first: SseEvent[];
  /** Clears the attempt timer; the relay enforces idle timeouts itself. */
  headers: Record<string, string | string[] | undefined>;
}

const MAX_ERROR_BODY = 64 * 1024;

async function readBounded(body: Dispatcher.ResponseData['body'], limit: number): Promise<string> {
  let out = '';
  for await (const chunk of body) {
    if (out.length < limit) out += (chunk as Buffer).toString('utf8');
  }
  return out.length > limit ? out.slice(0, limit) : out;
}

/** Errors that mean Lintel built a bad call (arguments, header values), not that the upstream failed. */
const LOCAL_FAULTS = new Set([
  'UND_ERR_INVALID_ARG',
  'UND_ERR_NOT_SUPPORTED',
  'ERR_INVALID_ARG_TYPE',
  'ERR_INVALID_ARG_VALUE',
  'ERR_INVALID_HTTP_TOKEN',
  'ERR_INVALID_CHAR',
]);

/**
 * An UpstreamError for what the upstream did; Lintel's own faults are returned unchanged so the executor
 * neither retries them nor counts them against the target's circuit breaker.
 */
function classify(err: unknown, timedOut: boolean): Error {
  if (err instanceof UpstreamError) return err;
  if (timedOut) return new UpstreamError('timeout', 'upstream did not answer within the attempt timeout');
  const e = err as { code?: string; name?: string; message?: string };
  if ((e.code && LOCAL_FAULTS.has(e.code)) || (!e.code && (err instanceof TypeError || err instanceof RangeError)))
    return err as Error;
  if (e.name === 'HeadersTimeoutError' || e.code === 'UND_ERR_HEADERS_TIMEOUT' || e.code === 'UND_ERR_BODY_TIMEOUT') {
    return new UpstreamError('timeout', 'upstream timed out');
  }
  return new UpstreamError('connection', `upstream connection failed: ${e.code ?? e.name ?? 'error'}`);
}

async function send(
  pools: UpstreamPools,
  ctx: AttemptContext,
  path: string,
  body: string,
  extraHeaders: Record<string, string> | undefined,
  idleMs: number,
): Promise<{ res: Dispatcher.ResponseData; timer: NodeJS.Timeout; timedOut: () => boolean }> {
  const { target } = ctx;
  let fired = false;
  const ac = new AbortController();
  const onAbort = () => ac.abort();
  ctx.signal.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    fired = true;
    ac.abort();
  }, ctx.timeoutMs);
  const headers = extraHeaders
    ? { ...target.provider.adapter.headers(), ...extraHeaders }
    : target.provider.adapter.headers();
  try {
    const res = await pools.request({
      origin: target.provider.origin,
      path,
      headers,
      body,
      signal: ac.signal,
      headersTimeoutMs: ctx.timeoutMs + 1000, // our timer fires first; undici's is a backstop
      bodyTimeoutMs: idleMs,
      connections: target.provider.config.connections,
      connectTimeoutMs: target.provider.config.connect_timeout_ms,
    });
    if (res.statusCode >= 400) {
      const text = await readBounded(res.body, MAX_ERROR_BODY).catch(() => '');
      clearTimeout(timer);
      throw new UpstreamError('http_status', `upstream answered ${res.statusCode}`, {
        status: res.statusCode,
        headers: res.headers,
        body: text,
      });
    }
    return { res, timer, timedOut: () => fired };
  } catch (err) {
    clearTimeout(timer);
    throw classify(err, fired);
  } finally {
    ctx.signal.removeEventListener('abort', onAbort);
  }
}

export async function jsonAttempt(
  pools: UpstreamPools,
  ctx: AttemptContext,
  path: string,
  body: string,
  idleMs: number,
  extraHeaders?: Record<string, string>,
): Promise<JsonAttemptResult> {
  const { res, timer, timedOut } = await send(pools, ctx, path, body, extraHeaders, idleMs);
  try {
    const text = await res.body.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new UpstreamError('malformed', 'upstream answered with a body that is not JSON');
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
      throw new UpstreamError('malformed', 'upstream answered with a JSON value that is not an object');
    }
    return { text, json: json as Record<string, unknown> };
  } catch (err) {
    throw classify(err, timedOut());
  } finally {
    clearTimeout(timer);
  }
}

export async function streamAttempt(
  pools: UpstreamPools,
  ctx: AttemptContext,
  path: string,
  body: string,
  idleMs: number,
  extraHeaders?: Record<string, string>,
): Promise<StreamAttemptResult> {
  const { res, timer, timedOut } = await send(pools, ctx, path, body, extraHeaders, idleMs);
  const iterator = res.body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const parser = new SseParser();
  try {
    let first: SseEvent[] = [];
    while (first.length === 0) {
      const { value, done } = await iterator.next();
      if (done) {
        first = parser.end();
        if (first.length === 0) throw new UpstreamError('malformed', 'upstream stream ended before its first event');
        break;
      }
      first = parser.push(value);
    }
    return { body: res.body, iterator, parser, first, headers: res.headers };
  } catch (err) {
    res.body.destroy();
    throw classify(err, timedOut());
  } finally {
    clearTimeout(timer);
  }
}

// An upstream's 4xx is the caller's problem. Same format: its body goes out byte for byte with its status (code,
// type, param and request ids intact). Other format: mapped field by field into the caller's error shape.
import type { ServerResponse } from 'node:http';
import { errorTypeFromSpec } from '../api/anthropic/mapping.ts';
import type { Dialect } from '../spec/chat.ts';
import type { UpstreamError } from '../upstream/upstream-error.ts';
import type { RequestContext } from './context.ts';
import { sendJson } from './respond.ts';

interface ParsedError {
  dialect: Dialect;
  message: string;
  type: string | null;
  param: string | null;
  code: string | null;
}

const ANTHROPIC_BY_STATUS: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
};

/** Anthropic error types that OpenAI clients know under another name. */
const OPENAI_TYPE: Record<string, string> = {
  not_found_error: 'invalid_request_error',
  request_too_large: 'invalid_request_error',
  rate_limit_error: 'rate_limit_exceeded',
  api_error: 'server_error',
  overloaded_error: 'server_error',
};

export function parseUpstreamError(body: string | null): ParsedError | null {
  let j: { type?: unknown; error?: Record<string, unknown> | null };
  try {
    j = JSON.parse(body ?? '');
  } catch {
    return null;
  }
  const e = j?.error;
  if (!e || typeof e !== 'object') return null;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    dialect: j.type === 'error' ? 'anthropic' : 'openai',
    message: str(e.message) ?? '',
    type: str(e.type),
    param: str(e.param),
    code: str(e.code) ?? (typeof e.code === 'number' ? String(e.code) : null),
  };
}

export function relayClientError(res: ServerResponse, ctx: RequestContext, err: UpstreamError): void {
  const status = err.status ?? 400;
  const parsed = parseUpstreamError(err.body);
  ctx.errorType = 'upstream_client_error';
  if (parsed && parsed.dialect === ctx.dialect) {
    sendJson(res, ctx, status, err.body!);
    return;
  }
  const message = parsed?.message || `upstream rejected the request (${status})`;
  let out: object;
  if (ctx.dialect === 'anthropic') {
    const type = parsed?.type ? errorTypeFromSpec(parsed.type) : undefined;
    const mapped = type && type !== 'api_error' ? type : (ANTHROPIC_BY_STATUS[status] ?? 'invalid_request_error');
    out = { type: 'error', error: { type: mapped, message } };
  } else {
    const type = parsed?.type ? (OPENAI_TYPE[parsed.type] ?? parsed.type) : 'invalid_request_error';
    // Anthropic names no param or code; its error type is the closest thing to OpenAI's code.
    out = { error: { message, type, param: parsed?.param ?? null, code: parsed?.code ?? parsed?.type ?? null } };
  }
  sendJson(res, ctx, status, JSON.stringify(out));
}

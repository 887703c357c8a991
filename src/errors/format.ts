// Renders an error in the caller's API format.
import type { Dialect } from '../spec/chat.ts';
import { ERROR_CODES } from './codes.ts';
import type { LintelError } from './lintel-error.ts';

export function errorBody(dialect: Dialect, err: LintelError): string {
  const spec = ERROR_CODES[err.code];
  if (dialect === 'anthropic') {
    return JSON.stringify({ type: 'error', error: { type: spec.anthropicType, message: err.message } });
  }
  return JSON.stringify({ error: { message: err.message, type: spec.openaiType, param: err.param, code: err.code } });
}

/** The SSE frame that ends a stream with an error, in the caller's format. */
export function errorFrame(dialect: Dialect, err: LintelError): string {
  return dialect === 'anthropic'
    ? `event: error\ndata: ${errorBody(dialect, err)}\n\n`
    : `data: ${errorBody(dialect, err)}\n\n`;
}

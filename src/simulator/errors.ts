// Error bodies in each provider's real shape, so gateways exercise their real error parsing.

export type Dialect = 'openai' | 'anthropic';

interface OpenAIErrorKind {
  type: string;
  code: string | null;
  message: string;
}

const OPENAI: Record<number, OpenAIErrorKind> = {
  400: { type: 'invalid_request_error', code: null, message: 'Invalid request.' },
  401: { type: 'invalid_request_error', code: 'invalid_api_key', message: 'Incorrect API key provided.' },
  404: { type: 'invalid_request_error', code: null, message: 'Not found.' },
  413: { type: 'invalid_request_error', code: null, message: 'Request too large.' },
  429: {
    type: 'requests',
    code: 'rate_limit_exceeded',
    message: 'Rate limit reached for requests. Please try again later.',
  },
  500: {
    type: 'server_error',
    code: null,
    message: 'The server had an error while processing your request. Sorry about that!',
  },
  502: { type: 'server_error', code: null, message: 'Bad gateway.' },
  503: { type: 'server_error', code: null, message: 'The server is overloaded or not ready yet.' },
};

// 503 maps to overloaded_error (Anthropic's own overload status is 529); the configured status is kept.
const ANTHROPIC: Record<number, [type: string, message: string]> = {
  400: ['invalid_request_error', 'Invalid request.'],
  401: ['authentication_error', 'invalid x-api-key'],
  403: ['permission_error', 'Permission denied.'],
  404: ['not_found_error', 'Not found.'],
  413: ['request_too_large', 'Request exceeds the maximum allowed size.'],
  429: ['rate_limit_error', 'Number of requests has exceeded your rate limit.'],
  500: ['api_error', 'Internal server error.'],
  502: ['api_error', 'Bad gateway.'],
  503: ['overloaded_error', 'Overloaded'],
  529: ['overloaded_error', 'Overloaded'],
};

export interface OpenAIErrorDetails {
  param?: string | null;
  code?: string | null;
}

export function openaiErrorBody(status: number, message?: string, details: OpenAIErrorDetails = {}): string {
  const kind = OPENAI[status] ?? OPENAI[status >= 500 ? 500 : 400];
  return JSON.stringify({
    error: {
      message: message ?? simulated(kind.message),
      type: kind.type,
      param: details.param ?? null,
      code: details.code === undefined ? kind.code : details.code,
    },
  });
}

export function anthropicErrorBody(status: number, message?: string): string {
  const [type, fallback] = ANTHROPIC[status] ?? ANTHROPIC[status >= 500 ? 500 : 400];
  return JSON.stringify({ type: 'error', error: { type, message: message ?? simulated(fallback) } });
}

export function errorBody(dialect: Dialect, status: number, message?: string, details?: OpenAIErrorDetails): string {
  return dialect === 'anthropic' ? anthropicErrorBody(status, message) : openaiErrorBody(status, message, details);
}

function simulated(message: string): string {
  return message + ' (lintel simulator)';
}

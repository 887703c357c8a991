// One registry of Lintel's coded errors: code → HTTP status, API error types, default message.
// Every error a client can see is listed here (docs/errors.md is generated from it by its test).

export interface ErrorSpec {
  status: number;
  /** `error.type` on OpenAI routes. */
  openaiType: string;
  /** `error.type` on Anthropic routes. */
  anthropicType: string;
  message: string;
}

export const ERROR_CODES = {
  invalid_json: {
    status: 400,
    openaiType: 'invalid_request_error',
    anthropicType: 'invalid_request_error',
    message: 'The request body is not valid JSON.',
  },
  invalid_utf8: {
    status: 400,
    openaiType: 'invalid_request_error',
    anthropicType: 'invalid_request_error',
    message: 'The request body is not valid UTF-8.',
  },
  invalid_request: {
    status: 400,
    openaiType: 'invalid_request_error',
    anthropicType: 'invalid_request_error',
    message: 'The request is invalid.',
  },
  invalid_config: {
    status: 400,
    openaiType: 'invalid_request_error',
    anthropicType: 'invalid_request_error',
    message: 'The config file is not valid; the running config stays in effect.',
  },
  unsupported_media_type: {
    status: 415,
    openaiType: 'invalid_request_error',
    anthropicType: 'invalid_request_error',
    message: 'Content-Type must be application/json.',
  },
  body_too_large: {
    status: 413,
    openaiType: 'invalid_request_error',
    anthropicType: 'request_too_large',
    message: 'The request body is larger than the limit.',
  },
  request_timeout: {
    status: 408,
    openaiType: 'invalid_request_error',
    anthropicType: 'invalid_request_error',
    message: 'The request did not arrive in time (server.headers_timeout_ms / server.request_timeout_ms).',
  },
  uri_too_long: {
    status: 414,
    openaiType: 'invalid_request_error',
    anthropicType: 'invalid_request_error',
    message: 'The request URL is too long.',
  },
  headers_too_large: {
    status: 431,
    openaiType: 'invalid_request_error',
    anthropicType: 'invalid_request_error',
    message: 'The request headers are too large.',
  },
  invalid_api_key: {
    status: 401,
    openaiType: 'invalid_request_error',
    anthropicType: 'authentication_error',
    message: 'Invalid or missing API key.',
  },
  permission_denied: {
    status: 403,
    openaiType: 'invalid_request_error',
    anthropicType: 'permission_error',
    message: 'This key may not do that.',
  },
  model_not_found: {
    status: 404,
    openaiType: 'invalid_request_error',
    anthropicType: 'not_found_error',
    message: 'The model does not exist or is not routed.',
  },
  not_found: {
    status: 404,
    openaiType: 'invalid_request_error',
    anthropicType: 'not_found_error',
    message: 'Unknown route.',
  },
  conflict: {
    status: 409,
    openaiType: 'invalid_request_error',
    anthropicType: 'invalid_request_error',
    message: 'The request conflicts with the current state of the resource (a name already taken, a run not finished).',
  },
  gate_refused: {
    status: 409,
    openaiType: 'invalid_request_error',
    anthropicType: 'invalid_request_error',
    message: 'The promotion gate refused the change.',
  },
  method_not_allowed: {
    status: 405,
    openaiType: 'invalid_request_error',
    anthropicType: 'invalid_request_error',
    message: 'Method not allowed on this path; the Allow header lists the methods that are.',
  },
  unsupported_parameter: {
    status: 400,
    openaiType: 'invalid_request_error',
    anthropicType: 'invalid_request_error',
    message: 'A parameter is not supported by the upstream serving this model.',
  },
  rate_limit_exceeded: {
    status: 429,
    openaiType: 'requests',
    anthropicType: 'rate_limit_error',
    message: 'Rate limit exceeded.',
  },
  budget_exceeded: {
    status: 429,
    openaiType: 'insufficient_quota',
    anthropicType: 'rate_limit_error',
    message: 'Budget exceeded.',
  },
  guardrail_blocked: {
    status: 400,
    openaiType: 'invalid_request_error',
    anthropicType: 'invalid_request_error',
    message: 'Blocked by a guardrail.',
  },
  limits_unavailable: {
    status: 503,
    openaiType: 'server_error',
    anthropicType: 'overloaded_error',
    message:
      'Rate limits and budgets cannot be checked because the shared limit store (Redis) is unreachable; refusing by policy (access.redis_failure_mode: closed).',
  },
  service_stopped: {
    status: 503,
    openaiType: 'server_error',
    anthropicType: 'overloaded_error',
    message: 'This service has been stopped by an administrator.',
  },
  upstream_error: {
    status: 502,
    openaiType: 'server_error',
    anthropicType: 'api_error',
    message: 'The upstream provider failed.',
  },
  upstream_unavailable: {
    status: 503,
    openaiType: 'server_error',
    anthropicType: 'overloaded_error',
    message: 'No upstream target could serve the request.',
  },
  upstream_timeout: {
    status: 504,
    openaiType: 'server_error',
    anthropicType: 'api_error',
    message: 'The upstream provider did not answer in time.',
  },
  server_busy: {
    status: 503,
    openaiType: 'server_error',
    anthropicType: 'overloaded_error',
    message: 'Too many open connections (server.max_connections); retry later.',
  },
  shutting_down: {
    status: 503,
    openaiType: 'server_error',
    anthropicType: 'overloaded_error',
    message: 'Lintel is shutting down.',
  },
  internal_error: { status: 500, openaiType: 'server_error', anthropicType: 'api_error', message: 'Internal error.' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERROR_CODES;

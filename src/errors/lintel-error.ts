import { ERROR_CODES, type ErrorCode } from './codes.ts';

/** An error a client may see. `param` names the offending field (OpenAI's `error.param`). */
export class LintelError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly param: string | null;
  /** Extra response headers (e.g. Retry-After). */
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    message?: string,
    opts: { param?: string | null; status?: number; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    // `cause` keeps the original fault of an internal_error for the log; it is never sent to the client.
    super(message ?? ERROR_CODES[code].message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'LintelError';
    this.code = code;
    this.status = opts.status ?? ERROR_CODES[code].status;
    this.param = opts.param ?? null;
    this.headers = opts.headers;
  }
}

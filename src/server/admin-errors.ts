// One way every admin route answers an error: the OpenAI error shape from the coded registry.
import type { FastifyReply } from 'fastify';
import { errorBody } from '../errors/format.ts';
import { LintelError } from '../errors/lintel-error.ts';
import { QueryValidationError } from '../recording/queries.ts';
import { logInternalError } from './internal-errors.ts';

export function sendAdminError(reply: FastifyReply, err: unknown): FastifyReply {
  const le =
    err instanceof LintelError
      ? err
      : err instanceof QueryValidationError
        ? new LintelError('invalid_request', err.message, { param: err.field })
        : new LintelError('internal_error');
  if (le.code === 'internal_error') logInternalError(reply.request, err);
  return reply
    .code(le.status)
    .header('content-type', 'application/json')
    .header('x-request-id', reply.request.id)
    .send(errorBody('openai', le));
}

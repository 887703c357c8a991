// Every 500 Lintel answers is logged once, with its request id, through the node's logger (Fastify's request
// logger carries it). The client sees only "Internal error."; the cause stays in the log.
import type { FastifyRequest } from 'fastify';

export function logInternalError(req: FastifyRequest, err: unknown): void {
  req.log.error({ err, requestId: req.id, method: req.method, path: req.url.split('?')[0] }, 'internal error (500)');
}

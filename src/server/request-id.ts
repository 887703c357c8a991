// Request ids. The record's id (and the x-request-id Lintel answers with) is always generated here: a client's
// id is not unique, so two clients (or one replaying) would collide on the record's primary key. A client's own
// x-request-id is kept beside it as a correlation field (tag `client_request_id`, header x-client-request-id).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFor(_req: IncomingMessage): string {
  return randomUUID();
}

/** The caller's x-request-id when it is short and safe to log and echo; else null (ignored). */
export function clientRequestId(req: IncomingMessage): string | null {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SAFE_ID.test(given) ? given : null;
}

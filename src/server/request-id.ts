// Request ids. The record's id (and the x-request-id Lintel answers with) is always generated here: a client's
// id is not unique, so two clients (or one replaying) would collide on the record's primary key. A client's own
// x-request-id is kept beside it as a correlation field (tag `client_request_id`, header x-client-request-id).
// The id is a UUIDv7 (RFC 9562: 48 bits of Unix milliseconds, then 74 random bits): ids made close in time sort
// close together, so the request log's indexes on the id (`requests` primary key, `request_explanations`) grow at
// their end. With random (v4) ids every record of a batch landed on a different page of those indexes and each
// commit rewrote hundreds of pages (≈ 20 µs of the writer's CPU a record, measured with bench/recorder-cost.ts).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A UUIDv7 for `ms` (default now): a v4's random bits (node's pooled generator) behind a 48-bit timestamp. */
export function newRequestId(ms: number = Date.now()): string {
  const u = randomUUID(); // xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx, V = variant 10xx
  const t = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0').slice(-12);
  return `${t.slice(0, 8)}-${t.slice(8)}-7${u.slice(15)}`;
}

export function requestIdFor(_req: IncomingMessage): string {
  return newRequestId();
}

/** The caller's x-request-id when it is short and safe to log and echo; else null (ignored). */
export function clientRequestId(req: IncomingMessage): string | null {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SAFE_ID.test(given) ? given : null;
}

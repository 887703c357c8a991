// Sub-calls: model calls a node makes in-process on behalf of a request it has already admitted (a search's query
// embedding). The request counted against requests-per-minute and concurrency; its sub-calls count only their
// tokens and cost (tpm, budgets). The marker is a header carrying a random per-process token, so a client cannot
// claim it: only AreaContext.gateway (same process) knows the token.
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const SUBCALL_HEADER = 'x-lintel-subcall';
const token = randomBytes(24).toString('base64url');

/** The header to send with an in-process sub-call. */
export function subcallHeaders(): Record<string, string> {
  return { [SUBCALL_HEADER]: token };
}

export function isSubcall(headers: IncomingHttpHeaders): boolean {
  return headers[SUBCALL_HEADER] === token;
}

// The key a caller presents: `Authorization: Bearer …` (OpenAI SDKs) or `x-api-key` (Anthropic SDKs).
import type { IncomingHttpHeaders } from 'node:http';

export function presentedKey(headers: IncomingHttpHeaders): string | null {
  const auth = headers.authorization;
  if (typeof auth === 'string' && auth.length > 7 && auth.slice(0, 7).toLowerCase() === 'bearer ')
    return auth.slice(7).trim();
  const x = headers['x-api-key'];
  return typeof x === 'string' && x !== '' ? x : null;
}

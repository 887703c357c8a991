// Master-key authentication (the full key system builds on this seam).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export function presentedKey(headers: IncomingHttpHeaders): string | null {
  const auth = headers.authorization;
  if (typeof auth === 'string' && auth.length > 7 && auth.slice(0, 7).toLowerCase() === 'bearer ')
    return auth.slice(7).trim();
  const x = headers['x-api-key'];
  return typeof x === 'string' && x !== '' ? x : null;
}

export function createMasterKeyCheck(masterKey: string): (presented: string | null) => boolean {
  const want = createHash('sha256').update(masterKey).digest();
  return (presented) => {
    if (presented === null) return false;
    return timingSafeEqual(createHash('sha256').update(presented).digest(), want);
  };
}

// The session cookie: read from the Cookie header, written HttpOnly + SameSite=Strict (+ Secure over TLS).
import type { FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'lintel_session';

export function readCookie(req: FastifyRequest, name: string): string | null {
  const header = req.headers.cookie;
  if (typeof header !== 'string') return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/** Set-Cookie value; maxAgeS 0 clears the cookie. */
export function sessionCookie(req: FastifyRequest, token: string, maxAgeS: number): string {
  const parts = [
    `${SESSION_COOKIE}=${encodeURIComponent(token)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${Math.max(0, Math.floor(maxAgeS))}`,
  ];
  if (maxAgeS > 0) parts.push(`Expires=${new Date(Date.now() + maxAgeS * 1000).toUTCString()}`);
  if (req.protocol === 'https') parts.push('Secure');
  return parts.join('; ');
}

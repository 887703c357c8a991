// /console/api/session: sign in with a Lintel key, read the signed-in caller (and the CSRF token), sign out.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LintelError } from '../errors/lintel-error.ts';
import { sendAdminError } from '../server/admin-errors.ts';
import { sessionCookie } from './cookies.ts';
import type { AreaContext } from '../server/areas.ts';
import { sessionOf } from './session-hook.ts';
import type { Session, SessionStore } from './sessions.ts';

const signInBody = z.object({ key: z.string().min(8).max(512) }).strict();

export interface SsoInfo {
  enabled: boolean;
  label: string;
}

export function sessionView(s: Session) {
  const p = s.principal;
  return {
    signed_in: true as const,
    kind: s.kind,
    subject: s.subject,
    role: p.role,
    tenant: p.tenant,
    team: p.team,
    key_id: p.keyId,
    global: p.global,
    /** The session holds a key, so it may call the gateway (key sessions and SSO developers). */
    gateway: s.key !== null,
    csrf_token: s.csrf,
    expires_at: new Date(s.expiresAt).toISOString(),
  };
}

export function registerAuthRoutes(
  app: FastifyInstance,
  store: SessionStore,
  ttlMs: number,
  audit: AreaContext['audit'],
  sso: () => SsoInfo,
): void {
  const actorOf = (s: Session) => ({
    actor: s.principal.keyId ?? s.subject,
    role: s.principal.role,
    tenant: s.principal.tenant,
  });
  app.post('/console/api/session', async (req, reply) => {
    try {
      const parsed = signInBody.safeParse(req.body);
      if (!parsed.success)
        throw new LintelError('invalid_request', 'Send {"key": "<a Lintel key>"}.', { param: 'key' });
      const key = parsed.data.key.trim();
      const resolver = req.server.lintelAdminAuth;
      if (!resolver) throw new LintelError('internal_error', 'Admin authentication is not configured on this node.');
      const principal = resolver.principal({ authorization: `Bearer ${key}` }); // 401 for unknown/revoked keys
      const { token, session } = await store.create({
        kind: 'key',
        subject: principal.keyId ?? 'master-key',
        principal,
        key,
      });
      await audit({ actor: actorOf(session), action: 'console.signin', resource: 'console:key' });
      reply.header('set-cookie', sessionCookie(req, token, ttlMs / 1000)).header('cache-control', 'no-store');
      return sessionView(session);
    } catch (err) {
      return sendAdminError(reply, err);
    }
  });

  app.get('/console/api/session', async (req, reply) => {
    reply.header('cache-control', 'no-store');
    const s = sessionOf(req);
    if (!s) return reply.code(401).send({ signed_in: false, sso: sso() });
    return { ...sessionView(s), sso: sso() };
  });

  app.delete('/console/api/session', async (req, reply) => {
    const s = sessionOf(req);
    if (s) {
      await store.revoke(s.id);
      await audit({ actor: actorOf(s), action: 'console.signout', resource: `console:${s.kind}` });
    }
    reply.header('set-cookie', sessionCookie(req, '', 0)).header('cache-control', 'no-store');
    return { signed_in: false };
  });
}

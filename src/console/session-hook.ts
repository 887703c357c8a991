// Turns a console session cookie into the same caller a key would be, for every route (admin API and the
// gateway): a key session presents its key as `Authorization: Bearer …`; an SSO session answers the admin
// identity resolver with the principal its claims mapped to. Requests that already carry a key are left alone.
// State-changing calls made with the cookie must echo the session's CSRF token in `x-csrf-token`.
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AdminPrincipal } from '../access/types.ts';
import { sendAdminError } from '../server/admin-errors.ts';
import { LintelError } from '../errors/lintel-error.ts';
import { readCookie, SESSION_COOKIE } from './cookies.ts';
import { type Session, type SessionStore, sameToken } from './sessions.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const sessions = new WeakMap<FastifyRequest, Session>();

/** The console session this request came with (after the hook), or null. */
export function sessionOf(req: FastifyRequest): Session | null {
  return sessions.get(req) ?? null;
}

export function installSessionHook(app: FastifyInstance, store: SessionStore): void {
  const ssoPrincipals = new WeakMap<IncomingHttpHeaders, AdminPrincipal>();
  const resolver = app.lintelAdminAuth;
  if (!resolver) throw new Error('the console needs the access layer (admin identity resolver) registered first');
  const keyPrincipal = resolver.principal.bind(resolver);
  resolver.principal = (headers) => ssoPrincipals.get(headers) ?? keyPrincipal(headers);

  const withSession = async (req: FastifyRequest, reply: FastifyReply, token: string) => {
    const session = await store.get(token);
    if (!session) return;
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, session.csrf)) {
        return sendAdminError(
          reply,
          new LintelError(
            'permission_denied',
            "This call changes state and was made with a console session: send the session's CSRF token in x-csrf-token.",
          ),
        );
      }
    }
    sessions.set(req, session);
    if (session.key) req.headers.authorization = `Bearer ${session.key}`;
    else ssoPrincipals.set(req.headers, session.principal);
  };

  // A callback hook, not an async one: calls that carry a key (most) pass on without a promise and the microtask it
  // costs. A session cookie is looked up as before; Fastify skips the handler when the hook answered.
  app.addHook('onRequest', (req, reply, done) => {
    if (req.headers.authorization !== undefined || req.headers['x-api-key'] !== undefined) return done();
    const token = readCookie(req, SESSION_COOKIE);
    if (!token) return done();
    withSession(req, reply, token).then(() => done(), done);
  });
}

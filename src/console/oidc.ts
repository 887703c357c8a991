// OpenID Connect single sign-on: authorization code flow with PKCE (S256), state and nonce, through
// `openid-client`. The ID token's claims map to a Lintel principal (tenant claim + role claim → role_map),
// so an SSO user is scoped exactly like a key with that role and tenant; a developer gets a key of its own.
//   GET /console/oidc/login     → redirect to the provider (state/verifier/nonce kept server-side, 10 min)
//   GET /console/oidc/callback  → code exchange, ID token validated, session cookie set, redirect to /ui/
import type { FastifyInstance, FastifyReply } from 'fastify';
import * as client from 'openid-client';
import type { Logger } from 'pino';
import type { AdminPrincipal, Role } from '../access/types.ts';
import type { AreaContext } from '../server/areas.ts';
import type { Database } from '../storage/database.ts';
import type { OidcConfig } from './config.ts';
import { sessionCookie } from './cookies.ts';
import type { SessionStore } from './sessions.ts';

const STATE_TTL_MS = 10 * 60_000;

/** The principal an ID token's claims map to; null when no role maps and there is no default. */
export function principalFromClaims(cfg: OidcConfig, claims: Record<string, unknown>): AdminPrincipal | null {
  const raw = claims[cfg.role_claim];
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String);
  let role: Role | undefined;
  for (const v of values) {
    if (cfg.role_map[v]) {
      role = cfg.role_map[v];
      break;
    }
  }
  role ??= cfg.default_role;
  if (!role) return null;
  const t = claims[cfg.tenant_claim];
  const tenant = typeof t === 'string' && t !== '' ? t : null;
  return { role, tenant, team: null, keyId: null, global: tenant === null };
}

export function createOidc(
  cfg: OidcConfig,
  store: SessionStore,
  database: Database,
  ttlMs: number,
  logger: Logger,
  audit: AreaContext['audit'],
  developerKey: AreaContext['ssoDeveloperKey'],
) {
  let configuration: Promise<client.Configuration> | null = null;
  const discover = () => {
    configuration ??= client
      .discovery(
        new URL(cfg.issuer),
        cfg.client_id,
        undefined,
        cfg.client_secret ? client.ClientSecretPost(cfg.client_secret) : client.None(),
        // Plain-HTTP issuers are accepted only on loopback (local providers and tests).
        /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:|\/)/.test(cfg.issuer)
          ? { execute: [client.allowInsecureRequests] }
          : {},
      )
      .catch((err) => {
        configuration = null; // retry discovery on the next sign-in
        throw err;
      });
    return configuration;
  };
  const fail = (reply: FastifyReply, status: number, message: string) =>
    reply
      .code(status)
      .header('cache-control', 'no-store')
      .redirect(`/ui/#/signin?error=${encodeURIComponent(message)}`);

  return {
    register(app: FastifyInstance) {
      app.get('/console/oidc/login', async (_req, reply) => {
        try {
          const config = await discover();
          const verifier = client.randomPKCECodeVerifier();
          const state = client.randomState();
          const nonce = client.randomNonce();
          await database.db
            .deleteFrom('console_oidc_states')
            .where('created_at', '<', Date.now() - STATE_TTL_MS)
            .execute();
          await database.db
            .insertInto('console_oidc_states')
            .values({ state, verifier, nonce, return_to: '/ui/', created_at: Date.now() })
            .execute();
          const url = client.buildAuthorizationUrl(config, {
            redirect_uri: cfg.redirect_uri,
            scope: cfg.scopes.join(' '),
            code_challenge: await client.calculatePKCECodeChallenge(verifier),
            code_challenge_method: 'S256',
            state,
            nonce,
          });
          return reply.header('cache-control', 'no-store').redirect(url.href);
        } catch (err) {
          logger.warn({ err }, 'OIDC sign-in could not start');
          return fail(reply, 302, 'The identity provider is unreachable.');
        }
      });

      app.get('/console/oidc/callback', async (req, reply) => {
        const state = (req.query as { state?: string }).state;
        if (typeof state !== 'string' || state === '') return fail(reply, 302, 'Sign-in state is missing.');
        const row = await database.db
          .selectFrom('console_oidc_states')
          .selectAll()
          .where('state', '=', state)
          .executeTakeFirst();
        // One use only, and only while fresh.
        await database.db.deleteFrom('console_oidc_states').where('state', '=', state).execute();
        if (!row || Number(row.created_at) < Date.now() - STATE_TTL_MS)
          return fail(reply, 302, 'Sign-in expired; try again.');
        try {
          const config = await discover();
          const current = new URL(req.url, cfg.redirect_uri);
          const tokens = await client.authorizationCodeGrant(config, current, {
            pkceCodeVerifier: String(row.verifier),
            expectedState: state,
            expectedNonce: String(row.nonce),
            idTokenExpected: true,
          });
          const claims = (tokens.claims() ?? {}) as Record<string, unknown>;
          const principal = principalFromClaims(cfg, claims);
          if (!principal) return fail(reply, 302, 'Your account has no Lintel role (ask an admin to map your group).');
          const subject = String(claims.email ?? claims.preferred_username ?? claims.sub);
          // A developer acts through a developer key of its own (tenant limits, budgets and models apply at the
          // gateway as for any key); the others are named "sso:<user>" in audit events and whoami.
          const own =
            principal.role === 'developer' ? await developerKey(subject, principal.tenant, ttlMs / 1000) : null;
          const { token } = await store.create({
            kind: 'oidc',
            subject,
            principal: { ...principal, keyId: own ? own.id : `sso:${subject}` },
            ...(own ? { key: own.key } : {}),
          });
          await audit({
            actor: { actor: `sso:${subject}`, role: principal.role, tenant: principal.tenant },
            action: 'console.signin',
            resource: 'console:sso',
          });
          // The developer key was created or its secret rotated by this sign-in: on the record, by the user.
          if (own) {
            await audit({
              actor: { actor: `sso:${subject}`, role: principal.role, tenant: principal.tenant },
              action: 'console.sso_key',
              resource: `key:${own.id}`,
            });
          }
          reply.header('set-cookie', sessionCookie(req, token, ttlMs / 1000)).header('cache-control', 'no-store');
          return reply.redirect(String(row.return_to));
        } catch (err) {
          logger.warn({ err }, 'OIDC sign-in failed');
          return fail(reply, 302, 'Single sign-on failed; try again.');
        }
      });
    },
  };
}

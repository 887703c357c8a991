// A real OpenID Connect provider in-process for tests (the `oidc-provider` package, its development login
// and consent screens): authorization code + PKCE, signed ID tokens with the claims the test gives each user.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestIdp {
  issuer: string;
  close(): Promise<void>;
}

export async function startIdp(opts: {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Claims per login name typed on the provider's sign-in screen. */
  users: Record<string, Record<string, unknown>>;
}): Promise<TestIdp> {
  const server: Server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: opts.clientId,
        client_secret: opts.clientSecret,
        redirect_uris: [opts.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub', 'groups', 'lintel_tenant'], email: ['email'], profile: ['name'] },
    // Put the scope's claims into the ID token itself (the console reads the ID token only).
    conformIdTokenClaims: false,
    cookies: { keys: ['test-cookie-key-0123456789'] },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    async findAccount(_ctx, id) {
      const claims = opts.users[id] ?? {};
      return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
    },
  });
  provider.on('server_error', (_ctx, err) => console.error('idp server_error', err));
  server.on('request', provider.callback());
  return {
    issuer,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

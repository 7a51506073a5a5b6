/**
 * A real OpenID Connect provider (oidc-provider) on a free local port, strict like many in production: the
 * ID token carries only `sub`; email and groups are served by its userinfo endpoint. Its development login
 * page accepts any login and password: the login is the person's `sub`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface LocalOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

export async function startOidcProvider(o: {
  redirectUri: string;
  people: Record<string, Record<string, unknown>>;
}): Promise<LocalOidcProvider> {
  const server: Server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'mcp-console-e2e';
  const clientSecret = 'e2e-only-oidc-client-secret';
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [o.redirectUri] }],
    // Groups have a scope of their own, as with Okta: the console must ask for it (AUTH_OIDC_SCOPES).
    claims: { openid: ['sub'], email: ['email'], profile: ['name'], groups: ['groups'] },
    // The default, spelled out because the test depends on it: with an access token issued, the ID token
    // holds only claims asked for by name, so email and groups reach the console through userinfo alone.
    features: { devInteractions: { enabled: true } },
    conformIdTokenClaims: true,
    async findAccount(_ctx, sub) {
      const person = o.people[sub];
      if (!person) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...person }) };
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

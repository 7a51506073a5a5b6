// oidc-provider ships no types; only what tests/auth/oidc-userinfo.test.ts and e2e/support/oidc-provider.ts use
// is declared here.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  interface Saveable {
    save(): Promise<string>;
  }
  export default class Provider {
    constructor(
      issuer: string,
      config: {
        clients: Record<string, unknown>[];
        claims: Record<string, string[]>;
        features?: Record<string, { enabled: boolean }>;
        conformIdTokenClaims?: boolean;
        // undefined: no such account (the provider refuses the login).
        findAccount(
          ctx: unknown,
          sub: string,
        ): Promise<{ accountId: string; claims: () => Promise<Record<string, unknown>> } | undefined>;
      },
    );
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    Client: { find(id: string): Promise<unknown> };
    Grant: new (o: {
      accountId: string;
      clientId: string;
    }) => Saveable & { addOIDCScope(scope: string): void };
    AccessToken: new (o: { accountId: string; client: unknown; grantId: string; scope: string }) => Saveable;
  }
}

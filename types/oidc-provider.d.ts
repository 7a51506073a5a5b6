// oidc-provider ships no types; only what tests/auth/oidc-userinfo.test.ts uses is declared here.
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
        findAccount(
          ctx: unknown,
          sub: string,
        ): Promise<{ accountId: string; claims: () => Promise<Record<string, unknown>> }>;
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

'use server';

import { defineAction } from '@/lib/request/define-action';
import { mintRecorded } from '@/lib/tokens/mint';
import { mintInput } from '@/lib/tokens/schema';

const duration = (s: number) =>
  s % 3600 === 0 ? `${s / 3600} h` : s % 60 === 0 ? `${s / 60} min` : `${s} s`;

/** Returns the token to the admin once; it is never logged, audited or stored (the ledger keeps its id). */
export const mintTokenAction = defineAction({
  name: 'token.mint',
  permission: 'tokens:mint',
  input: mintInput,
  audit: (input, data?: { configName: string }) => ({
    target: input.configId,
    summary: `Minted ${input.accessLevel} token for ${input.identifier}${data ? ` on ${data.configName}` : ''} (${duration(input.expirySeconds)})`,
  }),
  handler: async (input, { user, scalekit }) => {
    const r = await mintRecorded(scalekit, { operator: user.email, kind: 'mint', ...input });
    return {
      token: r.token,
      expiresAt: r.expiresAt,
      serverUrl: r.config.mcpServerUrl,
      configName: r.config.name,
      claims: {
        sub: r.claims.sub,
        aud: Array.isArray(r.claims.aud) ? r.claims.aud.join(', ') : r.claims.aud,
        exp: r.claims.exp,
        iat: r.claims.iat,
        jti: r.claims.jti,
        accessLevel: r.claims.access_level ?? input.accessLevel,
      },
    };
  },
});

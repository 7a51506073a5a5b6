import { z } from 'zod';

const claimsSchema = z.object({
  sub: z.string().default(''),
  aud: z.union([z.string(), z.array(z.string())]).default(''),
  exp: z.number().default(0),
  iat: z.number().default(0),
  jti: z.string().default(''),
  access_level: z.string().optional(),
  mcp_cfg: z.string().optional(),
});
export type TokenClaims = z.infer<typeof claimsSchema>;

/**
 * Reads a session token's claims without verifying it: the console only displays them and records the jti.
 * Scalekit verifies the token when an agent presents it; the console never trusts these claims.
 */
export function decodeClaims(token: string): TokenClaims {
  const payload = token.split('.')[1];
  if (!payload) return claimsSchema.parse({});
  try {
    return claimsSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    return claimsSchema.parse({});
  }
}

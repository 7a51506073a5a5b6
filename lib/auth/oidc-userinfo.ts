import { z } from 'zod';

/**
 * A strict OpenID Connect provider puts only `sub` (and a few claims) in the ID token and the rest, `email`
 * included, in the userinfo response. Auth.js reads only the ID token for OIDC providers, so claims the role
 * needs are filled in from userinfo when the ID token lacks them. ID-token claims win when both have one.
 */
const discoverySchema = z.object({ userinfo_endpoint: z.url() });
const userinfoSchema = z.looseObject({ sub: z.string().min(1) });

export async function withUserinfo(
  claims: Record<string, unknown>,
  o: { issuer: string; accessToken: string | undefined; needed: string[]; fetchImpl?: typeof fetch },
): Promise<Record<string, unknown>> {
  if (o.needed.every((k) => claims[k] !== undefined && claims[k] !== null) || !o.accessToken) return claims;
  const f = o.fetchImpl ?? fetch;
  const discoveryUrl = `${o.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const discovery = discoverySchema.parse(await (await f(discoveryUrl)).json());
  const res = await f(discovery.userinfo_endpoint, {
    headers: { authorization: `Bearer ${o.accessToken}`, accept: 'application/json' },
  });
  if (!res.ok) throw new Error(`userinfo answered ${res.status}`);
  const info = userinfoSchema.parse(await res.json());
  // OIDC Core 5.3.2: a userinfo response for another subject must not be used.
  if (claims.sub !== undefined && info.sub !== claims.sub) throw new Error('userinfo is for another subject');
  return { ...info, ...claims };
}

import 'server-only';
import { headers } from 'next/headers';
import { authSecret } from '@/lib/auth/config';
import { getServerEnv } from '@/lib/env';
import { ActionError } from '@/lib/errors/action-error';
import { LINK_LIFETIMES, type LinkLifetime } from './lifetimes';
import { defaultEnvironment, findEnvironment, scalekitOf } from '@/lib/environments';
import type { EnvironmentInfo } from '@/lib/environments/types';
import { signConnectLink, verifyConnectLink, type ConnectLinkClaims } from './token';

export { LINK_LIFETIMES, type LinkLifetime } from './lifetimes';

function secret(): string {
  const s = authSecret();
  if (!s) throw new Error('AUTH_SECRET is not set: connect links cannot be signed');
  return s;
}

/** The console's public origin: CONSOLE_PUBLIC_URL / AUTH_URL when set, else the request's own host. */
export async function publicOrigin(): Promise<string> {
  const configured = getServerEnv().auth.publicUrl;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  const proto =
    h.get('x-forwarded-proto') ??
    (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto}://${host}`;
}

export async function createConnectLink(o: {
  identifier: string;
  configId: string;
  lifetime: LinkLifetime;
  environment: string;
}) {
  const { token, claims } = signConnectLink(secret(), {
    identifier: o.identifier,
    configId: o.configId,
    lifetimeSeconds: LINK_LIFETIMES[o.lifetime],
    environment: o.environment,
  });
  return { url: `${await publicOrigin()}/connect/${token}`, claims };
}

export const readConnectLink = (token: string) => verifyConnectLink(secret(), token);

/**
 * The link's claims, or a refusal: the same answer for a forged, foreign or malformed link (it reveals nothing
 * about whom it was for); "expired" (410) only for a genuine one.
 */
export function requireConnectLink(token: string) {
  const link = readConnectLink(token);
  if (link.ok) return link.claims;
  throw link.reason === 'expired'
    ? new ActionError('This link has expired', undefined, undefined, 410)
    : new ActionError('This link is not valid', undefined, undefined, 404);
}

/** The environment a genuine link's user and config live in (a link from before environments: the default's). */
export function linkEnvironment(claims: ConnectLinkClaims): EnvironmentInfo {
  const env = claims.environment ? findEnvironment(claims.environment) : defaultEnvironment();
  if (!env)
    throw new ActionError(
      'This link is for an environment this console no longer has',
      undefined,
      undefined,
      404,
    );
  return env;
}

/** A genuine link with where it works: its claims, its environment and that environment's client. */
export function requireConnectTarget(token: string) {
  const claims = requireConnectLink(token);
  const environment = linkEnvironment(claims);
  return { claims, environment, sk: scalekitOf(environment.name) };
}

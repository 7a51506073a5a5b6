import 'server-only';
import { cookies } from 'next/headers';
import { invalidateUser } from '@/lib/accounts/user-accounts';
import { loadConfigCached } from '@/lib/configs/cached';
import { ActionError } from '@/lib/errors/action-error';
import { createDbWindowLimiter } from '@/lib/limits/window-limiter';
import type { ScalekitClient } from '@/lib/scalekit';
import { safeExternalUrl } from '@/lib/security/safe-redirect';
import { BINDING_COOKIE, BINDING_MAX_AGE_S, newBinding } from './browser-binding';
import { publicOrigin } from './index';
import type { ConnectLinkClaims } from './token';

// A person authorizes a handful of connections; 30 clicks in 10 minutes on one link is someone scripting it.
// Counted in the database, so the budget is one per link across every console instance.
const limiter = createDbWindowLimiter({ name: 'connect-link', limit: 30, windowMs: 10 * 60_000 });

/**
 * A fresh authorization link for one connection of a connect link, fetched at click time (links live minutes).
 * Uses the user-verification flow: the account is bound only once the person comes back through
 * /connect/<token>/verify in the same browser (the `state` cookie set here).
 */
export async function authorizeConnection(
  sk: ScalekitClient,
  o: { token: string; claims: ConnectLinkClaims; connectionName: string },
): Promise<{ url: string }> {
  const allowed = await limiter.take(o.claims.id);
  if (!allowed.ok) {
    throw new ActionError(
      `Too many attempts with this link: try again in ${Math.ceil(allowed.retryAfterS / 60)} min`,
      undefined,
      { retryAfterS: allowed.retryAfterS },
      429,
    );
  }
  const config = await loadConfigCached(sk, o.claims.configId);
  if (!config.mappings.some((m) => m.connectionName === o.connectionName)) {
    throw new ActionError(`${o.connectionName} is not part of this link`);
  }
  const jar = await cookies();
  const binding = jar.get(BINDING_COOKIE)?.value ?? newBinding();
  const origin = await publicOrigin();
  const { link } = await sk.connectedAccounts.magicLink({
    connectionName: o.connectionName,
    identifier: o.claims.identifier,
    userVerifyUrl: `${origin}/connect/${o.token}/verify`,
    state: binding,
  });
  // The browser is sent there as is: only a web address, never a script or data URL, whoever answered.
  const url = safeExternalUrl(link);
  if (!url)
    throw new ActionError(
      'Scalekit sent an authorization link the console will not open',
      undefined,
      undefined,
      502,
    );
  invalidateUser(sk, o.claims.identifier); // a magic link creates a PENDING_AUTH account when there was none
  jar.set(BINDING_COOKIE, binding, {
    httpOnly: true,
    sameSite: 'lax', // sent on the top-level redirect back from the authorization page
    secure: origin.startsWith('https://'),
    path: '/connect',
    maxAge: BINDING_MAX_AGE_S,
  });
  return { url };
}

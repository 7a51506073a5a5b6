import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { invalidateUser } from '@/lib/accounts/user-accounts';
import { linkEnvironment, publicOrigin, readConnectLink } from '@/lib/connect-links';
import { scalekitOf } from '@/lib/environments';
import { BINDING_COOKIE, bindingMatches } from '@/lib/connect-links/browser-binding';
import { defineRoute } from '@/lib/request/define-route';
import { safeRedirectUrl } from '@/lib/security/safe-redirect';

export const dynamic = 'force-dynamic';

// Where a link that is not ours (bad signature, garbage) is sent: a fixed path, never the text we were given.
const NOT_A_LINK = '/connect/invalid';

/**
 * Where the authorization page sends the person back (user_verify_url). Only here, after checking the link
 * and the browser binding, is the account bound to the link's identifier (Scalekit user/verify). Redirects
 * go only to the connect page of a link whose signature we verified, with one of our own fixed notices: no
 * part of the request is reflected into them.
 */
export const GET = defineRoute({
  access: 'public',
  // Lenient on purpose: whatever came back (or did not), the person lands on a page that explains it.
  params: z.object({ token: z.string() }).catch({ token: '' }),
  query: z
    .object({
      auth_request_id: z.string().max(1000).optional(),
      state: z.string().max(1000).optional(),
      error: z.string().max(200).optional(),
    })
    .catch({}),
  handler: async ({ params, query }, ctx) => {
    const { token } = params;
    const origin = await publicOrigin();
    const link = readConnectLink(token);
    // An expired link still has a good signature: its own page can say it expired.
    if (!link.ok && link.reason !== 'expired') {
      return NextResponse.redirect(safeRedirectUrl(NOT_A_LINK, origin), 303);
    }
    // Through the one redirect rule like every other redirect, though the token's signature was just checked.
    const back = (q: Record<string, string>) =>
      NextResponse.redirect(
        safeRedirectUrl(
          `/connect/${encodeURIComponent(token)}${Object.keys(q).length ? `?${new URLSearchParams(q)}` : ''}`,
          origin,
          NOT_A_LINK,
        ),
        303,
      );
    if (!link.ok) return back({});
    if (query.error === 'access_denied') return back({ denied: '1' }); // the person pressed Deny
    if (query.error) return back({ error: 'provider-error' });
    if (!query.auth_request_id) return back({ error: 'missing-request' });
    if (!bindingMatches((await cookies()).get(BINDING_COOKIE)?.value, query.state ?? null)) {
      return back({ error: 'other-browser' });
    }
    try {
      const sk = scalekitOf(linkEnvironment(link.claims).name);
      await sk.connectedAccounts.verifyUser({
        authRequestId: query.auth_request_id,
        identifier: link.claims.identifier,
      });
      invalidateUser(sk, link.claims.identifier);
      return back({ connected: '1' });
    } catch (err) {
      console.error(`connect verify failed (ref ${ctx.requestId}):`, (err as Error)?.message);
      return back({ error: 'verify-failed' });
    }
  },
});

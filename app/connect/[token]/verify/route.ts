import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { invalidateUser } from '@/lib/accounts/user-accounts';
import { publicOrigin, readConnectLink } from '@/lib/connect-links';
import { BINDING_COOKIE, bindingMatches } from '@/lib/connect-links/browser-binding';
import { connectTokenParams } from '@/lib/connect-links/schema';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/**
 * Where the authorization page sends the person back (user_verify_url). Only here, after checking the link
 * and the browser binding, is the account bound to the link's identifier (Scalekit user/verify).
 */
export const GET = defineRoute({
  access: 'public',
  params: connectTokenParams,
  // Lenient on purpose: whatever came back, the person lands on the connect page with a reason.
  query: z.object({ auth_request_id: z.string().optional(), state: z.string().optional() }).catch({}),
  handler: async ({ params, query }, ctx) => {
    const { token } = params;
    const origin = await publicOrigin();
    const back = (q: Record<string, string>) =>
      NextResponse.redirect(`${origin}/connect/${token}?${new URLSearchParams(q)}`, 303);
    const link = readConnectLink(token);
    if (!link.ok) return back({}); // the page itself explains what is wrong with the link
    const authRequestId = query.auth_request_id;
    if (!authRequestId || authRequestId.length > 1000) return back({ error: 'missing-request' });
    if (!bindingMatches((await cookies()).get(BINDING_COOKIE)?.value, query.state ?? null)) {
      return back({ error: 'other-browser' });
    }
    try {
      await ctx.scalekit.connectedAccounts.verifyUser({ authRequestId, identifier: link.claims.identifier });
      invalidateUser(ctx.scalekit, link.claims.identifier);
      return back({ connected: '1' });
    } catch (err) {
      console.error(`connect verify failed (ref ${ctx.requestId}):`, (err as Error)?.message);
      return back({ error: 'verify-failed' });
    }
  },
});

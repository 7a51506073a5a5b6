import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { publicOrigin, readConnectLink } from '@/lib/connect-links';
import { BINDING_COOKIE, bindingMatches } from '@/lib/connect-links/browser-binding';
import { getScalekit, ScalekitError } from '@/lib/scalekit';
import { invalidateUser } from '@/lib/users/accounts';

export const dynamic = 'force-dynamic';

/**
 * Where the authorization page sends the person back (user_verify_url). Only here, after checking the link
 * and the browser binding, is the account bound to the link's identifier (Scalekit user/verify).
 */
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token;
  const origin = await publicOrigin();
  const back = (q: Record<string, string>) =>
    NextResponse.redirect(`${origin}/connect/${token}?${new URLSearchParams(q)}`, 303);
  const link = readConnectLink(token);
  if (!link.ok) return back({}); // the page itself explains what is wrong with the link
  const url = new URL(req.url);
  const authRequestId = url.searchParams.get('auth_request_id');
  if (!authRequestId || authRequestId.length > 1000) return back({ error: 'missing-request' });
  if (!bindingMatches((await cookies()).get(BINDING_COOKIE)?.value, url.searchParams.get('state'))) {
    return back({ error: 'other-browser' });
  }
  try {
    await getScalekit().connectedAccounts.verifyUser({ authRequestId, identifier: link.claims.identifier });
    invalidateUser(link.claims.identifier);
    return back({ connected: '1' });
  } catch (err) {
    if (err instanceof ScalekitError) return back({ error: 'verify-failed' });
    console.error('connect verify failed:', err);
    return back({ error: 'verify-failed' });
  }
}

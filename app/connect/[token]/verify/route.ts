import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { publicOrigin, readConnectLink } from '@/lib/connect-links';
import { BINDING_COOKIE, bindingMatches } from '@/lib/connect-links/browser-binding';
import { getScalekit, ScalekitError } from '@/lib/scalekit';
import { invalidateUser } from '@/lib/users/accounts';

export const dynamic = 'force-dynamic';

// Where a link that is not ours (bad signature, garbage) is sent: a fixed path, never the text we were given.
const NOT_A_LINK = '/connect/invalid';

/**
 * Where the authorization page sends the person back (user_verify_url). Only here, after checking the link
 * and the browser binding, is the account bound to the link's identifier (Scalekit user/verify). Redirects
 * go only to the connect page of a link whose signature we verified, with one of our own fixed notices: no
 * part of the request is reflected into them.
 */
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token;
  const origin = await publicOrigin();
  const link = readConnectLink(token);
  // An expired link still has a good signature: its own page can say it expired.
  if (!link.ok && link.reason !== 'expired') return NextResponse.redirect(`${origin}${NOT_A_LINK}`, 303);
  const back = (q: Record<string, string>) =>
    NextResponse.redirect(
      `${origin}/connect/${token}${Object.keys(q).length ? `?${new URLSearchParams(q)}` : ''}`,
      303,
    );
  if (!link.ok) return back({});
  const url = new URL(req.url);
  const providerError = url.searchParams.get('error');
  if (providerError === 'access_denied') return back({ denied: '1' }); // the person pressed Deny
  if (providerError) return back({ error: 'provider-error' });
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

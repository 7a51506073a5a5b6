import { cookies } from 'next/headers';
import { z } from 'zod';
import { errorResponse } from '@/lib/api/route-helpers';
import { publicOrigin, readConnectLink } from '@/lib/connect-links';
import { BINDING_COOKIE, BINDING_MAX_AGE_S, newBinding } from '@/lib/connect-links/browser-binding';
import { createDbWindowLimiter } from '@/lib/limits/window-limiter';
import { getScalekit } from '@/lib/scalekit';
import { invalidateUser, loadConfigCached } from '@/lib/users/accounts';

export const dynamic = 'force-dynamic';

// A person authorizes a handful of connections; 30 clicks in 10 minutes on one link is someone scripting it.
// Counted in the database, so the budget is one per link across every console instance.
const limiter = createDbWindowLimiter({ name: 'connect-link', limit: 30, windowMs: 10 * 60_000 });

const body = z.object({ connectionName: z.string().min(1, 'connectionName is required').max(100) });

/**
 * Public: a fresh authorization link for one connection, fetched at click time (links live minutes). Uses the
 * user-verification flow, so the account is bound only once the person comes back through /connect/.../verify.
 */
export async function POST(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token;
  const link = readConnectLink(token);
  if (!link.ok) {
    return Response.json(
      { error: link.reason === 'expired' ? 'This link has expired' : 'This link is not valid' },
      { status: link.reason === 'expired' ? 410 : 404 },
    );
  }
  const allowed = await limiter.take(link.claims.id);
  if (!allowed.ok) {
    return Response.json(
      { error: `Too many attempts with this link: try again in ${Math.ceil(allowed.retryAfterS / 60)} min` },
      { status: 429, headers: { 'retry-after': String(allowed.retryAfterS) } },
    );
  }
  const input = body.safeParse(await req.json().catch(() => null));
  if (!input.success) return Response.json({ error: input.error.issues[0]!.message }, { status: 400 });
  try {
    const config = await loadConfigCached(link.claims.configId);
    if (!config.mappings.some((m) => m.connectionName === input.data.connectionName)) {
      return Response.json(
        { error: `${input.data.connectionName} is not part of this link` },
        { status: 400 },
      );
    }
    const jar = await cookies();
    const binding = jar.get(BINDING_COOKIE)?.value ?? newBinding();
    const origin = await publicOrigin();
    const { link: url } = await getScalekit().connectedAccounts.magicLink({
      connectionName: input.data.connectionName,
      identifier: link.claims.identifier,
      userVerifyUrl: `${origin}/connect/${token}/verify`,
      state: binding,
    });
    invalidateUser(link.claims.identifier); // a magic link creates a PENDING_AUTH account when there was none
    jar.set(BINDING_COOKIE, binding, {
      httpOnly: true,
      sameSite: 'lax', // sent on the top-level redirect back from the authorization page
      secure: origin.startsWith('https://'),
      path: '/connect',
      maxAge: BINDING_MAX_AGE_S,
    });
    return Response.json({ url });
  } catch (err) {
    return errorResponse(err);
  }
}

import { errorResponse } from '@/lib/api/route-helpers';
import { requireRoutePermission } from '@/lib/auth/session';
import { identifierField } from '@/lib/actions/users/schemas';
import { loadUserAccounts } from '@/lib/users/accounts';
import { toAccountView } from '@/lib/users/rows';

export const dynamic = 'force-dynamic';

/**
 * A user's connected accounts for the live user page. Polled by React Query (a GET, so it is cacheable and
 * never a server action); served from the shared per-user cache, so pollers cost one upstream call per interval.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ identifier: string }> }) {
  const user = await requireRoutePermission('users:read');
  if (user instanceof Response) return user;
  const parsed = identifierField.safeParse((await params).identifier);
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]!.message }, { status: 400 });
  try {
    const { value, loadedAt } = await loadUserAccounts(parsed.data);
    return Response.json(
      { accounts: value.map(toAccountView), checkedAt: new Date(loadedAt).toISOString() },
      { headers: { 'cache-control': 'no-store' } },
    );
  } catch (err) {
    return errorResponse(err);
  }
}

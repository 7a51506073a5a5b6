import { z } from 'zod';
import { errorResponse, parseQuery } from '@/lib/api/route-helpers';
import { requireRoutePermission } from '@/lib/auth/session';
import { getScalekit } from '@/lib/scalekit';

export const dynamic = 'force-dynamic';

const query = z.object({ q: z.string().trim().min(3, 'type at least 3 characters').max(200) });

/** Identifier search over connected accounts (Scalekit's search needs 3+ characters). */
export async function GET(req: Request) {
  const user = await requireRoutePermission('users:read');
  if (user instanceof Response) return user;
  const q = parseQuery(req.url, query);
  if (q instanceof Response) return q;
  try {
    const page = await getScalekit().connectedAccounts.search(q.q, { pageSize: 30 });
    // Grouped by user, with each account's status, so a search result already says who is not ready.
    const users = new Map<string, { connectionName: string; status: string | null }[]>();
    for (const a of page.items) {
      const list = users.get(a.identifier) ?? [];
      list.push({ connectionName: a.connectionName, status: a.status });
      users.set(a.identifier, list);
    }
    const found = [...users].slice(0, 10).map(([identifier, accounts]) => ({ identifier, accounts }));
    return Response.json({
      identifiers: found.map((u) => u.identifier),
      users: found,
      more: users.size > 10 || !!page.nextPageToken,
    });
  } catch (err) {
    return errorResponse(err);
  }
}

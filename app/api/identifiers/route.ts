import { z } from 'zod';
import { errorResponse, parseQuery } from '@/lib/api/route-helpers';
import { requireRoutePermission } from '@/lib/auth/session';
import { getScalekit } from '@/lib/scalekit';

export const dynamic = 'force-dynamic';

const query = z.object({ q: z.string().trim().min(3, 'type at least 3 characters').max(200) });

/** Identifier autocomplete from known connected accounts (Scalekit's search needs 3+ characters). */
export async function GET(req: Request) {
  const user = await requireRoutePermission('users:read');
  if (user instanceof Response) return user;
  const q = parseQuery(req.url, query);
  if (q instanceof Response) return q;
  try {
    const page = await getScalekit().connectedAccounts.search(q.q, { pageSize: 30 });
    const identifiers = [...new Set(page.items.map((a) => a.identifier))].slice(0, 10);
    return Response.json({ identifiers });
  } catch (err) {
    return errorResponse(err);
  }
}

import { errorResponse } from '@/lib/api/route-helpers';
import { readConnectLink } from '@/lib/connect-links';
import { loadConnectState } from '@/lib/connect-links/state';

export const dynamic = 'force-dynamic';

/** Public (the signed link is the credential): the connect page polls this for its statuses. */
export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const link = readConnectLink((await params).token);
  if (!link.ok) {
    // The same answer for a forged, foreign or malformed link; "expired" only for a genuine one.
    return Response.json(
      { error: link.reason === 'expired' ? 'This link has expired' : 'This link is not valid' },
      { status: link.reason === 'expired' ? 410 : 404 },
    );
  }
  try {
    return Response.json(await loadConnectState(link.claims), { headers: { 'cache-control': 'no-store' } });
  } catch (err) {
    return errorResponse(err);
  }
}

import { requireConnectTarget } from '@/lib/connect-links';
import { connectTokenParams } from '@/lib/connect-links/schema';
import { loadConnectState } from '@/lib/connect-links/state';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/** Public (the signed link is the credential): the connect page polls this for its statuses. */
export const GET = defineRoute({
  access: 'public',
  params: connectTokenParams,
  handler: ({ params }) => {
    const { sk, claims } = requireConnectTarget(params.token);
    return loadConnectState(sk, claims);
  },
});

import type { Metadata } from 'next';
import { ConnectView, type ConnectNotice } from '@/components/connect-links/connect-view';
import { connectKeys } from '@/components/connect-links/queries';
import { LiveEvents } from '@/components/live/live-events';
import { Prefetched } from '@/components/live/prefetched';
import { LinkProblem } from '@/components/connect-links/link-problem';
import { singleValues } from '@/lib/request/search-params';
import { readConnectLink } from '@/lib/connect-links';
import { loadConnectState } from '@/lib/connect-links/state';
import { connectTokenParams } from '@/lib/connect-links/schema';
import { pageParams, publicContext } from '@/lib/request/context';
import { pageLoad } from '@/lib/request/page-load';

// The URL holds a credential: never send it as a referrer, never let search engines keep it.
export const metadata: Metadata = {
  title: 'Connect your accounts',
  referrer: 'no-referrer',
  robots: 'noindex, nofollow',
};
export const dynamic = 'force-dynamic';

/** Public: the end user's page behind a signed connect link. No console sign-in. */
export default async function ConnectPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { token } = await pageParams(connectTokenParams, params);
  const link = readConnectLink(token);
  if (!link.ok) return <LinkProblem kind={link.reason === 'expired' ? 'expired' : 'invalid'} />;
  const sp = singleValues(await searchParams);
  const ctx = publicContext();
  const loaded = await pageLoad(ctx, () => loadConnectState(ctx.scalekit, link.claims));
  if (!loaded.ok) return <LinkProblem kind={loaded.problem.status === 404 ? 'gone' : 'unavailable'} />;
  return (
    <Prefetched entries={[[connectKeys.state(token), loaded.value]]}>
      <LiveEvents url={`/api/connect/${token}/events`} />
      <ConnectView token={token} notice={noticeFor(sp)} />
    </Prefetched>
  );
}

// Only our own fixed notices: nothing from the query string is shown as text.
function noticeFor(sp: Record<string, string | undefined>): ConnectNotice | null {
  if (sp.connected) return 'connected';
  if (sp.denied) return 'denied';
  if (!sp.error) return null;
  if (sp.error === 'other-browser') return 'other-browser';
  if (sp.error === 'provider-error') return 'provider-error';
  if (sp.error === 'start-failed') return 'start-failed';
  if (sp.error === 'busy') return 'busy';
  return 'verify-failed';
}

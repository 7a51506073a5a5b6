import type { Metadata } from 'next';
import type { ConnectNotice } from '@/components/connect-links/connect-view';
import { LiveConnectView } from '@/components/connect-links/live';
import { LinkProblem } from '@/components/connect-links/link-problem';
import { singleValues } from '@/lib/request/search-params';
import { readConnectLink } from '@/lib/connect-links';
import { loadConnectState } from '@/lib/connect-links/state';
import { publicContext } from '@/lib/request/context';
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
  const { token } = await params;
  const link = readConnectLink(token);
  if (!link.ok) return <LinkProblem kind={link.reason === 'expired' ? 'expired' : 'invalid'} />;
  const sp = singleValues(await searchParams);
  const ctx = publicContext();
  const loaded = await pageLoad(ctx, () => loadConnectState(ctx.scalekit, link.claims));
  if (!loaded.ok) return <LinkProblem kind={loaded.problem.status === 404 ? 'gone' : 'unavailable'} />;
  const initial = loaded.value;
  const notice = noticeFor(sp);
  return <LiveConnectView token={token} initial={initial} notice={notice} />;
}

// Only our own fixed notices: nothing from the query string is shown as text.
function noticeFor(sp: Record<string, string | undefined>): ConnectNotice | null {
  if (sp.connected) return 'connected';
  if (sp.denied) return 'denied';
  if (!sp.error) return null;
  if (sp.error === 'other-browser') return 'other-browser';
  if (sp.error === 'provider-error') return 'provider-error';
  return 'verify-failed';
}

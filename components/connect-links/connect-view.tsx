'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { CheckCircle2 } from 'lucide-react';
import { StatusBadge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { secondsAgo, useNow } from '@/components/ui/use-now';
import { isReady } from '@/lib/readiness/is-ready';
import { connectorLabel } from '@/lib/connectors/display-name';
import { ConnectFrame } from './connect-frame';
import { ConnectorIcon } from './connector-icon';
import { connectPath, connectStateQuery } from './queries';

const NOTICES = {
  connected: {
    tone: 'text-emerald-700 dark:text-emerald-400',
    text: 'Authorization received: updating your status.',
  },
  'other-browser': {
    tone: 'text-amber-700 dark:text-amber-400',
    text: 'Please finish in the same browser where you pressed Authorize (this protects your account). Press Authorize again here.',
  },
  denied: {
    tone: 'text-amber-700 dark:text-amber-400',
    text: 'You chose not to connect that account, so nothing was shared. Press Authorize to try again whenever you are ready.',
  },
  'provider-error': {
    tone: 'text-red-700 dark:text-red-400',
    text: 'The provider could not complete the authorization. Press Authorize to try again.',
  },
  'start-failed': {
    tone: 'text-red-700 dark:text-red-400',
    text: 'We could not start the authorization. Press Authorize to try again.',
  },
  busy: {
    tone: 'text-amber-700 dark:text-amber-400',
    text: 'Too many attempts with this link for now: wait a few minutes, then press Authorize again.',
  },
  'verify-failed': {
    tone: 'text-red-700 dark:text-red-400',
    text: 'We could not confirm that authorization; it may have taken too long. Press Authorize to try again.',
  },
};

/** The end user's connections for one config: authorize each pending one, then watch them turn active. */
export type ConnectNotice = keyof typeof NOTICES;

/**
 * The page hands the statuses over (`connectStateQuery`); the live layer keeps them current. Each Authorize is a
 * plain form post to the authorize route, answered with a redirect to the provider's page: it works the moment
 * the page shows, JavaScript or not.
 */
export function ConnectView({ token, notice }: { token: string; notice: ConnectNotice | null }) {
  const q = useQuery(connectStateQuery(token));
  const [leaving, setLeaving] = useState<string | null>(null);
  // Back from the provider's page through the browser's history (bfcache): the button is a button again.
  useEffect(() => {
    const reset = () => setLeaving(null);
    window.addEventListener('pageshow', reset);
    return () => window.removeEventListener('pageshow', reset);
  }, []);
  const now = useNow(1000);
  const s = q.data;
  if (!s) return null; // the page shows the link's problem instead
  const allSet = isReady(s.connections.map((c) => c.status));
  return (
    <ConnectFrame>
      <h1 className="text-2xl font-semibold tracking-tight">Connect your accounts</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">
        For <b className="break-all">{s.identifier}</b>, to use <b>{s.configName}</b>. Authorize each account
        below; each opens the provider’s page and brings you back here.
      </p>
      {notice && !allSet && (
        <p role="status" data-testid="connect-notice" className={`mt-4 text-sm ${NOTICES[notice].tone}`}>
          {NOTICES[notice].text}
        </p>
      )}
      {allSet && (
        <div
          role="status"
          className="mt-6 flex items-start gap-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4 dark:border-emerald-900 dark:bg-emerald-950/40"
        >
          <CheckCircle2 className="mt-0.5 size-5 shrink-0 text-emerald-600" aria-hidden />
          <div>
            <p className="font-semibold text-emerald-800 dark:text-emerald-300">You’re all set</p>
            <p className="text-sm text-emerald-800/80 dark:text-emerald-300/80">
              Every account is connected. You can close this page.
            </p>
          </div>
        </div>
      )}
      <ul className="mt-6 space-y-3">
        {s.connections.map((c) => (
          <li
            key={c.connectionName}
            className="flex items-center justify-between gap-3 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
            data-testid={`connect-${c.connectionName}`}
          >
            <div className="flex min-w-0 items-center gap-3">
              <ConnectorIcon provider={c.provider} />
              <div className="min-w-0">
                <p className="truncate font-medium">{connectorLabel(c.provider)}</p>
                <div className="mt-1">
                  <StatusBadge status={c.status} />
                </div>
              </div>
            </div>
            {c.status !== 'ACTIVE' && (
              <form
                method="post"
                action={`${connectPath(token)}/authorize`}
                onSubmit={() => setLeaving(c.connectionName)}
              >
                <input type="hidden" name="connectionName" value={c.connectionName} />
                <Button type="submit" size="lg" loading={leaving === c.connectionName}>
                  {c.status === 'EXPIRED' || c.status === 'DISCONNECTED' ? 'Reconnect' : 'Authorize'}
                </Button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <p className="mt-4 text-xs text-zinc-500" aria-live="polite">
        {q.isError
          ? `Could not refresh (${q.error.message}); retrying.`
          : allSet
            ? ''
            : 'This page updates by itself.'}{' '}
        Last checked {now === null ? '…' : secondsAgo(s.checkedAt, now)}.
      </p>
    </ConnectFrame>
  );
}

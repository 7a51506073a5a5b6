import { Link } from '@/components/ui/link';
import { Card, CardHeader } from '@/components/ui/card';
import { connectionHref } from '@/components/connections/connection-links';
import type { HomeFigures } from '@/lib/home/figures';

/**
 * Connections with expired or disconnected accounts, each a link to those users. From the Connections page's
 * shared snapshot: the account lists carry no failure time, so this is "broken now", not "broke today".
 */
export function BrokenAccounts({ broken: loaded }: { broken: HomeFigures['broken'] }) {
  const broken = loaded.ok ? loaded.value.rows : null;
  return (
    <Card data-testid="home-broken">
      <CardHeader title="Expired or disconnected accounts" description="Users who must reconnect" />
      {!broken ? (
        <p className="px-5 py-4 text-sm text-red-600 dark:text-red-400">Could not load connections.</p>
      ) : !broken.length ? (
        <p className="px-5 py-4 text-sm text-emerald-600">None: every account is active or pending.</p>
      ) : (
        <ul className="divide-y divide-zinc-100 px-5 text-sm dark:divide-zinc-800">
          {broken.map((r) => (
            <li key={r.name} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="font-medium">{r.label}</span>
              <span className="flex gap-3">
                {r.counts.EXPIRED ? (
                  <Link className="text-red-600 hover:underline" href={connectionHref(r.name, 'EXPIRED')}>
                    {r.counts.EXPIRED} expired
                  </Link>
                ) : null}
                {r.counts.DISCONNECTED ? (
                  <Link
                    className="text-red-600 hover:underline"
                    href={connectionHref(r.name, 'DISCONNECTED')}
                  >
                    {r.counts.DISCONNECTED} disconnected
                  </Link>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

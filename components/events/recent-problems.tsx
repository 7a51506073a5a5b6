import type { ReactNode } from 'react';
import { Link } from '@/components/ui/link';
import { Card, CardHeader } from '@/components/ui/card';
import { RelativeTime } from '@/components/ui/relative-time';
import { activityHref } from '@/lib/activity/filters';
import { describeEvent } from '@/lib/events/timeline';
import { RANGE_WORDS, type HomeFigures } from '@/lib/home/figures';

// Underlined: links inside a sentence must not be told apart by colour alone.
const link = 'text-indigo-700 underline dark:text-indigo-300';
const count = (n: number) => n.toLocaleString('en-US');

function Source({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section data-testid={id} className="px-5 py-3 text-sm">
      <h3 className="mb-1 text-xs font-medium text-zinc-500">{title}</h3>
      {children}
    </section>
  );
}

/**
 * The home page's "what went wrong lately", from every source the console has, each named: tool-call errors over
 * the chosen window, accounts expired or disconnected now, and problem events from Scalekit's webhooks. All from
 * the page's figures, so it cannot say "nothing failed" beside an activity card that counts failures.
 */
export function RecentProblems({ figures }: { figures: HomeFigures }) {
  const { activity, broken, events, range } = figures;
  const window = RANGE_WORDS[range];
  const overview = activity?.ok ? activity.value.overview : null;
  const failed = overview ? overview.total - overview.success : 0;
  const accounts = broken.ok ? broken.value : null;
  const pushed = events.ok ? events.value : null;
  const nothing =
    activity !== null &&
    overview !== null &&
    failed === 0 &&
    accounts !== null &&
    accounts.expired + accounts.disconnected === 0 &&
    pushed !== null &&
    pushed.length === 0;
  return (
    <Card className="mt-4" data-testid="recent-problems">
      <CardHeader
        title="Recent problems"
        description={`From ${activity ? `tool-call errors (last ${window}), ` : ''}account states (now) and webhook events (last 24 h).`}
      />
      {nothing ? (
        <p className="px-5 py-4 text-sm text-zinc-500">
          Nothing failed: no tool-call errors in the last {window}, no expired or disconnected accounts, no
          problem events in the last 24 hours.
        </p>
      ) : (
        <div className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {activity && (
            <Source id="problems-tool-calls" title={`Tool calls, last ${window}`}>
              {!overview ? (
                <p className="text-zinc-500">The activity log is not available.</p>
              ) : failed === 0 ? (
                <p className="text-zinc-500">No failed calls.</p>
              ) : (
                <>
                  <p>
                    <Link
                      className={link}
                      href={activityHref({
                        outcome: 'failed',
                        from: activity.ok ? activity.value.window.startTime : undefined,
                        to: activity.ok ? activity.value.window.endTime : undefined,
                      })}
                    >
                      {count(failed)} of {count(overview.total)} calls failed
                    </Link>
                    {overview.topErrorCodes.length > 0 && ', most often:'}
                  </p>
                  <ul className="mt-1 space-y-0.5">
                    {overview.topErrorCodes.slice(0, 3).map((e) => (
                      <li key={e.errorCode} className="flex justify-between gap-3">
                        <code className="text-xs">{e.errorCode}</code>
                        <span className="tabular-nums">{count(e.count)}</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </Source>
          )}
          <Source id="problems-accounts" title="Account states, now">
            {!accounts ? (
              <p className="text-zinc-500">Account states could not be loaded.</p>
            ) : accounts.expired + accounts.disconnected === 0 ? (
              <p className="text-zinc-500">No expired or disconnected accounts.</p>
            ) : (
              <p>
                <Link className={link} href="/connections">
                  {count(accounts.expired)} expired and {count(accounts.disconnected)} disconnected accounts
                </Link>{' '}
                across {accounts.rows.length} connections: their users must reconnect.
              </p>
            )}
          </Source>
          <Source id="problems-events" title="Webhook events, last 24 h">
            {pushed === null ? (
              <p className="text-zinc-500">The event history is not available right now.</p>
            ) : pushed.length === 0 ? (
              <p className="text-zinc-500">No expiries or failed token refreshes reported.</p>
            ) : (
              <ul className="space-y-1">
                {pushed.map((e) => (
                  <li key={e.id} className="flex items-baseline justify-between gap-4">
                    <span>
                      <Link
                        className="font-medium underline"
                        href={`/users/${encodeURIComponent(e.identifier)}`}
                      >
                        {e.identifier}
                      </Link>
                      : {describeEvent(e)}
                    </span>
                    <span className="shrink-0 text-xs text-zinc-500">
                      <RelativeTime iso={e.occurredAt} past />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Source>
        </div>
      )}
    </Card>
  );
}

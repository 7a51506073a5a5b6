import { Link } from '@/components/ui/link';
import { Card, CardHeader } from '@/components/ui/card';
import { RelativeTime } from '@/components/ui/relative-time';
import { describeEvent } from '@/lib/events/timeline';
import { loadRecentProblems } from '@/lib/events/timeline-data';

/** The home page's "what went wrong lately": expiries and failed token refreshes of the last 24 hours. */
export async function RecentProblems({ environment }: { environment: string }) {
  const events = await loadRecentProblems(environment, 10).catch(() => null);
  return (
    <Card className="mt-4" data-testid="recent-problems">
      <CardHeader
        title="Recent problems"
        description="Expired accounts and failed token refreshes, last 24 hours."
      />
      {events === null ? (
        <p className="px-5 py-4 text-sm text-zinc-500">The event history is not available right now.</p>
      ) : events.length === 0 ? (
        <p className="px-5 py-4 text-sm text-zinc-500">Nothing expired or failed in the last 24 hours.</p>
      ) : (
        <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {events.map((e) => (
            <li key={e.id} className="flex items-baseline justify-between gap-4 px-5 py-2.5 text-sm">
              <span>
                <Link className="font-medium underline" href={`/users/${encodeURIComponent(e.identifier)}`}>
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
    </Card>
  );
}

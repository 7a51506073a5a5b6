import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { Link } from '@/components/ui/link';
import { RelativeTime } from '@/components/ui/relative-time';

/**
 * What a gone config's address shows instead of a generic not-found: its name, who deleted it and when (from
 * the console's history), or, when it went outside the console, the last time the console saw it.
 */
export function ConfigDeleted({
  id,
  name,
  deletedBy,
  at,
}: {
  id: string;
  name: string;
  /** Who deleted it through the console; null when it went outside the console. */
  deletedBy: string | null;
  at: string;
}) {
  const when = (
    <time dateTime={at} title={new Date(at).toUTCString()}>
      {new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC
    </time>
  );
  return (
    <>
      <PageHeader title={name} description="This config no longer exists." />
      <Card className="space-y-3 px-5 py-4 text-sm" data-testid="config-deleted">
        {deletedBy ? (
          <p>
            <b>{name}</b> was deleted by {deletedBy} on {when} (<RelativeTime iso={at} past />
            ). Its MCP server URL stopped working then.
          </p>
        ) : (
          <p>
            <b>{name}</b> was deleted outside the console, some time after {when}, when the console last saw
            it.
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <Link className={buttonClass('secondary')} href={`/configs/${encodeURIComponent(id)}/history`}>
            See its history
          </Link>
          <Link className={buttonClass('secondary')} href="/configs">
            All configs
          </Link>
        </div>
      </Card>
    </>
  );
}

import { Link } from '@/components/ui/link';
import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/states';
import { HOME_MAX_CONFIGS as MAX_CONFIGS, type HomeFigures } from '@/lib/home/figures';

/** Ready users out of users per config (the first 10), from the page's figures (the grid's snapshots). */
export function ConfigReadiness({ readiness }: { readiness: HomeFigures['readiness'] }) {
  const rows = readiness.ok ? readiness.value.rows : null;
  const total = readiness.ok ? readiness.value.total : 0;
  return (
    <Card data-testid="home-readiness">
      <CardHeader
        title="Readiness per config"
        description={
          total > MAX_CONFIGS
            ? `First ${MAX_CONFIGS} of ${total} configs`
            : 'Users whose every connection is active'
        }
        action={
          <Link
            className="text-sm text-indigo-600 hover:underline dark:text-indigo-400"
            href="/users/readiness"
          >
            All
          </Link>
        }
      />
      {!rows ? (
        <p className="px-5 py-4 text-sm text-red-600 dark:text-red-400">Could not load configs.</p>
      ) : !rows.length ? (
        <EmptyState title="No MCP configs yet" />
      ) : (
        <ul className="divide-y divide-zinc-100 px-5 text-sm dark:divide-zinc-800">
          {rows.map((r) => (
            <li key={r.id}>
              <Link
                href={`/users/readiness?config=${encodeURIComponent(r.id)}`}
                className="flex items-center justify-between gap-3 py-2 hover:underline"
              >
                <span className="font-medium">{r.name}</span>
                <span
                  className={
                    r.users !== null && r.ready === r.users
                      ? 'tabular-nums text-emerald-600'
                      : 'tabular-nums text-amber-700 dark:text-amber-400'
                  }
                >
                  {r.users === null ? 'unavailable' : `${r.ready} of ${r.users} ready`}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

import { Link } from '@/components/ui/link';
import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/states';
import { isReady } from '@/lib/readiness/is-ready';
import { loadReadiness } from '@/lib/readiness/snapshot';
import type { RequestContext } from '@/lib/request/context';

// Each config's readiness costs its own list pages; the home page draws the first few, the grid has all.
const MAX_CONFIGS = 10;

/** Ready users out of users per config (the first 10), from the readiness snapshots the grid shares. */
export async function ConfigReadiness({ ctx }: { ctx: RequestContext }) {
  const page = await ctx.scalekit.configs.list({ pageSize: MAX_CONFIGS }).catch(() => null);
  const rows = page
    ? await Promise.all(
        page.items.map(async (c) => {
          const snap = await loadReadiness(ctx.scalekit, c.id).catch(() => null);
          const ready = snap ? snap.users.filter((u) => isReady(u.statuses)).length : null;
          return { id: c.id, name: c.name, ready, users: snap?.users.length ?? null };
        }),
      )
    : null;
  const total = page ? page.totalSize || page.items.length : 0;
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

import type { Metadata } from 'next';
import { EnvironmentCard } from '@/components/home/environment-card';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { Link } from '@/components/ui/link';
import { listEnvironments, scalekitOf } from '@/lib/environments';
import { allEnvironmentsHealth } from '@/lib/environments/health';
import { pageContext } from '@/lib/request/context';

export const metadata: Metadata = { title: 'All environments' };
export const dynamic = 'force-dynamic';

/** The console's home: one card per environment this person may open, all probed together. */
export default async function ConsoleHomePage() {
  const ctx = await pageContext('configs:read');
  const mine = listEnvironments().filter((e) => ctx.roleIn(e.name));
  const [health, counts] = await Promise.all([
    allEnvironmentsHealth(),
    Promise.all(
      mine.map((e) =>
        scalekitOf(e.name)
          .configs.list({ pageSize: 1 })
          .then((p) => p.totalSize || p.items.length)
          .catch(() => null),
      ),
    ),
  ]);
  return (
    <>
      <PageHeader
        title={`Welcome, ${ctx.user.name}`}
        description="Every Scalekit environment this console reaches: open one, or compare them."
        action={
          mine.length > 1 ? (
            <Link className={buttonClass('secondary')} href="/compare">
              Compare environments
            </Link>
          ) : undefined
        }
      />
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {mine.map((e, i) => (
          <EnvironmentCard
            key={e.name}
            environment={e}
            health={health.find((h) => h.name === e.name)!}
            configs={counts[i] ?? null}
            role={ctx.roleIn(e.name)!}
            admin={ctx.roleIn(e.name) === 'admin'}
          />
        ))}
      </div>
    </>
  );
}

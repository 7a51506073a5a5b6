import type { Metadata } from 'next';
import { EnvironmentCard } from '@/components/home/environment-card';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { Link } from '@/components/ui/link';
import { listEnvironments } from '@/lib/environments';
import { homeHeadline } from '@/lib/home/headline';
import { headlineFigures, loadHomeFigures } from '@/lib/home/figures';
import { pageContext } from '@/lib/request/context';

export const metadata: Metadata = { title: 'All environments' };
export const dynamic = 'force-dynamic';

/**
 * The console's home: one card per environment this person may open, each with its headline judged from the
 * same figures its own overview loads (lib/home/figures.ts, shared snapshots), all environments together.
 */
export default async function ConsoleHomePage() {
  const ctx = await pageContext('configs:read');
  const mine = listEnvironments().filter((e) => ctx.roleIn(e.name));
  const figures = await Promise.all(
    mine.map((e) => loadHomeFigures({ requestId: ctx.requestId, role: ctx.roleIn(e.name) }, e.name, '24h')),
  );
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
            health={figures[i]!.health}
            headline={homeHeadline(headlineFigures(figures[i]!))}
            configs={figures[i]!.readiness.ok ? figures[i]!.readiness.value.total : null}
            role={ctx.roleIn(e.name)!}
            admin={ctx.roleIn(e.name) === 'admin'}
          />
        ))}
      </div>
    </>
  );
}

import { Link } from '@/components/ui/link';
import { Card, CardHeader } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { activityHref, type RangeKey } from '@/lib/activity/filters';
import { isActivityUnavailable } from '@/lib/activity/load';
import { envPath } from '@/lib/environments/paths';
import type { HomeFigures } from '@/lib/home/figures';
import { connectorLabel } from '@/lib/connectors/display-name';
import { percent } from './format';
import { LazyOverviewChart } from './overview-chart-lazy';

const CHOICES: RangeKey[] = ['24h', '7d'];
const link = 'text-indigo-700 hover:underline dark:text-indigo-300';

export function overviewRange(v: unknown): RangeKey {
  return CHOICES.includes(v as RangeKey) ? (v as RangeKey) : '24h';
}

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div>
      <p className="text-xs text-zinc-500">{label}</p>
      <p className="text-xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </p>
    </div>
  );
}

/**
 * Home page overview of agent activity over 24 h or 7 d (`?activity=7d`). Its counts come from upstream's
 * overview for an exact window (the page's figures, which the headline judges too), and "Open in the log" opens
 * the log on that same window, so the two agree. Null figures: this person may not read activity.
 */
export function OverviewCard({
  figures,
}: {
  figures: Pick<HomeFigures, 'activity' | 'range' | 'environment'>;
}) {
  const { activity: loaded, range } = figures;
  if (!loaded) return null;
  const tabs = (
    <nav aria-label="Overview range" className="flex gap-1 text-sm">
      {CHOICES.map((r) => (
        <Link
          key={r}
          href={`${envPath(figures.environment)}?activity=${r}`}
          aria-current={r === range ? 'true' : undefined}
          className={cn(
            'rounded px-2 py-0.5',
            r === range ? 'bg-indigo-50 font-medium text-indigo-700 dark:bg-indigo-500/10' : 'text-zinc-600',
          )}
        >
          {r === '24h' ? '24 h' : '7 d'}
        </Link>
      ))}
    </nav>
  );
  if (!loaded.ok) {
    return (
      <Card className="mt-6">
        <CardHeader
          title="Agent activity"
          description={
            isActivityUnavailable(loaded.problem)
              ? 'Activity is not available for this environment.'
              : loaded.problem.message
          }
        />
      </Card>
    );
  }
  const { overview: o, window } = loaded.value;
  const busiest = [...o.connectors].sort((a, b) => b.total - a.total).slice(0, 5);
  return (
    <Card className="mt-6" data-testid="activity-overview">
      <CardHeader
        title="Agent activity"
        description={
          <Link className={link} href={activityHref({ from: window.startTime, to: window.endTime })}>
            Open these calls in the log
          </Link>
        }
        action={tabs}
      />
      <div className="grid grid-cols-2 gap-4 px-5 py-4 sm:grid-cols-4">
        <Stat label="Tool calls" value={o.total.toLocaleString('en-US')} testId="overview-total" />
        <Stat label="Success rate" value={percent(o.success, o.total)} testId="overview-success-rate" />
        <Stat
          label="Provider errors"
          value={o.providerErrors.toLocaleString('en-US')}
          testId="overview-provider-errors"
        />
        <Stat
          label="Platform errors"
          value={o.platformErrors.toLocaleString('en-US')}
          testId="overview-platform-errors"
        />
      </div>
      {o.timeSeries.length > 0 && (
        <div className="px-5">
          <LazyOverviewChart series={o.timeSeries} />
        </div>
      )}
      <div className="grid gap-6 px-5 py-4 sm:grid-cols-2">
        <div>
          <h3 className="mb-2 text-xs font-medium text-zinc-500">Top error codes</h3>
          {o.topErrorCodes.length === 0 ? (
            <p className="text-sm text-zinc-500">No errors.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {o.topErrorCodes.slice(0, 5).map((e) => (
                <li key={e.errorCode} className="flex justify-between gap-3">
                  <code className="text-xs">{e.errorCode}</code>
                  <span className="tabular-nums">{e.count.toLocaleString('en-US')}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="mb-2 text-xs font-medium text-zinc-500">Busiest connectors</h3>
          <ul className="space-y-1 text-sm">
            {busiest.map((c) => (
              <li key={c.provider} className="flex justify-between gap-3">
                <Link
                  className={link}
                  href={activityHref({ provider: c.provider, from: window.startTime, to: window.endTime })}
                >
                  {connectorLabel(c.provider)}
                </Link>
                <span className="tabular-nums">
                  {c.total.toLocaleString('en-US')} calls, {percent(c.errors, c.total)} failed
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </Card>
  );
}

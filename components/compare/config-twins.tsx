import { Badge } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import { Link } from '@/components/ui/link';
import type { EnvironmentLists } from '@/lib/compare/compare';
import { compareDiffPath } from '@/lib/compare/page-params';
import { twinsOf } from '@/lib/compare/twins';
import { envPath } from '@/lib/environments/paths';
import type { McpConfig } from '@/lib/scalekit/types';
import { BlockersNote } from './blockers-note';
import { ConfigStateLabel } from './state-label';

const link = 'text-indigo-700 hover:underline dark:text-indigo-300';

/**
 * "In other environments": this config's twin (same name) in each other environment the person may open. The
 * lists are started by the page beside its own loads and awaited here, so the panel streams in without holding
 * the page.
 */
export async function ConfigTwins({
  here,
  lists,
}: {
  here: { environment: string; production: boolean; config: McpConfig };
  lists: Promise<EnvironmentLists[]>;
}) {
  const others = await lists;
  if (!others.length) return null;
  const name = here.config.name;
  return (
    <Card className="mb-6" data-testid="config-twins">
      <CardHeader
        title="In other environments"
        description={`The config named ${name} elsewhere, against this one.`}
        action={
          <Link
            className={`text-sm ${link}`}
            href={`/compare?baseline=${here.environment}&q=${encodeURIComponent(name)}`}
          >
            Compare all
          </Link>
        }
      />
      <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
        {twinsOf(here, others).map((t) => (
          <li
            key={t.environment}
            className="flex flex-wrap items-center gap-x-4 gap-y-1 px-5 py-3 text-sm"
            data-testid={`twin-${t.environment}`}
            data-state={t.state}
          >
            <span className="flex w-40 items-center gap-2 font-medium">
              {t.environment}
              {t.production && <Badge tone="danger">production</Badge>}
            </span>
            <ConfigStateLabel state={t.state} />
            {t.state === 'differs' && (
              <Link className={link} href={compareDiffPath(name, here.environment, t.environment)}>
                See the differences
              </Link>
            )}
            {t.state === 'same' && t.id && (
              <Link className={link} href={envPath(t.environment, `/configs/${encodeURIComponent(t.id)}`)}>
                Open in {t.environment}
              </Link>
            )}
            {t.error && <span className="text-xs text-zinc-500">Could not be read: {t.error}</span>}
            <BlockersNote blockers={t.blockers} />
          </li>
        ))}
      </ul>
    </Card>
  );
}

import 'server-only';
import { isActivityUnavailable, loadOverview } from '@/lib/activity/load';
import type { RangeKey } from '@/lib/activity/filters';
import { can, type Role } from '@/lib/auth/roles';
import { connectionRows } from '@/lib/connections/overview';
import { loadConnections } from '@/lib/connections/snapshot';
import { getServerEnv } from '@/lib/env';
import { scalekitOf } from '@/lib/environments';
import { environmentHealth } from '@/lib/environments/health';
import { loadRecentProblems } from '@/lib/events/timeline-data';
import { isReady } from '@/lib/readiness/is-ready';
import { loadReadiness } from '@/lib/readiness/snapshot';
import { pageLoad, type Loaded } from '@/lib/request/page-load';
import type { RequestContext } from '@/lib/request/context';
import type { ScalekitClient } from '@/lib/scalekit';
import type { HeadlineFigures } from './headline';

// Each config's readiness costs its own list pages; the home page draws the first few, the grid has all.
export const HOME_MAX_CONFIGS = 10;
export const RANGE_WORDS: Record<RangeKey, string> = { '1h': '1 h', '24h': '24 h', '7d': '7 d' };

async function configReadiness(sk: ScalekitClient) {
  const page = await sk.configs.list({ pageSize: HOME_MAX_CONFIGS });
  const rows = await Promise.all(
    page.items.map(async (c) => {
      const snap = await loadReadiness(sk, c.id).catch(() => null);
      const ready = snap ? snap.users.filter((u) => isReady(u.statuses)).length : null;
      return { id: c.id, name: c.name, ready, users: snap?.users.length ?? null };
    }),
  );
  return { rows, total: page.totalSize || page.items.length };
}

async function brokenAccounts(sk: ScalekitClient) {
  const snap = await loadConnections(sk);
  const rows = connectionRows(snap).rows.filter((r) => r.counts.EXPIRED || r.counts.DISCONNECTED);
  return {
    rows,
    connections: snap.connections.length,
    expired: rows.reduce((n, r) => n + (r.counts.EXPIRED ?? 0), 0),
    disconnected: rows.reduce((n, r) => n + (r.counts.DISCONNECTED ?? 0), 0),
  };
}

/**
 * Everything an environment's "is everything alright?" rests on, loaded once and together: the headline and
 * every card under it are drawn from this, so the line cannot say one thing and the cards another. Snapshots
 * (readiness, connections, health) are the ones the grid, the Connections pages and /api/health share.
 */
export async function loadHomeFigures(
  ctx: Pick<RequestContext, 'requestId'> & { role: Role | null },
  environment: string,
  range: RangeKey,
) {
  const sk = scalekitOf(environment);
  const load = <T>(fn: () => Promise<T>) => pageLoad(ctx as RequestContext, fn);
  const [health, readiness, broken, activity, events] = await Promise.all([
    environmentHealth(environment),
    load(() => configReadiness(sk)),
    load(() => brokenAccounts(sk)),
    can(ctx.role, 'activity:read') ? load(() => loadOverview(sk, range)) : Promise.resolve(null),
    load(() => loadRecentProblems(environment, 10)),
  ]);
  return { environment, range, health, readiness, broken, activity, events };
}

export type HomeFigures = Awaited<ReturnType<typeof loadHomeFigures>>;

const value = <T>(l: Loaded<T>) => (l.ok ? l.value : null);

/** The headline's inputs, read off the loaded figures (and the configured thresholds). */
export function headlineFigures(f: HomeFigures): HeadlineFigures {
  const { successRateThreshold, readyThreshold } = getServerEnv().home;
  const readiness = value(f.readiness);
  const broken = value(f.broken);
  return {
    backend: { state: f.health.state, latencyMs: f.health.latencyMs },
    readiness: readiness
      ? readiness.rows.flatMap((r) =>
          r.ready === null || r.users === null ? [] : [{ name: r.name, ready: r.ready, users: r.users }],
        )
      : null,
    broken: broken ? { expired: broken.expired, disconnected: broken.disconnected } : null,
    activity:
      f.activity === null || (!f.activity.ok && isActivityUnavailable(f.activity.problem))
        ? 'unavailable'
        : f.activity.ok
          ? {
              total: f.activity.value.overview.total,
              success: f.activity.value.overview.success,
              window: RANGE_WORDS[f.range],
            }
          : null,
    thresholds: { successRate: successRateThreshold, readyShare: readyThreshold },
  };
}

import 'server-only';
import { notFound } from 'next/navigation';
import { toProblem, type Problem } from '@/lib/errors/problem';
import { ACTION_DEADLINE_MS, withDeadline } from '@/lib/scalekit/deadline';
import type { RequestContext } from './context';

export type Loaded<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/**
 * A page's data, or the problem to show inside the console (the same mapping routes and actions use), so a
 * Scalekit outage is a message in the page, not the generic error screen. `notFoundOn404` turns an upstream 404
 * into the not-found page.
 */
export async function pageLoad<T>(
  ctx: RequestContext,
  load: () => Promise<T>,
  o: { notFoundOn404?: boolean } = {},
): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await withDeadline(ACTION_DEADLINE_MS, load) };
  } catch (err) {
    const problem = toProblem(err, { requestId: ctx.requestId, isAdmin: ctx.role === 'admin' });
    if (o.notFoundOn404 && problem.status === 404) notFound();
    if (!problem.expected) console.error(`page load failed (ref ${ctx.requestId}):`, err);
    return { ok: false, problem };
  }
}

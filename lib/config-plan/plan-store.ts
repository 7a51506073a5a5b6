import 'server-only';
import { and, eq, gt, lt } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { configPlans } from '@/lib/db/schema';
import { planSchema, type Plan } from './plan-schema';

/** How long a plan can be applied after it was made (then: plan again). */
export const PLAN_TTL_MS = 24 * 60 * 60_000;

/**
 * Keeps a plan in the database under its digest, so `apply <digest>` runs exactly the plan that was shown, on
 * whichever console instance; the same plan made twice is one row.
 */
export async function savePlan(plan: Plan, createdBy: string, now = Date.now()): Promise<void> {
  const { db } = await getDb();
  await db.delete(configPlans).where(lt(configPlans.expiresAt, new Date(now)));
  await db
    .insert(configPlans)
    .values({
      digest: plan.digest,
      environment: plan.environment,
      plan,
      createdBy,
      expiresAt: new Date(now + PLAN_TTL_MS),
    })
    .onConflictDoUpdate({
      target: [configPlans.environment, configPlans.digest],
      set: { plan, createdBy, expiresAt: new Date(now + PLAN_TTL_MS) },
    });
}

export async function loadPlan(environment: string, digest: string, now = Date.now()): Promise<Plan | null> {
  const { db } = await getDb();
  const [row] = await db
    .select({ plan: configPlans.plan })
    .from(configPlans)
    .where(
      and(
        eq(configPlans.environment, environment),
        eq(configPlans.digest, digest),
        gt(configPlans.expiresAt, new Date(now)),
      ),
    )
    .limit(1);
  if (!row) return null;
  const parsed = planSchema.safeParse(row.plan);
  return parsed.success ? parsed.data : null;
}

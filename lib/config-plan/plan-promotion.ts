import 'server-only';
import { ActionError } from '@/lib/errors/action-error';
import type { ScalekitClient } from '@/lib/scalekit';
import type { Actor } from './apply';
import { plan } from './plan';
import type { Plan } from './plan-schema';
import { savePlan } from './plan-store';
import { sourceVersions } from './source-versions';
import { specOf } from './spec';

/**
 * Plans promoting the named configs of the source environment to the target: each as its spec (the form that
 * means the same everywhere) with its source version, planned against the target (pre-flight problems, the
 * effective-tool diff against the target's current version, user impact on the target's users), and stored so
 * the apply runs exactly what was reviewed. Source cost: one configs list, whatever the number of configs.
 */
export async function planPromotion(
  source: { name: string; client: ScalekitClient },
  target: { name: string; client: ScalekitClient },
  actor: Actor,
  configNames: string[],
): Promise<Plan> {
  if (source.name === target.name)
    throw new ActionError(`Promote to another environment than ${source.name}`);
  if (configNames.length === 0) throw new ActionError('Choose at least one config to promote');
  const all = await source.client.configs.listAll();
  const byName = new Map(all.map((c) => [c.name, c]));
  const unknown = configNames.filter((n) => !byName.has(n));
  if (unknown.length)
    throw new ActionError(
      `No config named ${unknown.join(', ')} in ${source.name}`,
      undefined,
      undefined,
      404,
    );
  const chosen = configNames.map((n) => byName.get(n)!);
  const versions = await sourceVersions(chosen, source.name);
  const p = await plan({
    desired: chosen.map(specOf),
    target: target.client,
    environment: target.name,
    prune: false,
    source: {
      kind: 'promotion',
      fromEnvironment: source.name,
      version: Math.max(...Object.values(versions)),
      versions,
    },
  });
  await savePlan(p, actor.email);
  return p;
}

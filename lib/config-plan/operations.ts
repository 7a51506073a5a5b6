import 'server-only';
import { z } from 'zod';
import { ActionError } from '@/lib/errors/action-error';
import type { ScalekitClient } from '@/lib/scalekit';
import { apply, type Actor } from './apply';
import { sha256 } from './digest';
import { MAX_FILE_BYTES } from './file-schema';
import { parseConfigFile, type FileError } from './parse-file';
import { plan } from './plan';
import type { ApplyResult, Plan } from './plan-schema';
import { loadPlan, savePlan } from './plan-store';
import { specOf } from './spec';
import { formatConfigFile, type FileFormat } from './write-file';

/** What the console API, the console page and the CLI send to plan a file. Shared by the route and the action. */
export const planFileInput = z.object({
  fileName: z
    .string()
    .trim()
    .min(1, 'Name the file (it is recorded in history)')
    .max(200, 'A file name is at most 200 characters')
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'A file name cannot contain control characters')
    // Only the name is kept: a path from the operator's machine means nothing to the console.
    .transform((n) => n.split(/[\\/]/).pop() || n),
  content: z.string().max(MAX_FILE_BYTES, `The file is larger than ${MAX_FILE_BYTES} bytes`),
  prune: z.boolean().optional(),
});
export type PlanFileInput = z.infer<typeof planFileInput>;

export const applyPlanInput = z.object({
  digest: z.string().regex(/^[0-9a-f]{64}$/, 'The plan digest is 64 hex digits, as plan shows it'),
});

export const exportQuery = z.object({
  names: z
    .string()
    .max(10_000)
    .optional()
    .transform((s) =>
      s
        ? [
            ...new Set(
              s
                .split(',')
                .map((x) => x.trim())
                .filter(Boolean),
            ),
          ]
        : undefined,
    ),
  format: z.enum(['yaml', 'json'], { error: 'format is yaml or json' }).optional(),
});

export type PlanFileOutcome = { ok: true; plan: Plan } | { ok: false; fileName: string; errors: FileError[] };

/**
 * Parses a configs file and plans it against an environment; the plan is stored so it can be applied by its
 * digest. A file that does not parse gives its errors (line, column, field), and nothing is planned.
 */
export async function planFile(
  target: { name: string; client: ScalekitClient },
  actor: Actor,
  input: PlanFileInput,
): Promise<PlanFileOutcome> {
  const parsed = parseConfigFile(input.content);
  if (!parsed.ok) return { ok: false, fileName: input.fileName, errors: parsed.errors };
  const p = await plan({
    desired: parsed.specs,
    target: target.client,
    environment: target.name,
    prune: parsed.prune || input.prune === true,
    source: { kind: 'file', fileName: input.fileName, fileDigest: sha256(input.content) },
  });
  await savePlan(p, actor.email);
  return { ok: true, plan: p };
}

/** Applies the stored plan with this digest (made by `planFile` on any console instance within a day). */
export async function applyStoredPlan(
  target: { name: string; client: ScalekitClient },
  actor: Actor,
  digest: string,
  o: { requestId?: string } = {},
): Promise<ApplyResult> {
  const p = await loadPlan(target.name, digest);
  if (!p)
    throw new ActionError(
      `No plan ${digest.slice(0, 12)} for ${target.name}: plans are kept for 24 hours and belong to one environment. Plan again.`,
      undefined,
      undefined,
      404,
    );
  return apply(p, target.client, actor, { requestId: o.requestId });
}

/** The file of an environment's configs (all, or the ones named), in stable order. */
export async function exportConfigs(
  sk: ScalekitClient,
  o: { names?: string[]; format: FileFormat },
): Promise<{ text: string; count: number }> {
  const all = await sk.configs.listAll();
  let chosen = all;
  if (o.names) {
    const have = new Set(all.map((c) => c.name));
    const unknown = o.names.filter((n) => !have.has(n));
    if (unknown.length)
      throw new ActionError(
        `No config named ${unknown.join(', ')} in this environment`,
        undefined,
        undefined,
        404,
      );
    const wanted = new Set(o.names);
    chosen = all.filter((c) => wanted.has(c.name));
  }
  return { text: formatConfigFile(chosen.map(specOf), o.format), count: chosen.length };
}

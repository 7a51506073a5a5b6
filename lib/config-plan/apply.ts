import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { invalidateConfig } from '@/lib/configs/cached';
import { effectiveDiff } from '@/lib/configs/diff';
import { hashSnapshot, snapshotOf } from '@/lib/configs/normalize';
import { guardedCreate, guardedDelete, guardedUpdate, type ConflictDetails } from '@/lib/configs/save';
import type { ConfigDraft } from '@/lib/configs/schema';
import { isActionError } from '@/lib/errors/action-error';
import { toProblem } from '@/lib/errors/problem';
import type { McpConfig, ScalekitClient } from '@/lib/scalekit';
import { historyNote, shortDigest } from './history-note';
import type { AppliedConfig, ApplyResult, Plan, PlannedConfig } from './plan-schema';

export interface Actor {
  email: string;
  role: string;
}

export interface ApplyOptions {
  requestId?: string;
  /** Called as each config is settled, in plan order (progress for a person watching). */
  onProgress?: (result: AppliedConfig, index: number, total: number) => void | Promise<void>;
}

const EMPTY: ConfigDraft = { description: '', mappings: [] };

type Check = { kind: 'skip' } | { kind: 'write' } | { kind: 'stale'; current: McpConfig | undefined };

/** Where one planned config stands on the target now: already as planned, still at the planned base, or changed. */
function check(c: PlannedConfig, current: McpConfig | undefined): Check {
  const now = current ? hashSnapshot(snapshotOf(current)) : null;
  if (now === c.fingerprint) return { kind: 'skip' };
  if (now === c.baseFingerprint && (c.action !== 'create' || !current)) return { kind: 'write' };
  return { kind: 'stale', current };
}

const staleEntry = (c: PlannedConfig, current: McpConfig | undefined): AppliedConfig => {
  const snapshot = current ? snapshotOf(current) : null;
  return {
    name: c.name,
    action: c.action,
    status: 'refused',
    id: current?.id ?? c.id,
    message: current
      ? `${c.name} changed on the target since the plan: plan again to review the change`
      : `${c.name} was deleted from the target since the plan: plan again`,
    conflict: {
      current: snapshot,
      currentFingerprint: snapshot ? hashSnapshot(snapshot) : null,
      change: effectiveDiff(c.before ?? EMPTY, snapshot ?? EMPTY, {}),
    },
  };
};

function result(
  p: Plan,
  outcome: ApplyResult['outcome'],
  message: string,
  configs: AppliedConfig[],
): ApplyResult {
  const counts = { applied: 0, skipped: 0, refused: 0, failed: 0, not_attempted: 0 };
  for (const c of configs) counts[c.status]++;
  return { digest: p.digest, environment: p.environment, outcome, message, configs, counts };
}

/**
 * Applies a plan to its target, config by config, each write under the lost-update guard (lib/configs/save.ts)
 * with the fingerprint the plan was reviewed at. Refuses to start while the plan has problems, and, before
 * writing anything, if any target config changed since the plan (showing the change). Idempotent: a config
 * already as planned is skipped, so an apply that stopped half way resumes by applying the same plan again.
 * Stops at the first write that fails or is refused, and says exactly which configs were applied, skipped,
 * refused, failed and not attempted. Records history ("applied from file ..." / "promoted from ...") and one
 * audit entry per config written.
 */
export async function apply(
  p: Plan,
  sk: ScalekitClient,
  actor: Actor,
  o: ApplyOptions = {},
): Promise<ApplyResult> {
  const notAttempted = (c: PlannedConfig, message = 'not attempted'): AppliedConfig => ({
    name: c.name,
    action: c.action,
    status: 'not_attempted',
    id: c.id,
    message,
  });
  if (p.problems.length) {
    return result(
      p,
      'problems',
      `The plan has ${p.problems.length} problem(s) to fix first; nothing was applied`,
      p.configs.map((c) => notAttempted(c, 'the plan has problems')),
    );
  }
  const current = new Map((await sk.configs.listAll()).map((c) => [c.name, c]));
  const checks = p.configs.map((c) => ({ c, check: check(c, current.get(c.name)) }));
  const stale = checks.filter((x) => x.check.kind === 'stale');
  if (stale.length) {
    return result(
      p,
      'stale',
      `${stale.length} config(s) changed on the target since the plan; nothing was applied. Plan again.`,
      checks.map(({ c, check: k }) => (k.kind === 'stale' ? staleEntry(c, k.current) : notAttempted(c))),
    );
  }
  const out: AppliedConfig[] = [];
  let stopped: 'failed' | undefined;
  for (const [index, { c, check: k }] of checks.entries()) {
    let entry: AppliedConfig;
    if (stopped) entry = notAttempted(c, 'not attempted: an earlier config did not apply');
    else if (k.kind === 'skip')
      entry = {
        name: c.name,
        action: c.action,
        status: 'skipped',
        id: current.get(c.name)?.id ?? c.id,
        message: 'already as planned',
      };
    else {
      entry = await writeOne(p, c, sk, actor, historyNote(p.source, actor, c.name), o.requestId);
      if (entry.status !== 'applied') stopped = 'failed';
    }
    out.push(entry);
    await o.onProgress?.(entry, index, checks.length);
  }
  const applied = out.filter((x) => x.status === 'applied').length;
  if (stopped) {
    const bad = out.find((x) => x.status === 'failed' || x.status === 'refused')!;
    return result(
      p,
      'failed',
      `Stopped at ${bad.name} (${bad.status}): ${applied} applied, ${out.filter((x) => x.status === 'not_attempted').length} not attempted. Apply the same plan again to resume.`,
      out,
    );
  }
  return applied
    ? result(p, 'applied', `Applied ${applied} change(s) to ${p.environment}`, out)
    : result(p, 'nothing_to_do', `Nothing to apply: ${p.environment} already matches the plan`, out);
}

async function writeOne(
  p: Plan,
  c: PlannedConfig,
  sk: ScalekitClient,
  actor: Actor,
  note: string,
  requestId: string | undefined,
): Promise<AppliedConfig> {
  const base = { name: c.name, action: c.action };
  let id = c.id;
  try {
    if (c.action === 'create') {
      const r = await guardedCreate(sk, { name: c.name, draft: c.after!, actor, note });
      id = r.config.id;
      if (r.outcome === 'exists') return { ...base, status: 'skipped', id, message: 'already as planned' };
    } else if (c.action === 'update') {
      await guardedUpdate(sk, {
        id: c.id!,
        baseHash: c.baseFingerprint!,
        draft: c.after!,
        kind: 'update',
        actor,
        note,
      });
    } else if (c.action === 'delete') {
      const r = await guardedDelete(sk, { id: c.id!, baseHash: c.baseFingerprint!, actor, note });
      if (r === 'gone') return { ...base, status: 'skipped', id, message: 'already deleted' };
    }
    if (id) invalidateConfig(sk, id);
    await recordAudit({
      actorEmail: actor.email,
      actorRole: actor.role,
      action: `config.${c.action}`,
      target: id ?? c.name,
      summary: `${verb(c.action)} ${c.name} in ${p.environment}, ${note} (plan ${shortDigest(p.digest)})`,
      outcome: 'success',
      requestId,
      environment: p.environment,
    });
    return { ...base, status: 'applied', id, message: `${verb(c.action).toLowerCase()}` };
  } catch (err) {
    const details = isActionError(err) ? (err.details as ConflictDetails | undefined) : undefined;
    const problem = toProblem(err, { requestId: requestId ?? 'apply', isAdmin: actor.role === 'admin' });
    if (!problem.expected) console.error(`apply ${c.name} failed (plan ${shortDigest(p.digest)}):`, err);
    await recordAudit({
      actorEmail: actor.email,
      actorRole: actor.role,
      action: `config.${c.action}`,
      target: id ?? c.name,
      summary: `${verb(c.action)} ${c.name} in ${p.environment}, ${note} (plan ${shortDigest(p.digest)})`,
      outcome: 'failure',
      error: problem.message,
      requestId,
      environment: p.environment,
    });
    if (details?.kind === 'conflict') {
      return {
        ...base,
        status: 'refused',
        id,
        message: problem.message,
        conflict: {
          current: details.theirs,
          currentFingerprint: details.theirsHash,
          change: effectiveDiff(c.before ?? EMPTY, details.theirs, {}),
        },
      };
    }
    return { ...base, status: 'failed', id, message: problem.message };
  }
}

const verb = (a: PlannedConfig['action']) =>
  a === 'create' ? 'Created' : a === 'update' ? 'Updated' : a === 'delete' ? 'Deleted' : 'Kept';

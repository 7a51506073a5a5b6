import 'server-only';
import { ActionError } from '@/lib/errors/action-error';
import { LOCK_TIMEOUT, withAdvisoryLock } from '@/lib/limits/advisory-lock';
import type { McpConfig, ScalekitClient } from '@/lib/scalekit';
import { currentDeadline } from '@/lib/scalekit/deadline';
import { VERIFY_RESERVE_MS } from '@/lib/scalekit/http-client';
import { confirmWrite } from '@/lib/scalekit/write-outcome';
import { diffConfigs } from './diff';
import { noticeExternalChange, recordVersion } from './history';
import { hashSnapshot, snapshotOf, toApiMappings } from './normalize';
import type { ConfigDraft } from './schema';

export interface ConflictDetails {
  kind: 'conflict';
  theirs: ConfigDraft;
  theirsHash: string;
  diff: ReturnType<typeof diffConfigs>;
}

// Saves of one config run one at a time in this process (so at most one of them holds a database connection
// waiting for the cross-instance lock below). The queues belong to the environment's client.
function serialized<T>(sk: ScalekitClient, key: string, fn: () => Promise<T>): Promise<T> {
  const queues = sk.scoped('configs.save-queues', () => new Map<string, Promise<unknown>>());
  const run = (queues.get(key) ?? Promise.resolve()).then(fn, fn);
  const tail = run.catch(() => {});
  queues.set(key, tail);
  void tail.then(() => queues.get(key) === tail && queues.delete(key));
  return run;
}

/**
 * Writes a new version only if the server still holds the version the editor loaded (`baseHash`). Scalekit has
 * no version field, so we re-read and compare fingerprints right before the PUT; otherwise the save is refused
 * with the other change, so nobody silently overwrites anybody. On PostgreSQL the re-read, the write and the
 * version record run under an advisory lock per config, so other console instances sharing the database take
 * turns too. A change made outside the console in the same instant is not covered (see README).
 */
export interface GuardedUpdate {
  id: string;
  baseHash: string;
  draft: ConfigDraft;
  kind: 'update' | 'rollback';
  actor: { email: string; role: string };
  note?: string;
}

const lockWaitMs = () => {
  const deadline = currentDeadline();
  return deadline === undefined ? 30_000 : Math.max(1, deadline - Date.now() - VERIFY_RESERVE_MS * 2);
};

export function guardedUpdate(sk: ScalekitClient, o: GuardedUpdate): Promise<McpConfig> {
  return serialized(sk, o.id, () =>
    // The lock wait is part of the person's wait: at most what their deadline leaves, kept short of it.
    withAdvisoryLock(`config-save:${o.id}`, () => compareAndWrite(sk, o), { waitMs: lockWaitMs() }).catch(
      (err: unknown) => {
        if ((err as { code?: unknown }).code !== LOCK_TIMEOUT) throw err;
        throw new ActionError('Another save of this config is still running; try again in a moment.');
      },
    ),
  );
}

async function compareAndWrite(sk: ScalekitClient, o: GuardedUpdate): Promise<McpConfig> {
  const current = await sk.configs.get(o.id);
  // A version someone made elsewhere is recorded as theirs before it is refused or written over.
  await noticeExternalChange(current);
  const theirs = snapshotOf(current);
  const theirsHash = hashSnapshot(theirs);
  if (theirsHash !== o.baseHash) {
    const details: ConflictDetails = {
      kind: 'conflict',
      theirs,
      theirsHash,
      diff: diffConfigs(theirs, o.draft),
    };
    throw new ActionError(
      `${current.name} changed on the server since you opened it. Review the other change, then reload or re-apply your edits on top.`,
      undefined,
      details,
    );
  }
  const mappings = toApiMappings(o.draft);
  if (mappings.length === 0)
    throw new ActionError('A config needs at least one connection; delete it instead.');
  // If the answer is lost, the config is re-read: it holds our draft (applied) or not (not applied).
  const saved = await confirmWrite<McpConfig>(
    `the change to ${current.name}`,
    () => sk.configs.update(o.id, { description: o.draft.description, mappings }),
    async () => {
      const now = await sk.configs.get(o.id);
      return diffConfigs(o.draft, snapshotOf(now)).empty ? { applied: true, value: now } : { applied: false };
    },
  );
  await recordVersion({
    configId: saved.id,
    configName: saved.name,
    kind: o.kind,
    snapshot: snapshotOf(saved),
    actor: o.actor,
    note: o.note,
  });
  return saved;
}

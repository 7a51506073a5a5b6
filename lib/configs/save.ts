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

/** A refused save, as the editor reads it: the version on the server, to show, reload or re-apply onto. */
export interface ConflictDetails {
  kind: 'conflict';
  theirs: ConfigDraft;
  theirsHash: string;
}

/** A written config with its snapshot and fingerprint, computed once for the history, the audit and the editor. */
export interface SavedConfig {
  config: McpConfig;
  snapshot: ConfigDraft;
  hash: string;
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

// The lock wait is part of the person's wait: at most what their deadline leaves, kept short of it.
const lockWaitMs = () => {
  const deadline = currentDeadline();
  return deadline === undefined ? 30_000 : Math.max(1, deadline - Date.now() - VERIFY_RESERVE_MS * 2);
};

export function guardedUpdate(sk: ScalekitClient, o: GuardedUpdate): Promise<SavedConfig> {
  return serialized(sk, o.id, () =>
    withAdvisoryLock(`config-save:${o.id}`, () => compareAndWrite(sk, o), { waitMs: lockWaitMs() }).catch(
      (err: unknown) => {
        if ((err as { code?: unknown }).code !== LOCK_TIMEOUT) throw err;
        throw new ActionError('Another save of this config is still running; try again in a moment.');
      },
    ),
  );
}

async function compareAndWrite(sk: ScalekitClient, o: GuardedUpdate): Promise<SavedConfig> {
  const current = await sk.configs.get(o.id);
  // A version someone made elsewhere is recorded as theirs before it is refused or written over.
  await noticeExternalChange(current, sk.environment);
  const theirs = snapshotOf(current);
  const theirsHash = hashSnapshot(theirs);
  if (theirsHash !== o.baseHash) {
    const details: ConflictDetails = { kind: 'conflict', theirs, theirsHash };
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
  const snapshot = snapshotOf(saved);
  await recordVersion({
    environment: sk.environment,
    configId: saved.id,
    configName: saved.name,
    kind: o.kind,
    snapshot,
    actor: o.actor,
    note: o.note,
  });
  return { config: saved, snapshot, hash: hashSnapshot(snapshot) };
}

// The same queue key and lock key as guardedUpdate for a config's id, so a delete and a save take turns too.
function underLock<T>(
  sk: ScalekitClient,
  queueKey: string,
  lockKey: string,
  fn: () => Promise<T>,
): Promise<T> {
  return serialized(sk, queueKey, () =>
    withAdvisoryLock(lockKey, fn, { waitMs: lockWaitMs() }).catch((err: unknown) => {
      if ((err as { code?: unknown }).code !== LOCK_TIMEOUT) throw err;
      throw new ActionError('Another change to this config is still running; try again in a moment.');
    }),
  );
}

const conflictError = (name: string, theirs: ConfigDraft, what: string) => {
  const details: ConflictDetails = { kind: 'conflict', theirs, theirsHash: hashSnapshot(theirs) };
  return new ActionError(`${name} ${what}. Review the other change, then plan again.`, undefined, details);
};

/**
 * Deletes a config only if the server still holds the version it was reviewed at (`baseHash`), under the same
 * per-config lock as saves. A config already gone counts as deleted ('gone').
 */
export function guardedDelete(
  sk: ScalekitClient,
  o: { id: string; baseHash: string; actor: { email: string; role: string }; note?: string },
): Promise<'deleted' | 'gone'> {
  return underLock(sk, o.id, `config-save:${o.id}`, async () => {
    const current = await sk.configs.get(o.id).catch((err: unknown) => {
      if ((err as { status?: unknown }).status === 404) return null;
      throw err;
    });
    if (!current) return 'gone';
    await noticeExternalChange(current, sk.environment);
    const theirs = snapshotOf(current);
    if (hashSnapshot(theirs) !== o.baseHash)
      throw conflictError(current.name, theirs, 'changed on the server since the review');
    await sk.configs.delete(o.id);
    await recordVersion({
      environment: sk.environment,
      configId: current.id,
      configName: current.name,
      kind: 'delete',
      snapshot: theirs,
      actor: o.actor,
      note: o.note,
    });
    return 'deleted';
  });
}

/**
 * Creates a config unless one with its name appeared since the review: under a lock on the name (so two console
 * instances applying the same plan create it once), a config already there exactly as wanted counts as created
 * ('exists'); one there with other content is refused with it.
 */
export function guardedCreate(
  sk: ScalekitClient,
  o: { name: string; draft: ConfigDraft; actor: { email: string; role: string }; note?: string },
): Promise<{ config: McpConfig; outcome: 'created' | 'exists' }> {
  return underLock(sk, `create:${o.name}`, `config-create:${o.name}`, async () => {
    const found = (await sk.configs.list({ filter: { name: o.name }, pageSize: 1 })).items[0];
    if (found) {
      const theirs = snapshotOf(found);
      if (hashSnapshot(theirs) === hashSnapshot(o.draft))
        return { config: found, outcome: 'exists' as const };
      throw conflictError(found.name, theirs, 'was created by someone else since the review');
    }
    const created = await sk.configs.create({
      name: o.name,
      description: o.draft.description,
      mappings: toApiMappings(o.draft),
    });
    await recordVersion({
      environment: sk.environment,
      configId: created.id,
      configName: created.name,
      kind: 'create',
      snapshot: snapshotOf(created),
      actor: o.actor,
      note: o.note,
    });
    return { config: created, outcome: 'created' as const };
  });
}

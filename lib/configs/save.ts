import 'server-only';
import { ActionError } from '@/lib/errors/action-error';
import type { McpConfig, ScalekitClient } from '@/lib/scalekit';
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

// Saves of one config run one at a time in this process, so the re-read and the write cannot interleave here.
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
 * with the other change, so nobody silently overwrites anybody.
 */
export function guardedUpdate(
  sk: ScalekitClient,
  o: {
    id: string;
    baseHash: string;
    draft: ConfigDraft;
    kind: 'update' | 'rollback';
    actor: { email: string; role: string };
    note?: string;
  },
): Promise<McpConfig> {
  return serialized(sk, o.id, async () => {
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
    const saved = await sk.configs.update(o.id, { description: o.draft.description, mappings });
    await recordVersion({
      configId: saved.id,
      configName: saved.name,
      kind: o.kind,
      snapshot: snapshotOf(saved),
      actor: o.actor,
      note: o.note,
    });
    return saved;
  });
}

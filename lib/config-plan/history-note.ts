import type { PlanSource } from './plan-schema';

/** How a version written by a plan is described in the config's history and the audit log. */
export function historyNote(source: PlanSource, actor: { email: string }, config?: string): string {
  if (source.kind === 'file')
    return `applied from file ${source.fileName} (${shortDigest(source.fileDigest)})`;
  const version = (config !== undefined ? source.versions?.[config] : undefined) ?? source.version;
  return `promoted from ${source.fromEnvironment}, version ${version}, by ${actor.email}`;
}

/** The first 12 hex digits: enough to tell plans and files apart on screen. */
export const shortDigest = (digest: string) => digest.slice(0, 12);

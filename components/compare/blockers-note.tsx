import type { ConnectionBlocker } from '@/lib/compare/types';

/** The connections that stop an environment from running the reference version as it is. */
export function BlockersNote({ blockers }: { blockers: ConnectionBlocker[] | undefined }) {
  if (!blockers?.length) return null;
  const missing = blockers.filter((b) => b.problem === 'missing').map((b) => b.connection);
  const other = blockers.filter((b) => b.problem === 'other-connector').map((b) => b.connection);
  return (
    <span className="block text-xs text-zinc-500">
      {missing.length > 0 && `Lacks ${missing.join(', ')}`}
      {missing.length > 0 && other.length > 0 && '; '}
      {other.length > 0 && `other connector behind ${other.join(', ')}`}
    </span>
  );
}

import type { ConfigDiff } from '@/lib/configs/diff';

const list = (tools: string[] | 'all') =>
  tools === 'all' ? 'all tools' : `${tools.length} tool${tools.length === 1 ? '' : 's'}`;

/** The one view of a change between two config versions: used before saves, on conflicts and in history. */
export function DiffView({ diff }: { diff: ConfigDiff }) {
  if (diff.empty) return <p className="text-sm text-zinc-500">No differences.</p>;
  return (
    <ul className="space-y-2 text-sm" data-testid="diff">
      {diff.description && (
        <li>
          Description: <del className="text-red-600">{diff.description.from || '(empty)'}</del> →{' '}
          <ins className="text-emerald-700 no-underline dark:text-emerald-400">
            {diff.description.to || '(empty)'}
          </ins>
        </li>
      )}
      {diff.connectionsAdded.map((c) => (
        <li key={`+${c.connectionName}`} className="text-emerald-700 dark:text-emerald-400">
          + connection <b>{c.connectionName}</b> ({list(c.tools)})
          {c.tools !== 'all' && `: ${c.tools.join(', ')}`}
        </li>
      ))}
      {diff.connectionsRemoved.map((c) => (
        <li key={`-${c.connectionName}`} className="text-red-600 dark:text-red-400">
          − connection <b>{c.connectionName}</b> ({list(c.tools)})
        </li>
      ))}
      {diff.changed.map((c) => (
        <li key={`~${c.connectionName}`}>
          <b>{c.connectionName}</b>
          {c.allTools && (
            <span>
              {' '}
              ·{' '}
              {c.allTools.to
                ? 'now all tools, including tools added later'
                : 'now a chosen list instead of all tools'}
            </span>
          )}
          {c.added.length > 0 && (
            <div className="text-emerald-700 dark:text-emerald-400">+ {c.added.join(', ')}</div>
          )}
          {c.removed.length > 0 && (
            <div className="text-red-600 dark:text-red-400">− {c.removed.join(', ')}</div>
          )}
        </li>
      ))}
    </ul>
  );
}

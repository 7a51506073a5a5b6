import type { ConnectionToolChange, EffectiveDiff } from '@/lib/configs/diff';

const tools = (n: number) => `${n} tool${n === 1 ? '' : 's'}`;

function ToolNames({ label, names, className }: { label: string; names: string[]; className: string }) {
  if (!names.length) return null;
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-xs text-zinc-500">{label}</summary>
      <p className={`mt-1 font-mono text-xs break-words ${className}`}>{names.join(', ')}</p>
    </details>
  );
}

function headline(c: ConnectionToolChange): string {
  const parts: string[] = [];
  if (!c.resolved) {
    if (c.kind === 'added') parts.push('added with all tools (catalog not loaded: count unknown)');
    else if (c.kind === 'removed')
      parts.push('removed with all its tools (catalog not loaded: count unknown)');
    else
      parts.push(
        c.to === 'all' ? 'now all tools' : 'no longer all tools (catalog not loaded: count unknown)',
      );
  } else {
    if (c.gained.length) parts.push(`+${tools(c.gained.length)}`);
    if (c.lost.length) parts.push(`−${tools(c.lost.length)}`);
    if (c.kind === 'added')
      parts.push(c.to === 'all' ? 'connection added with all tools' : 'connection added');
    if (c.kind === 'removed') parts.push('connection removed');
  }
  if (c.nowAllTools) parts.push('now all tools including future ones');
  if (c.kind === 'changed' && c.from === 'all' && c.to === 'chosen') parts.push('now a chosen list');
  if (!parts.length) parts.push('no change for agents');
  return parts.join(', ');
}

/** What agents gain and lose, naming only what is not zero: a description-only change changes no tools. */
function Totals({ gained, lost, resolved }: { gained: number; lost: number; resolved: boolean }) {
  const gain = <span className="text-emerald-700 dark:text-emerald-400">+{tools(gained)}</span>;
  const lose = <span className="text-red-600 dark:text-red-400">−{tools(lost)}</span>;
  if (gained && lost)
    return (
      <>
        Agents gain {gain} and lose {lose}
      </>
    );
  if (gained) return <>Agents gain {gain}</>;
  if (lost) return <>Agents lose {lose}</>;
  if (!resolved) return <>Agents&apos; tools change</>;
  return <>Agents&apos; tools do not change</>;
}

/**
 * The one view of a change between two config versions, as agents see it (before saves, on conflicts, in
 * history and before rollbacks): per connection what agents gain and lose, with the names behind a disclosure.
 */
export function DiffView({ diff }: { diff: EffectiveDiff }) {
  if (diff.empty && diff.totals.goneFromCatalog === 0)
    return <p className="text-sm text-zinc-500">No differences.</p>;
  const { gained, lost, resolved } = diff.totals;
  return (
    <div className="space-y-3 text-sm" data-testid="diff">
      {!diff.empty && (
        <p className="font-medium" data-testid="diff-totals">
          <Totals gained={gained} lost={lost} resolved={resolved} />
          {resolved ? '' : ' (some counts unknown: a catalog did not load)'}
        </p>
      )}
      <ul className="space-y-2">
        {diff.description && (
          <li>
            Description: <del className="text-red-600">{diff.description.from || '(empty)'}</del> →{' '}
            <ins className="text-emerald-700 no-underline dark:text-emerald-400">
              {diff.description.to || '(empty)'}
            </ins>
          </li>
        )}
        {diff.connections.map((c) => (
          <li key={c.connectionName} data-testid={`diff-${c.connectionName}`}>
            <b>{c.connectionName}</b>: {headline(c)}
            <ToolNames
              label={`${tools(c.gained.length)} gained`}
              names={c.gained}
              className="text-emerald-700 dark:text-emerald-400"
            />
            <ToolNames
              label={`${tools(c.lost.length)} lost`}
              names={c.lost}
              className="text-red-600 dark:text-red-400"
            />
            {c.goneFromCatalog.length > 0 && (
              <p className="mt-1 text-xs text-amber-800 dark:text-amber-300" data-testid="gone-from-catalog">
                {tools(c.goneFromCatalog.length)} mapped but gone from the catalog (agents cannot call{' '}
                {c.goneFromCatalog.length === 1 ? 'it' : 'them'}): {c.goneFromCatalog.join(', ')}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

import { Link } from '@/components/ui/link';
import type { CallDoor } from '@/lib/activity/load';
import type { ToolCallSource } from '@/lib/scalekit/activity-types';

const link = 'text-indigo-700 hover:underline dark:text-indigo-300';

/**
 * Which MCP server a call came through: the config (a link to its editor) and, for a per-user URL, the
 * instance. A config deleted since says so, with its id; a call made through the API has no config.
 */
export function CallThrough({ door, source }: { door: CallDoor | null; source: ToolCallSource | null }) {
  if (!door?.configId)
    return (
      <span data-testid="call-through" className="text-zinc-500">
        {source === 'MCP'
          ? 'Not recorded for this call'
          : `No MCP config: called through ${source === 'API' ? 'the tool API' : (source ?? 'an unknown source')}`}
      </span>
    );
  return (
    <span data-testid="call-through">
      {door.configName ? (
        <Link className={link} href={`/configs/${encodeURIComponent(door.configId)}`}>
          {door.configName}
        </Link>
      ) : (
        <>
          a deleted config (<code>{door.configId}</code>)
        </>
      )}
      {door.instanceId && (
        <span className="text-zinc-500">
          {' '}
          · via the user&apos;s instance {door.instanceName ?? <code>{door.instanceId}</code>}
        </span>
      )}
    </span>
  );
}

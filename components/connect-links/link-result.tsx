'use client';

import { Countdown } from '@/components/ui/countdown';
import { CopyButton } from '@/components/ui/copy-button';
import { useNow } from '@/components/ui/use-now';

/**
 * A freshly made link: the URL, a copy button and the time it has left. A spent link (used, or expired) can
 * no longer be copied and says why, so nobody sends a link that will not work.
 */
export function LinkResult({
  url,
  expiresAt,
  label,
  usedBy,
}: {
  url: string;
  expiresAt: string;
  label: string;
  /** Set once the link has done its job: what it connected, e.g. "Gmail is connected". */
  usedBy?: string | null;
}) {
  const now = useNow(1000);
  const expired = now !== null && Date.parse(expiresAt) <= now;
  const spent = usedBy
    ? `This ${label} was used: ${usedBy}. Make a new one if it is needed again.`
    : expired
      ? `This ${label} has expired; make a new one.`
      : null;
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-2 text-sm" data-testid="link-result">
      <code
        className={`min-w-0 flex-1 truncate rounded bg-zinc-100 px-2 py-1 text-xs dark:bg-zinc-800 ${spent ? 'text-zinc-400 line-through' : ''}`}
        title={spent ? undefined : url}
      >
        {url}
      </code>
      {spent ? (
        <span role="status" className="text-xs font-medium text-amber-700 dark:text-amber-400">
          {spent}
        </span>
      ) : (
        <>
          <CopyButton value={url} label={`Copy ${label}`} />
          <span className="text-xs text-zinc-500">
            expires in <Countdown iso={expiresAt} />
          </span>
        </>
      )}
    </div>
  );
}

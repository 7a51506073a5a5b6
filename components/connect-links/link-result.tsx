'use client';

import { Countdown } from '@/components/ui/countdown';
import { CopyButton } from '@/components/ui/copy-button';
import { useNow } from '@/components/ui/use-now';

/** A freshly made link: the URL, a copy button and the time it has left; once expired, no way to copy it. */
export function LinkResult({ url, expiresAt, label }: { url: string; expiresAt: string; label: string }) {
  const now = useNow(1000);
  const expired = now !== null && Date.parse(expiresAt) <= now;
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-2 text-sm" data-testid="link-result">
      <code
        className={`min-w-0 flex-1 truncate rounded bg-zinc-100 px-2 py-1 text-xs dark:bg-zinc-800 ${expired ? 'text-zinc-400 line-through' : ''}`}
        title={expired ? undefined : url}
      >
        {url}
      </code>
      {expired ? (
        <span role="status" className="text-xs font-medium text-amber-700 dark:text-amber-400">
          This {label} has expired; make a new one.
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

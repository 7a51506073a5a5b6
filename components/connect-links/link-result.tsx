'use client';

import { Countdown } from '@/components/ui/countdown';
import { CopyButton } from '@/components/ui/copy-button';

/** A freshly made link: the URL, a copy button and the time it has left. */
export function LinkResult({ url, expiresAt, label }: { url: string; expiresAt: string; label: string }) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="link-result">
      <code
        className="min-w-0 flex-1 truncate rounded bg-zinc-100 px-2 py-1 text-xs dark:bg-zinc-800"
        title={url}
      >
        {url}
      </code>
      <CopyButton value={url} label={`Copy ${label}`} />
      <span className="text-xs text-zinc-500">
        expires in <Countdown iso={expiresAt} />
      </span>
    </div>
  );
}

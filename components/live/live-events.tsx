'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { parseLiveMessage } from '@/lib/events/sse-message';
import { invalidateForEvent } from './invalidate';
import { setPushConnected } from './push-state';
import { pushDisabled } from './switches';

/**
 * Opens the page's push stream (Server-Sent Events) and refetches what an event makes stale, through the
 * invalidation map. Pages render it beside what they show; while it is open the polling rule slows to its safety
 * net. EventSource reconnects by itself after a drop; a 204 (webhooks not configured) or an error status closes
 * it for good, and the page simply keeps polling. A proxy that buffers the stream never lets it open, so the same
 * holds.
 */
export function LiveEvents({ url }: { url: string }) {
  const qc = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined' || pushDisabled()) return;
    const es = new EventSource(url);
    es.onopen = () => setPushConnected(true);
    es.onerror = () => setPushConnected(false);
    es.addEventListener('account', (e) => {
      const msg = parseLiveMessage((e as MessageEvent<string>).data);
      if (msg) void invalidateForEvent(qc, msg);
    });
    return () => {
      es.close();
      setPushConnected(false);
    };
  }, [url, qc]);
  return null;
}

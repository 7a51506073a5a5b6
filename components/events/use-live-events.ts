'use client';

import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { parseLiveMessage } from '@/lib/events/sse-message';
import { invalidateForEvent } from './keys';
import { pushDisabled } from './live-params';

/**
 * Opens the page's push stream (Server-Sent Events) and refetches what an event makes stale. Returns whether
 * the stream is open now, which the polling rule uses: slow while open, today's rate otherwise. EventSource
 * reconnects by itself after a drop; a 204 (webhooks not configured) or an error status closes it for good,
 * and the page simply keeps polling. A proxy that buffers the stream never lets it open, so the same holds.
 */
export function useLiveEvents(url: string | null, also: QueryKey[] = []): boolean {
  const qc = useQueryClient();
  const [connected, setConnected] = useState(false);
  const alsoKey = JSON.stringify(also);
  useEffect(() => {
    if (!url || typeof EventSource === 'undefined' || pushDisabled()) return;
    const extra = JSON.parse(alsoKey) as QueryKey[];
    const es = new EventSource(url);
    es.onopen = () => setConnected(true);
    es.onerror = () => setConnected(false);
    es.addEventListener('account', (e) => {
      const msg = parseLiveMessage((e as MessageEvent<string>).data);
      if (!msg) return;
      void invalidateForEvent(qc, msg);
      for (const queryKey of extra) void qc.invalidateQueries({ queryKey });
    });
    return () => {
      es.close();
      setConnected(false);
    };
  }, [url, alsoKey, qc]);
  return connected;
}

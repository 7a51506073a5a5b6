'use client';

import { lazy, Suspense, useEffect, useRef, type ComponentType, type ReactNode } from 'react';
import { Skeleton } from './states';

type Ready = { onLiveReady: () => void };

/**
 * A panel that polls (React Query and the panel's own code), split out of the page's first load (issue 14's
 * 150 kB budget: Next.js with React is ~142 kB with the shell, so React Query cannot ride along).
 *
 * On a full page load the server renders the panel's markup as usual, so it shows at once; the browser fetches
 * the panel's code when React hydrates the page, and hydrates the panel when it arrives (selective hydration),
 * while the rest of the page is already interactive. On a client-side navigation the skeleton shows until the
 * code arrives. The code is fetched once per session.
 *
 * `data-live-panel` marks the panel's frame, and `data-live-ready` is added once it is hydrated, so browser tests (and
 * scripts) can wait until its buttons work: React drops a click on markup it has not hydrated yet.
 */
export function livePanel<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = <Skeleton className="h-40" />,
): ComponentType<P> {
  type Loaded = ComponentType<P & Ready>;
  let loaded: Loaded | undefined;
  let loading: Promise<Loaded> | undefined;
  const fetchPanel = () =>
    (loading ??= Promise.all([
      // React Query's provider is in the deferred code too: importing it here would put it in the first load.
      import('./query-provider'),
      load(),
    ]).then(([{ QueryProvider }, Inner]) => {
      function Loaded({ onLiveReady, ...props }: P & Ready) {
        useEffect(onLiveReady, [onLiveReady]);
        return (
          <QueryProvider>
            <Inner {...(props as P)} />
          </QueryProvider>
        );
      }
      return (loaded = Loaded);
    }));
  // Once the code is here, a thenable that settles at once: React then renders the panel in the same pass
  // rather than suspending on a promise that has already resolved.
  const Panel = lazy(() =>
    loaded
      ? ({ then: (ok: (m: { default: Loaded }) => void) => ok({ default: loaded! }) } as never)
      : fetchPanel().then((c) => ({ default: c })),
  );
  // On the server the code is at hand: fetch it now, so even the first request after a start renders the panel
  // inline instead of streaming a skeleton ahead of it (which a browser without JavaScript would keep).
  if (typeof window === 'undefined') fetchPanel().catch(() => undefined);

  function LivePanel(props: P) {
    const frame = useRef<HTMLDivElement>(null);
    const onLiveReady = useRef(() => {
      // Not a React prop: React neither renders nor resets it, so it stays once set.
      frame.current?.setAttribute('data-live-ready', '');
    }).current;
    return (
      // `contents`: the frame takes no box of its own, so the panel lays out as if it were the page's child.
      <div ref={frame} data-live-panel="" className="contents">
        <Suspense fallback={fallback}>
          <Panel {...props} onLiveReady={onLiveReady} />
        </Suspense>
      </div>
    );
  }
  return LivePanel;
}

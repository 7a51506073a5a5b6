'use client';

import { useEffect } from 'react';

export const LEAVE_MESSAGE = 'You have unsaved changes to this config. Leave and lose them?';

/**
 * Asks before unsaved edits are lost. `beforeunload` covers reload, close and typed URLs. The App Router has no
 * route-change blocker (no equivalent of the Pages Router's routeChangeStart), so in-app navigation is caught
 * by hand: a capture-phase click listener on the document sees a click on any same-origin link (the sidebar,
 * breadcrumbs, "History") before Next's <Link> handler runs, and cancels it unless the person confirms.
 */
export function useUnsavedChangesGuard(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = ''; // older browsers show the prompt only when this is set
    };
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest?.('a[href]');
      if (
        !(a instanceof HTMLAnchorElement) ||
        (a.target && a.target !== '_self') ||
        a.hasAttribute('download')
      )
        return;
      const url = new URL(a.href, window.location.href);
      if (url.origin !== window.location.origin) return; // leaving the site: beforeunload asks
      const here = window.location;
      if (url.pathname === here.pathname && url.search === here.search) return; // same page (an anchor)
      if (window.confirm(LEAVE_MESSAGE)) return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty]);
}

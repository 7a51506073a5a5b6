'use client';

import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import type { ToasterProps } from 'sonner';

export interface ToastApi {
  success(message: string): void;
  error(message: string): void;
  info(message: string): void;
}

type Kind = keyof ToastApi;
type Sonner = typeof import('sonner');

// Success and info fade after a few seconds; an error stays until its close button is pressed, because the
// person may be away or need to copy the message. Hovering (or focusing) the stack pauses every timer.
const SUCCESS_MS = 5000;

/*
 * sonner is ~10 kB gzipped and no page needs it to render, so it is not part of any page's first load (issue
 * 14's 150 kB budget): it is fetched when the page has finished loading and is idle, or at the first toast if
 * that comes sooner. Toasts raised before it arrives wait in `queue` and show, in order, once the Toaster is
 * mounted (sonner's Toaster only shows toasts raised after it subscribed).
 */
let sonner: Sonner | null = null;
let loading: Promise<Sonner> | null = null;
let toasterMounted = false;
const queue: { kind: Kind; message: string }[] = [];
const onLoaded = new Set<() => void>();

function loadSonner(): Promise<Sonner> {
  loading ??= import('sonner').then((m) => {
    sonner = m;
    onLoaded.forEach((notify) => notify());
    return m;
  });
  return loading;
}

function fire(m: Sonner, kind: Kind, message: string) {
  m.toast[kind](message, { duration: kind === 'error' ? Infinity : SUCCESS_MS });
}

function show(kind: Kind, message: string) {
  if (sonner && toasterMounted) return fire(sonner, kind, message);
  queue.push({ kind, message });
  void loadSonner();
}

const api: ToastApi = {
  success: (message) => show('success', message),
  info: (message) => show('info', message),
  error: (message) => show('error', message),
};

/** Loads sonner now (tests, and anything that wants the first toast without a fetch). */
export const preloadToasts = () => loadSonner();

/** Runs after the Toaster's own effects (a later sibling), so it has subscribed when the queue is flushed. */
function FlushQueue() {
  useEffect(() => {
    toasterMounted = true;
    for (const t of queue.splice(0)) fire(sonner!, t.kind, t.message);
    return () => {
      toasterMounted = false;
    };
  }, []);
  return null;
}

/**
 * Toasts on sonner: a polite live region announces each one, every toast has a close button, at most three
 * show at once (the rest stack behind and expand on hover). Top centre, over the header's empty middle:
 * an error that stays must not sit on the bottom-right save bar or the pagers it would hide.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [Toaster, setToaster] = useState<ComponentType<ToasterProps> | null>(() => sonner?.Toaster ?? null);
  useEffect(() => {
    const ready = () => setToaster(() => sonner!.Toaster);
    onLoaded.add(ready);
    if (sonner) ready();
    // Warm up after the load event, when the browser is idle: the first toast then shows without a fetch.
    const warm = () =>
      'requestIdleCallback' in window ? requestIdleCallback(() => void loadSonner()) : void loadSonner();
    if (document.readyState === 'complete') warm();
    else window.addEventListener('load', warm, { once: true });
    return () => {
      onLoaded.delete(ready);
      window.removeEventListener('load', warm);
    };
  }, []);
  return (
    <>
      {children}
      {Toaster && (
        <>
          <Toaster
            position="top-center"
            closeButton
            richColors
            theme="system"
            visibleToasts={3}
            containerAriaLabel="Notifications"
            toastOptions={{ closeButtonAriaLabel: 'Dismiss notification' }}
          />
          <FlushQueue />
        </>
      )}
    </>
  );
}

/** The toast API. Still a hook so callers stay as they were, though sonner's store needs no React context. */
export function useToast(): ToastApi {
  return api;
}

/**
 * Whether this page's push stream is open: written by `LiveEvents`, read by the polling rule and the status
 * line. A tiny store (one page has one stream) so the rule needs no React state and no re-render.
 */
type Listener = () => void;
let connected = false;
const listeners = new Set<Listener>();

export const pushConnected = () => connected;

export function setPushConnected(value: boolean) {
  if (value === connected) return;
  connected = value;
  for (const l of listeners) l();
}

export function onPushChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Auth.js sets its cookies for the host the browser used, but sends the browser on to AUTH_URL. Reached as
 * http://127.0.0.1:3000 while AUTH_URL says http://localhost:3000 (or the other way round), sign-in succeeds
 * on one host and lands on the other, which has no cookie: back to the form. Loopback names are the same
 * machine, so a request that used another one is sent to the canonical address before any form is shown.
 * Only loopback names are rewritten: a real host name that differs is a proxy or deployment matter.
 */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1', '0.0.0.0']);

/** Where to send this request instead, or null when it already uses the canonical host (or is not loopback). */
export function canonicalRedirect(requestUrl: URL, canonical: string | undefined): URL | null {
  if (!canonical) return null;
  let want: URL;
  try {
    want = new URL(canonical);
  } catch {
    return null;
  }
  if (requestUrl.host === want.host) return null;
  if (!LOOPBACK.has(requestUrl.hostname) || !LOOPBACK.has(want.hostname)) return null;
  if (requestUrl.port !== want.port) return null;
  const to = new URL(`${requestUrl.pathname}${requestUrl.search}`, want.origin);
  return to;
}

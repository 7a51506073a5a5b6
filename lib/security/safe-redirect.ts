/**
 * The one rule for every redirect to an address the console was given (the sign-in callback, Auth.js's return
 * from the identity provider, the connect pages): the address is parsed by the WHATWG URL parser, the parser
 * browsers use, against the console's own origin, and only a path on that same origin survives. Anything else
 * (another host, another scheme, userinfo, a string the parser rejects) becomes the fallback, home.
 *
 * Hand-written prefix checks fail because browsers repair what they parse: `/\evil.example` and
 * `/<tab>/evil.example` are both `//evil.example` to a browser (backslash is a slash, tabs and newlines are
 * dropped), a host on its own. Letting the parser decide means the check and the browser agree by construction.
 * Edge-safe and browser-safe: no imports.
 */

export const HOME = '/';

// A path the browser would read as scheme-relative after we hand it back relative: `//x` or `/\x`.
const SCHEME_RELATIVE = /^[/\\]{2,}/;

/**
 * `raw` as a same-origin path (`/configs?q=1#top`), or `fallback` when it leads anywhere else. `origin` is the
 * console's own origin (`https://console.example.com`); absolute URLs on that origin are accepted and made
 * relative, so the answer never carries a host and cannot be re-read as one.
 */
export function safeRedirectPath(raw: unknown, origin: string, fallback: string = HOME): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return fallback;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin || url.username || url.password) return fallback;
  // Dot segments can leave a same-origin path starting with `//` (`/.//evil`): collapse it so the relative
  // answer cannot become a host when a browser (or Next's router) resolves it again.
  const path = url.pathname.replace(SCHEME_RELATIVE, '/');
  return `${path}${url.search}${url.hash}`;
}

/** `safeRedirectPath` as an absolute URL on `origin`, for Location headers built on the public origin. */
export function safeRedirectUrl(raw: unknown, origin: string, fallback: string = HOME): string {
  return new URL(safeRedirectPath(raw, origin, fallback), origin).href;
}

/**
 * An address the console may send a person to on another site: one Scalekit gave us (the provider's
 * authorization page). Only http(s), no userinfo; null for anything else (`javascript:`, `data:`, garbage).
 */
export function safeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 8192) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.username || url.password) return null;
    return url.href;
  } catch {
    return null;
  }
}

/**
 * The Content Security Policy, set per request by proxy.ts with a fresh nonce. Scripts run only when they carry
 * the nonce (Next.js reads it from the request's policy and puts it on every script it renders; the root layout
 * puts it on the theme script) or were loaded by such a script ('strict-dynamic': the chunks Next.js loads on
 * demand). No 'unsafe-inline' for scripts, so injected markup cannot run code. Styles keep 'unsafe-inline':
 * React writes `style` attributes (progress bars, virtual lists, the chart) and a nonce cannot cover attributes;
 * a style injection can restyle a page but not run code. Edge-safe: no Node imports.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  const script = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`, dev ? `'unsafe-eval'` : ''];
  return [
    "default-src 'self'",
    `script-src ${script.filter(Boolean).join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    // Sign-in with an identity provider posts a form whose answer redirects to the provider (another origin).
    "form-action 'self' http: https:",
    "object-src 'none'",
  ].join('; ');
}

/** 128 random bits, base64: a nonce nobody can guess for the one response it is made for. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The request header that carries the nonce from proxy.ts to the root layout. */
export const NONCE_HEADER = 'x-nonce';

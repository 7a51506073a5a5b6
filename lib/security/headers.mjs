// Plain ESM so next.config.mjs can import it without a TypeScript step. The Content-Security-Policy is not here:
// it carries a fresh nonce per request, so proxy.ts sets it (lib/security/csp.ts).
export function securityHeaders() {
  return [
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  ];
}

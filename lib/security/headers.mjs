// Plain ESM so next.config.mjs can import it without a TypeScript step.
const isDev = process.env.NODE_ENV !== 'production';

export function contentSecurityPolicy() {
  // Next injects inline bootstrap scripts; 'unsafe-inline' for scripts is the documented fallback without nonces.
  const script = ["'self'", "'unsafe-inline'", isDev ? "'unsafe-eval'" : ''].filter(Boolean).join(' ');
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self' http: https:",
    "object-src 'none'",
  ].join('; ');
}

export function securityHeaders() {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy() },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  ];
}

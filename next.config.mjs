// Security headers apply to every response; the CSP carries a per-request nonce, so proxy.ts sets it.
import { securityHeaders } from './lib/security/headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate dist dirs let several builds (parallel e2e runs, benchmarks) coexist in one checkout.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  productionBrowserSourceMaps: process.env.NEXT_SOURCE_MAPS === '1',
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with a real 403 for pages a role may not see.
  experimental: { authInterrupts: true },
  // PGlite ships WASM and pg has optional native bits: keep both out of the server bundle.
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  // The tab icon is app/icon.svg (linked from every page); browsers and tools that ask for /favicon.ico
  // without reading the page get the same icon instead of a 404.
  async rewrites() {
    return [{ source: '/favicon.ico', destination: '/icon.svg' }];
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
};

export default nextConfig;

/**
 * Where the e2e system under test lives. Shared by playwright.config.ts, scripts/e2e-server.ts and specs.
 * The client secrets are known canaries: the build is made with them so a test can prove they never reach
 * the browser bundle. Like `npm start`, two environments: development (the default, on E2E_EMULATOR_PORT, the
 * emulator every spec talks to unless it says otherwise) and production (on the next port).
 */
const consolePort = Number(process.env.E2E_PORT ?? 3100);
const emulatorPort = Number(process.env.E2E_EMULATOR_PORT ?? 4110);
const productionEmulatorPort = emulatorPort + 1;

export const E2E = {
  consolePort,
  emulatorPort,
  consoleUrl: `http://127.0.0.1:${consolePort}`,
  emulatorUrl: `http://127.0.0.1:${emulatorPort}`,
  clientId: 'skc_e2e_console',
  clientSecret: 'skcs_e2e_canary_5f1d8c2b9a7e4d30',
  production: {
    emulatorPort: productionEmulatorPort,
    emulatorUrl: `http://127.0.0.1:${productionEmulatorPort}`,
    clientId: 'skc_e2e_production',
    clientSecret: 'skcs_e2e_canary_production_8c3a1f7e',
  },
  // Known to specs so they can sign connect links the console must refuse (expired ones).
  authSecret: 'e2e-only-auth-secret-not-for-production-use',
  distDir: process.env.NEXT_DIST_DIR || '.next',
  authFile: (role: 'admin' | 'support') => `e2e/.auth/${consolePort}-${role}.json`,
  accounts: {
    admin: { email: 'admin@example.com', password: 'demo' },
    support: { email: 'support@example.com', password: 'demo' },
    // admin in development, support in production
    ops: { email: 'ops@example.com', password: 'demo' },
  },
} as const;

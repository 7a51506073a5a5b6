import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    '.next-*/**', // NEXT_DIST_DIR builds (parallel e2e runs, benches)
    'node_modules/**',
    '.data/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    'emulator/data/**',
    'emulator/contract/**',
    'emulator/src/grpc/gen/**', // generated from emulator/proto by `npm run proto`
  ]),
  {
    // Dependencies point one way: pages -> features -> client -> HTTP. lib/ never reaches up into the UI, and no
    // app code imports the emulator (it is a separate server). tests/architecture/layers.test.ts checks the rest.
    files: ['lib/**/*.{ts,tsx}'],
    ignores: ['lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/app/*', '@/components/*', '**/app/*', '**/components/*'],
              message: 'lib/ must not import from app/ or components/ (dependencies point one way).',
            },
            {
              group: ['@/emulator/*', '**/emulator/*'],
              message: 'App code never imports the emulator: talk to it over HTTP.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/emulator/*', '**/emulator/*'],
              message: 'App code never imports the emulator: talk to it over HTTP.',
            },
            {
              group: ['@/lib/scalekit/registry'],
              message: 'Use the request context (lib/request/context.ts): it picks the Scalekit environment.',
            },
          ],
          paths: [
            {
              name: 'next/link',
              message: "Use Link from '@/components/ui/link': it prefetches on intent, not on sight.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/ui/link.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
]);

/**
 * `npm test`: the whole suite, the same locally and in CI. Static checks first (cheap), then vitest (unit and
 * integration against a real emulator over HTTP), then a production build made with a known canary client
 * secret, then Playwright against that build. Every step runs even if an earlier one failed, so one run
 * shows every problem; the exit code is non-zero if any failed.
 *
 *   npm test                 everything
 *   npm test -- --skip=e2e   skip steps by name (lint, format, typecheck, unit, build, e2e)
 */
import { spawn } from 'node:child_process';
import { E2E } from '../e2e/support/e2e-env';
import { ROOT } from './lib/processes';

interface Step {
  name: string;
  cmd: string[];
  env?: Record<string, string>;
  needs?: string; // a step whose failure makes this one pointless
}

const bin = (name: string) => `${ROOT}/node_modules/.bin/${name}`;

const steps: Step[] = [
  { name: 'lint', cmd: [bin('eslint'), '.', '--max-warnings=0'] },
  { name: 'format', cmd: [bin('prettier'), '--check', '.', '--log-level=warn'] },
  { name: 'typecheck', cmd: [bin('tsc'), '--noEmit', '-p', '.'] },
  { name: 'unit', cmd: [bin('vitest'), 'run'] },
  {
    name: 'build',
    cmd: [bin('next'), 'build'],
    // The canary secrets are in the environment during the build: the e2e bundle test proves none is inlined.
    env: {
      SCALEKIT_ENVIRONMENTS: 'development,production',
      SCALEKIT_DEVELOPMENT_ENV_URL: E2E.emulatorUrl,
      SCALEKIT_DEVELOPMENT_CLIENT_ID: E2E.clientId,
      SCALEKIT_DEVELOPMENT_CLIENT_SECRET: E2E.clientSecret,
      SCALEKIT_PRODUCTION_ENV_URL: E2E.production.emulatorUrl,
      SCALEKIT_PRODUCTION_CLIENT_ID: E2E.production.clientId,
      SCALEKIT_PRODUCTION_CLIENT_SECRET: E2E.production.clientSecret,
      AUTH_SECRET: E2E.authSecret,
      MCP_CONSOLE_BACKEND: 'emulator',
    },
  },
  { name: 'e2e', cmd: [bin('playwright'), 'test'], needs: 'build' },
];

function run(step: Step): Promise<number> {
  return new Promise((resolve) => {
    const proc = spawn(step.cmd[0], step.cmd.slice(1), {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...step.env },
    });
    proc.on('exit', (code) => resolve(code ?? 1));
    proc.on('error', () => resolve(1));
  });
}

async function main() {
  const skip = new Set(
    process.argv
      .filter((a) => a.startsWith('--skip='))
      .flatMap((a) => a.slice('--skip='.length).split(','))
      .filter(Boolean),
  );
  const results: { name: string; status: 'passed' | 'failed' | 'skipped'; seconds: number }[] = [];
  for (const step of steps) {
    const blocked = step.needs && results.find((r) => r.name === step.needs)?.status === 'failed';
    if (skip.has(step.name) || blocked) {
      results.push({ name: step.name, status: 'skipped', seconds: 0 });
      continue;
    }
    console.log(
      `\n=== ${step.name}: ${step.cmd.map((c) => c.replace(`${ROOT}/node_modules/.bin/`, '')).join(' ')}`,
    );
    const started = Date.now();
    const code = await run(step);
    results.push({
      name: step.name,
      status: code === 0 ? 'passed' : 'failed',
      seconds: (Date.now() - started) / 1000,
    });
  }
  console.log('\n=== summary');
  for (const r of results)
    console.log(`  ${r.status.padEnd(8)} ${r.name.padEnd(10)} ${r.seconds.toFixed(1)} s`);
  const passed = results.filter((r) => r.status === 'passed').length;
  const failed = results.filter((r) => r.status === 'failed').length;
  const skipped = results.filter((r) => r.status === 'skipped').length;
  console.log(`steps: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(failed > 0 ? 1 : 0);
}

void main();

/**
 * `npm test`: the whole suite, the same locally and in CI. Vitest (unit and integration against a real emulator
 * over HTTP) runs beside the static checks and a production build made with a known canary client secret; then
 * Playwright against that build. Every step runs even if another failed (only e2e needs the build), so one run
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
  /**
   * Pure CPU work with no timing of its own: it runs at a lower priority, so beside Playwright it takes the
   * cores the browser and the console leave idle instead of slowing what a browser sees.
   */
  background?: boolean;
}

const bin = (name: string) => `${ROOT}/node_modules/.bin/${name}`;

const steps: Step[] = [
  { name: 'lint', cmd: [bin('eslint'), '.', '--max-warnings=0'], background: true },
  { name: 'format', cmd: [bin('prettier'), '--check', '.', '--log-level=warn'], background: true },
  { name: 'typecheck', cmd: [bin('tsc'), '--noEmit', '-p', '.'], background: true },
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

/**
 * Runs a step. With `buffered`, its output is held and printed in one piece when it ends, so steps running side
 * by side do not interleave their logs.
 */
function run(step: Step, buffered: boolean): Promise<number> {
  return new Promise((resolve) => {
    const [cmd, ...args] = step.background ? ['nice', '-n', '10', ...step.cmd] : step.cmd;
    const proc = spawn(cmd!, args, {
      cwd: ROOT,
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...step.env },
    });
    const out: Buffer[] = [];
    proc.stdout?.on('data', (b: Buffer) => out.push(b));
    proc.stderr?.on('data', (b: Buffer) => out.push(b));
    const done = (code: number) => {
      if (buffered) {
        console.log(`\n=== ${step.name}: ${label(step)}`);
        process.stdout.write(Buffer.concat(out));
      }
      resolve(code);
    };
    proc.on('exit', (code) => done(code ?? 1));
    proc.on('error', () => done(1));
  });
}

const label = (step: Step) => step.cmd.map((c) => c.replace(`${ROOT}/node_modules/.bin/`, '')).join(' ');

type Result = { name: string; status: 'passed' | 'failed' | 'skipped'; seconds: number; endedMin?: number };

/**
 * The steps in lanes that run side by side: the unit tests wait on emulators and HTTP far more than they use a
 * core, so the static checks (at low priority) and the production build share the machine with them. Playwright
 * runs last, alone: its timings are what a browser sees, and it needs the build. (Starting Playwright beside Vitest
 * was tried: on 2 cores the load average went from ~4 to 12-15 and Vitest took three times as long, its
 * emulator-starting hooks near their timeouts, and browser journeys timed out; the run ended later, not sooner.)
 */
const LANES: string[][] = [['unit'], ['lint', 'format', 'typecheck', 'build']];

async function main() {
  const skip = new Set(
    process.argv
      .filter((a) => a.startsWith('--skip='))
      .flatMap((a) => a.slice('--skip='.length).split(','))
      .filter(Boolean),
  );
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 60_000).toFixed(1)} min in`;
  const results: Result[] = [];
  const byName = new Map(steps.map((s) => [s.name, s]));
  async function runStep(step: Step, buffered: boolean) {
    const blocked = step.needs && results.find((r) => r.name === step.needs)?.status === 'failed';
    if (skip.has(step.name) || blocked) {
      results.push({ name: step.name, status: 'skipped', seconds: 0 });
      return;
    }
    // A buffered step prints nothing until it ends (Playwright: ~20 min); say when it starts.
    if (buffered) console.log(`--- ${step.name} started (${elapsed()})`);
    else console.log(`\n=== ${step.name}: ${label(step)}`);
    const stepStarted = Date.now();
    const code = await run(step, buffered);
    results.push({
      name: step.name,
      status: code === 0 ? 'passed' : 'failed',
      seconds: (Date.now() - stepStarted) / 1000,
      endedMin: (Date.now() - started) / 60_000,
    });
  }
  const lanes = LANES.map((names) => names.filter((n) => !skip.has(n)));
  const parallel = lanes.filter((l) => l.length > 0).length > 1;
  await Promise.all(
    lanes.map(async (names) => {
      for (const name of names) await runStep(byName.get(name)!, parallel);
    }),
  );
  for (const step of steps.filter((s) => !LANES.flat().includes(s.name))) await runStep(step, false);

  console.log('\n=== summary');
  for (const r of results)
    console.log(
      `  ${r.status.padEnd(8)} ${r.name.padEnd(10)} ${r.seconds.toFixed(1).padStart(7)} s` +
        (r.endedMin === undefined ? '' : `   (ended ${r.endedMin.toFixed(1)} min in)`),
    );
  const passed = results.filter((r) => r.status === 'passed').length;
  const failed = results.filter((r) => r.status === 'failed').length;
  const skipped = results.filter((r) => r.status === 'skipped').length;
  console.log(`steps: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  console.log(`wall clock: ${((Date.now() - started) / 60_000).toFixed(1)} min`);
  process.exit(failed > 0 ? 1 : 0);
}

void main();

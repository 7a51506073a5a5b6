/**
 * Child-process plumbing shared by `npm start`, `npm run dev` and the e2e server: start the emulator and
 * Next.js as children, wait until they answer, and stop both on Ctrl-C or when either dies.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

type Env = Record<string, string | undefined>;

export interface Child {
  name: string;
  proc: ChildProcess;
  exited: Promise<number>;
}

const children: Child[] = [];
let stopping = false;

function start(name: string, args: string[], env: Env, quiet: boolean): Child {
  const proc = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env } as NodeJS.ProcessEnv,
    stdio: quiet ? ['ignore', 'ignore', 'pipe'] : ['ignore', 'inherit', 'inherit'],
  });
  if (quiet) proc.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk}`));
  const exited = new Promise<number>((resolve) => proc.on('exit', (code) => resolve(code ?? 1)));
  const child = { name, proc, exited };
  children.push(child);
  void exited.then((code) => {
    if (!stopping) {
      console.error(`\n${name} stopped unexpectedly (exit ${code}); stopping the rest.`);
      void stopAll(code || 1);
    }
  });
  return child;
}

export function startEmulator(env: Env, quiet = false): Child {
  return start('emulator', ['--import', 'tsx', path.join(ROOT, 'emulator', 'src', 'main.ts')], env, quiet);
}

export function startNext(mode: 'start' | 'dev', port: number, env: Env, quiet = false): Child {
  return start('console', [NEXT_BIN, mode, '-p', String(port), '-H', '127.0.0.1'], env, quiet);
}

export function runNextBuild(env: Env): Promise<number> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [NEXT_BIN, 'build'], {
      cwd: ROOT,
      env: { ...process.env, ...env } as NodeJS.ProcessEnv,
      stdio: 'inherit',
    });
    proc.on('exit', (code) => resolve(code ?? 1));
  });
}

export function hasBuild(distDir = process.env.NEXT_DIST_DIR || '.next'): boolean {
  return existsSync(path.join(ROOT, distDir, 'BUILD_ID'));
}

/** Polls until the URL answers with any HTTP response (a 404 still proves the server is listening). */
export async function waitForHttp(url: string, timeoutMs: number, child?: Child): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let died = false;
  void child?.exited.then(() => (died = true));
  while (Date.now() < deadline) {
    if (died) throw new Error(`${child?.name} exited before it answered at ${url}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await res.body?.cancel();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`Nothing answered at ${url} within ${Math.round(timeoutMs / 1000)} s`);
}

export async function stopAll(code = 0): Promise<never> {
  stopping = true;
  for (const c of children) if (c.proc.exitCode === null) c.proc.kill('SIGTERM');
  const timeout = new Promise((r) => setTimeout(r, 5_000));
  await Promise.race([Promise.all(children.map((c) => c.exited)), timeout]);
  for (const c of children) if (c.proc.exitCode === null) c.proc.kill('SIGKILL');
  process.exit(code);
}

export function stopOnSignals(): void {
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(sig, () => {
      if (!stopping) console.log(`\nStopping (${sig})...`);
      void stopAll(0);
    });
  }
}

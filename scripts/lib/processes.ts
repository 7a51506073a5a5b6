/**
 * Child-process plumbing shared by `npm start`, `npm run dev` and the e2e server: start the emulators and
 * Next.js as children, wait until they answer, and stop them all on Ctrl-C or when any dies.
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
const STDERR_TAIL_LINES = 20;

/** The last lines a child wrote to stderr, kept so a crash report can show why it stopped. */
export class StderrTail {
  private lines: string[] = [];
  private partial = '';

  push(chunk: string) {
    const parts = (this.partial + chunk).split(/\r?\n/);
    this.partial = parts.pop() ?? '';
    this.lines.push(...parts);
    if (this.lines.length > STDERR_TAIL_LINES) this.lines = this.lines.slice(-STDERR_TAIL_LINES);
  }

  last(): string[] {
    const all = this.partial ? [...this.lines, this.partial] : this.lines;
    return all.slice(-STDERR_TAIL_LINES);
  }
}

/** What `npm start` prints when a child dies on its own: which one, how, its last words, what happens next. */
export function exitReport(
  name: string,
  code: number | null,
  signal: NodeJS.Signals | null,
  stderrTail: string[],
  others: string[],
): string {
  const how = signal ? `was killed by signal ${signal}` : `exited with code ${code ?? 'unknown'}`;
  const lines = [``, `The ${name} stopped unexpectedly: it ${how}.`];
  const tail = stderrTail.filter((l) => l.trim() !== '');
  lines.push(
    tail.length
      ? `Last lines of its stderr:\n${tail.map((l) => `  | ${l}`).join('\n')}`
      : 'It wrote nothing to stderr.',
  );
  if (others.length) lines.push(`Stopping the ${others.join(' and ')}.`);
  return lines.join('\n');
}

function start(name: string, args: string[], env: Env, quiet: boolean): Child {
  const proc = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env } as NodeJS.ProcessEnv,
    // stderr is always piped (and passed through) so its last lines can be shown if the child dies.
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'pipe'],
  });
  const tail = new StderrTail();
  proc.stderr?.on('data', (chunk: Buffer) => {
    tail.push(chunk.toString('utf8'));
    process.stderr.write(quiet ? `[${name}] ${chunk}` : chunk);
  });
  const exited = new Promise<number>((resolve) => {
    proc.on('exit', (code, signal) => {
      if (!stopping) {
        const others = children.filter((c) => c.proc !== proc && c.proc.exitCode === null).map((c) => c.name);
        console.error(exitReport(name, code, signal, tail.last(), others));
      }
      resolve(code ?? 1);
    });
    // Spawning itself failed (no exit event follows): report it the same way.
    proc.on('error', (err) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      if (!stopping) console.error(`\nThe ${name} could not be started: ${err.message}`);
      resolve(1);
    });
  });
  const child = { name, proc, exited };
  children.push(child);
  void exited.then((code) => {
    if (!stopping) void stopAll(code || 1);
  });
  return child;
}

/** `name` says which one in a crash report when several run (the development and the production emulator). */
export function startEmulator(env: Env, quiet = false, name = 'emulator'): Child {
  return start(name, ['--import', 'tsx', path.join(ROOT, 'emulator', 'src', 'main.ts')], env, quiet);
}

// Stamps each request with its socket's peer address before Next.js sees it (see the file).
export const PEER_ADDRESS_PRELOAD = path.join(ROOT, 'scripts', 'peer-address.mjs');

export function startNext(mode: 'start' | 'dev', port: number, env: Env, quiet = false): Child {
  return start(
    'console',
    ['--import', PEER_ADDRESS_PRELOAD, NEXT_BIN, mode, '-p', String(port), '-H', '127.0.0.1'],
    env,
    quiet,
  );
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

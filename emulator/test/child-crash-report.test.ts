/**
 * `npm start` runs the emulator and the console as children (scripts/lib/processes.ts). When one dies on its
 * own, the report names it, says how it ended and shows its last stderr lines, and the other is stopped.
 * Driven through the real plumbing: a small driver starts a healthy emulator and one that fails at start.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitReport, StderrTail } from '../../scripts/lib/processes';

const root = path.join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'child-crash-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('a child that dies under npm start', () => {
  it('is named with its exit code and last stderr lines, and the other child is stopped', async () => {
    const driver = path.join(tmp, 'driver.ts');
    const processes = path.join(root, 'scripts', 'lib', 'processes.ts');
    writeFileSync(
      driver,
      `import { startEmulator } from ${JSON.stringify(processes)};
const healthy = startEmulator({ EMULATOR_PORT: '0', EMULATOR_DATA_DIR: ${JSON.stringify(path.join(tmp, 'ok'))}, EMULATOR_SEED_USERS: '5' }, true);
console.log('healthy pid ' + healthy.proc.pid);
startEmulator({ EMULATOR_PORT: '0', EMULATOR_SEED: 'bogus' }, true);
`,
    );
    const proc = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [driver], { cwd: root });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => proc.on('exit', resolve));

    expect(code, stderr).toBe(1);
    expect(stderr).toContain('The emulator stopped unexpectedly: it exited with code 1.');
    expect(stderr).toContain('Last lines of its stderr:');
    expect(stderr).toContain('  | Invalid EMULATOR_SEED: must be demo or none');
    expect(stderr).toContain('Stopping the emulator.');
    const healthyPid = Number(/healthy pid (\d+)/.exec(stdout)?.[1]);
    expect(healthyPid).toBeGreaterThan(0);
    expect(alive(healthyPid)).toBe(false);
  });

  it('reports a signal, and a child that wrote nothing', () => {
    const report = exitReport('console', null, 'SIGKILL', [], ['emulator']);
    expect(report).toContain('The console stopped unexpectedly: it was killed by signal SIGKILL.');
    expect(report).toContain('It wrote nothing to stderr.');
    expect(report).toContain('Stopping the emulator.');
  });

  it('keeps only the last stderr lines, across chunk boundaries', () => {
    const tail = new StderrTail();
    for (let i = 0; i < 50; i++) tail.push(`line ${i}\n`);
    tail.push('Error: bo');
    tail.push('om');
    const last = tail.last();
    expect(last).toHaveLength(20);
    expect(last.at(-1)).toBe('Error: boom');
    expect(last[0]).toBe('line 31');
  });
});

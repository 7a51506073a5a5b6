/** Runs a client program (the Node SDK app, the Python channel) as its own process and parses its JSON report. */
import { execFile } from 'node:child_process';

export function runJsonChild(
  cmd: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 90_000,
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { env: { ...process.env, ...env }, timeout: timeoutMs }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`${cmd} ${args[0]} failed: ${err.message}\n${stderr}`));
      try {
        resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '') as Record<string, unknown>);
      } catch {
        reject(new Error(`${cmd} printed no JSON report:\n${stdout}\n${stderr}`));
      }
    });
  });
}
